//! The optimizer on customers of 3 lines, 20 lines against 60-item package
//! tables, 500 lines and 2,000 lines. Targets (issue 4, native): 20 lines
//! under 5 ms, 500 under 50 ms, 2,000 under 250 ms.
//!
//! `cheapest`: the exact cheapest proposal. `optimize`: what the counter and
//! the CLI call: the cheapest, the best without a bundle and with each
//! bundle, the premium option, each priced month by month with its ±30%
//! usage band, ranked and explained.
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use proposal_engine::catalog::Catalog;
use proposal_engine::customer::{Cluster, Customer, Segment};
use proposal_engine::optimize::{cheapest, Options};
use proposal_engine::{default_catalog, optimize, ItemId};

#[path = "../tests/common/mod.rs"]
mod common;

/// Items a rep can put in a proposal: plans, bundles, add-ons, promotions,
/// handsets and one-off fees.
fn items(c: &Catalog) -> usize {
    c.plans.len()
        + c.bundles.len()
        + c.addons.len()
        + c.promotions.len()
        + c.handsets.len()
        + c.fees.len()
}

/// A business customer of `lines` lines whose features and handsets are
/// the default tables' (the generator's usage, kinds and fees).
fn business(lines: u32) -> Customer {
    let mut r = common::Rng::new(u64::from(lines));
    let mut c = common::customer(&mut r, lines);
    c.segment = Segment::Business {
        cluster: Cluster::OfficeTower,
        industry: String::new(),
    };
    for l in &mut c.lines {
        if l.wants_handset.is_some() {
            l.wants_handset = Some(ItemId::new("handset.nova"));
        }
    }
    c
}

fn bench(c: &mut Criterion) {
    let default = default_catalog();
    // 60 items: 14 plans of each kind, 4 bundles, 5 add-ons, 7 promotions,
    // a handset and a fee (random tables, as in the exactness proofs).
    let sixty = common::catalog(&mut common::Rng::new(60), 14, 4, 7);
    assert_eq!(items(&sixty), 60);
    let options = Options::default();
    let mut group = c.benchmark_group("optimize");
    group.sample_size(20);
    let cases: [(&str, u32, &Catalog); 4] = [
        ("3 lines", 3, &default),
        ("20 lines x 60 items", 20, &sixty),
        ("500 lines", 500, &default),
        ("2000 lines", 2_000, &default),
    ];
    for (name, lines, catalog) in cases {
        let customer = if std::ptr::eq(catalog, &sixty) {
            common::customer(&mut common::Rng::new(20), lines)
        } else {
            business(lines)
        };
        group.bench_with_input(BenchmarkId::new("cheapest", name), &customer, |b, c| {
            b.iter(|| cheapest(catalog, c, &options))
        });
        group.bench_with_input(BenchmarkId::new("optimize", name), &customer, |b, c| {
            b.iter(|| optimize(catalog, c, &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
