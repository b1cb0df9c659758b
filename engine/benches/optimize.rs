//! The optimizer on customers of 3 lines, 20 lines against 60-item package
//! tables, 500 lines and 2,000 lines. Targets (issue 4, native): 20 lines
//! under 5 ms, 500 under 50 ms, 2,000 under 250 ms.
//!
//! `cheapest`: the exact cheapest proposal. `optimize`: what the counter and
//! the CLI call: the cheapest, the best without a bundle and with each
//! bundle, the premium option, each priced month by month with its ±30%
//! usage band, ranked and explained.
//!
//! The cases come from `tests/common` (`optimize_cases`), which the app's
//! wasm benchmark (`benches/optimize_wasm.rs`, `scripts/bench-wasm`) shares.
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use proposal_engine::optimize;
use proposal_engine::optimize::{cheapest, Options};

#[path = "../tests/common/mod.rs"]
mod common;

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("optimize");
    group.sample_size(20);
    for (name, catalog, customer) in &common::optimize_cases() {
        group.bench_with_input(BenchmarkId::new("cheapest", name), customer, |b, c| {
            b.iter(|| cheapest(catalog, c, &options))
        });
        group.bench_with_input(BenchmarkId::new("optimize", name), customer, |b, c| {
            b.iter(|| optimize(catalog, c, &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
