//! Pricing one 20-line proposal over 24 months on the default tables: a
//! 沃商务 premium bundle (broadband + six mobiles), thirteen lines on mixed
//! plans with packs and contract handsets, account features, and three
//! promotions (free months, the multi-line tier, prepay credit). Target:
//! under 20 µs native.
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use proposal_engine::customer::{Cluster, CurrentContract, Customer, Line, Segment, Usage};
use proposal_engine::{default_catalog, price, Assignment, Bps, ItemId, LineChoice, LineKind};
use proposal_engine::{Money, Proposal};

fn id(s: &str) -> ItemId {
    ItemId::new(s)
}

fn line(kind: LineKind, fee: i64, domestic_min: u32, data_gb: u32) -> Line {
    Line {
        kind,
        label: String::new(),
        current_monthly_fee: Money(fee),
        usage: Usage {
            domestic_min,
            long_distance_min: domestic_min / 5,
            data_mb: data_gb * 1_024,
            sms: 30,
            own_calls: Bps(2_500),
            min_speed_mbps: if kind == LineKind::Broadband { 300 } else { 0 },
        },
        features: vec![],
        wants_handset: None,
        origin: Default::default(),
        handset_mode: Default::default(),
        current_plan: String::new(),
        estimated: Vec::new(),
    }
}

/// The customer and the proposal, line by line.
fn case() -> (Customer, Proposal) {
    use LineKind::*;
    let member = |instance| LineChoice {
        assignment: Assignment::Member { instance },
        packs: vec![],
    };
    let on = |plan: &str, packs: &[&str]| LineChoice {
        assignment: Assignment::Plan { plan: id(plan) },
        packs: packs.iter().map(|p| id(p)).collect(),
    };
    let mut rows: Vec<(Line, LineChoice)> = vec![(line(Broadband, 15_000, 0, 0), member(0))];
    for i in 0..6 {
        rows.push((line(Mobile, 12_000, 400 + i * 100, 20 + i * 5), member(0)));
    }
    let mut ptt = line(Mobile, 9_900, 600, 25);
    ptt.features = vec![id("addon.ptt")];
    let mut phone = line(Mobile, 15_800, 900, 60);
    phone.wants_handset = Some(id("handset.nova"));
    rows.extend([
        (
            line(Landline, 4_500, 900, 0),
            on("plan.l-basic", &["addon.ld-500"]),
        ),
        (line(Landline, 3_800, 500, 0), on("plan.l-biz", &[])),
        (line(Broadband, 10_000, 0, 0), on("plan.bb-500", &[])),
        (
            line(Mobile, 2_900, 150, 8),
            on("plan.m-19", &["addon.data-10g"]),
        ),
        (line(Mobile, 3_900, 250, 12), on("plan.m-29", &[])),
        (
            line(Mobile, 6_900, 350, 40),
            on("plan.m-59", &["addon.data-10g"]),
        ),
        (ptt, on("plan.m-89", &[])),
        (line(Mobile, 8_800, 500, 45), on("plan.m-89", &[])),
        (phone, on("plan.m-129", &[])),
        (line(Mobile, 13_800, 1_100, 90), on("plan.m-129", &[])),
        (
            line(Mobile, 19_900, 1_400, 130),
            on("plan.m-199", &["addon.data-10g"]),
        ),
        (line(Mobile, 29_900, 2_800, 190), on("plan.m-299", &[])),
        (line(Mobile, 5_900, 200, 10), on("plan.m-59", &[])),
    ]);
    let (lines, choices): (Vec<Line>, Vec<LineChoice>) = rows.into_iter().unzip();
    assert_eq!(lines.len(), 20);
    let customer = Customer {
        name: "示例物流有限公司".into(),
        segment: Segment::Business {
            cluster: Cluster::IndustrialPark,
            industry: "物流".into(),
        },
        tenure_months: 72,
        lines,
        account_features: vec![id("addon.switchboard"), id("addon.surveillance")],
        current_account_fee: Money(5_000),
        contract: CurrentContract {
            months_left: 6,
            exit_fee: Money(20_000),
        },
    };
    let proposal = Proposal {
        lines: choices,
        bundle: Some(id("bundle.wo-premium")),
        promotions: vec![
            id("promo.new-biz-3free"),
            id("promo.prepay-600"),
            id("promo.volume"),
        ],
        include_handsets: true,
        start_month: 1,
    };
    (customer, proposal)
}

fn pricing(c: &mut Criterion) {
    let catalog = default_catalog();
    let (customer, proposal) = case();
    let priced = price(&catalog, &customer, &proposal, Some(24)).expect("the case is valid");
    assert_eq!(priced.months.len(), 24);
    c.bench_function("price 20 lines over 24 months", |b| {
        b.iter(|| {
            price(
                black_box(&catalog),
                black_box(&customer),
                black_box(&proposal),
                Some(24),
            )
        })
    });
}

criterion_group!(benches, pricing);
criterion_main!(benches);
