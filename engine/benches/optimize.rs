//! The optimizer on customers of 3, 20, 500 and 2,000 lines. Targets (issue 4):
//! 20 lines under 5 ms, 500 under 50 ms, 2,000 under 250 ms, native.
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use proposal_engine::optimize::{cheapest, Options};
use proposal_engine::{default_catalog, optimize};

#[path = "../tests/common/mod.rs"]
mod common;

fn bench(c: &mut Criterion) {
    let catalog = default_catalog();
    let options = Options::default();
    let mut group = c.benchmark_group("optimize");
    group.sample_size(10);
    for lines in [3u32, 20, 500, 2_000] {
        let mut r = common::Rng::new(u64::from(lines));
        let mut customer = common::customer(&mut r, lines);
        // The default tables' ids, not the generator's.
        for l in &mut customer.lines {
            l.features.clear();
            l.wants_handset = None;
        }
        customer.account_features.clear();
        group.bench_with_input(BenchmarkId::new("cheapest", lines), &customer, |b, c| {
            b.iter(|| cheapest(&catalog, c, &options))
        });
        if lines <= 500 {
            group.bench_with_input(
                BenchmarkId::new("alternatives", lines),
                &customer,
                |b, c| b.iter(|| optimize(&catalog, c, &options)),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
