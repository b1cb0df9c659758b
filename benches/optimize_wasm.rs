//! The optimizer in wasm, in headless Chromium: the same customers as the
//! native benchmark (`engine/benches/optimize.rs`, both from the engine's
//! `tests/common`): 3 lines, 20 lines against 60-item package tables, 500
//! lines and 2,000 lines. Targets (issue 4, wasm): 20 lines under 15 ms, 500
//! under 50 ms, 2,000 under 250 ms.
//!
//! A benchmark, not a test: nothing here asserts a time. `scripts/bench-wasm`
//! runs it (`cargo bench --target wasm32-unknown-unknown --bench
//! optimize_wasm`, `[profile.bench]`, opt-level 3) and prints each case's
//! median; `wasm_bindgen_bench` is wasm-bindgen-test's cut-down criterion.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use proposal_engine::optimize;
use proposal_engine::optimize::{cheapest, Options};
use wasm_bindgen_test::{wasm_bindgen_bench, wasm_bindgen_test_configure, Criterion};

#[path = "../engine/tests/common/mod.rs"]
mod common;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets the browser run its event loop (one timer task): a benchmark runs
/// synchronously, and the runner's WebDriver requests time out after 20 s.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_bench]
async fn optimizer(c: &mut Criterion) {
    // 20 samples as the native benchmark; shorter warm-up (1 s) and
    // measurement (2 s), and 10,000 bootstrap resamples instead of 100,000
    // (slow in wasm), so no single benchmark holds the page near 20 s.
    *c = std::mem::take(c)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .nresamples(10_000);
    let options = Options::default();
    for (name, catalog, customer) in &common::optimize_cases() {
        yield_to_browser().await;
        c.bench_function(&format!("cheapest/{name}"), |b| {
            b.iter(|| cheapest(catalog, customer, &options))
        });
        yield_to_browser().await;
        c.bench_function(&format!("optimize/{name}"), |b| {
            b.iter(|| optimize(catalog, customer, &options))
        });
    }
}
