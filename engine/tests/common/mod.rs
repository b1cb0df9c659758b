//! Random small package tables and customers from a seed, shared by the
//! exactness tests (exhaustive search), the benchmarks' instance maker, and
//! the optimizer benchmarks, native (`engine/benches/optimize.rs`) and in wasm
//! (the app's `benches/optimize_wasm.rs`), so both time the same customers.
#![allow(dead_code)]

use proposal_engine::catalog::*;
use proposal_engine::customer::{Cluster, CurrentContract, Customer, Line, Segment, Usage};
use proposal_engine::{default_catalog, Bps, Money, Text};

/// A tiny deterministic generator (xorshift64*), so a failing case is its seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u32
    }

    pub fn chance(&mut self, percent: u32) -> bool {
        self.range(1, 100) <= percent
    }
}

fn text(s: &str) -> Text {
    Text::new(s, s)
}

fn rates(r: &mut Rng) -> Rates {
    Rates {
        domestic_per_min: Money(i64::from(r.range(10, 25))),
        long_distance_per_min: if r.chance(30) {
            Some(Money(i64::from(r.range(20, 40))))
        } else {
            None
        },
        data_per_mb: Money(i64::from(r.range(1, 5))),
        sms_each: Money(10),
    }
}

fn allowance(r: &mut Rng, kind: LineKind) -> Allowance {
    match kind {
        LineKind::Mobile => Allowance {
            domestic_min: r.range(0, 10) * 100,
            long_distance_min: r.range(0, 2) * 100,
            data_mb: r.range(0, 40) * 1024,
            sms: r.range(0, 2) * 100,
        },
        LineKind::Landline => Allowance {
            domestic_min: r.range(0, 10) * 100,
            long_distance_min: r.range(0, 3) * 100,
            ..Allowance::default()
        },
        LineKind::Broadband => Allowance::default(),
    }
}

/// Package tables with `plans_per_kind` plans of each kind, some bundles,
/// packs, promotions of every kind, and an exclusion group.
pub fn catalog(r: &mut Rng, plans_per_kind: u32, bundles: u32, promotions: u32) -> Catalog {
    let mut plans = Vec::new();
    for kind in LineKind::ALL {
        for i in 0..plans_per_kind {
            plans.push(Plan {
                id: ItemId::new(format!("plan.{kind:?}.{i}")),
                name: text(&format!("{kind:?} plan {i}")),
                description: Text::default(),
                kind,
                monthly_fee: Money(i64::from(r.range(1, 30)) * 1_000),
                allowance: allowance(r, kind),
                rates: rates(r),
                speed_mbps: if kind == LineKind::Broadband {
                    r.range(1, 10) * 100
                } else {
                    0
                },
                contract_months: if r.chance(30) { 12 } else { 0 },
                early_exit_fee: Money(10_000),
                includes: if r.chance(30) {
                    vec![ItemId::new("addon.ptt")]
                } else {
                    vec![]
                },
                one_off_fees: if r.chance(30) {
                    vec![ItemId::new("fee.install")]
                } else {
                    vec![]
                },
                eligibility: Eligibility::default(),
            });
        }
    }
    let mut bundle_list = Vec::new();
    for b in 0..bundles {
        let host = if r.chance(50) {
            LineKind::Landline
        } else {
            LineKind::Broadband
        };
        bundle_list.push(Bundle {
            id: ItemId::new(format!("bundle.{b}")),
            name: text(&format!("bundle {b}")),
            description: Text::default(),
            monthly_fee: Money(i64::from(r.range(2, 20)) * 1_000),
            slots: vec![
                Slot {
                    kind: host,
                    min: 1,
                    max: 1,
                    member_fee: Money::ZERO,
                    allowance: allowance(r, host),
                    speed_mbps: r.range(1, 10) * 100,
                },
                Slot {
                    kind: LineKind::Mobile,
                    min: r.range(0, 1),
                    max: r.range(1, 3),
                    member_fee: Money(i64::from(r.range(0, 3)) * 1_000),
                    allowance: allowance(r, LineKind::Mobile),
                    speed_mbps: 0,
                },
            ],
            free_calls_among_members: r.chance(50),
            rates: rates(r),
            contract_months: if r.chance(50) { 24 } else { 0 },
            early_exit_fee: Money::ZERO,
            includes: if r.chance(50) {
                vec![ItemId::new("addon.rbt")]
            } else {
                vec![]
            },
            one_off_fees: if r.chance(50) {
                vec![ItemId::new("fee.install")]
            } else {
                vec![]
            },
            eligibility: Eligibility::default(),
        });
    }
    let targets: Vec<ItemId> = plans
        .iter()
        .map(|p| p.id.clone())
        .chain(bundle_list.iter().map(|b| b.id.clone()))
        .collect();
    let mut promos = Vec::new();
    for i in 0..promotions {
        let kind = match r.range(0, 4) {
            0 => PromotionKind::FreeMonths,
            1 => PromotionKind::PercentOff {
                discount: Bps(r.range(1, 50) * 100),
            },
            2 => PromotionKind::PrepayCredit {
                prepay: Money(50_000),
                credit_per_month: Money(i64::from(r.range(1, 10)) * 500),
            },
            3 => PromotionKind::TenureCredit {
                min_tenure_months: r.range(0, 60),
                credit_per_month: Money(i64::from(r.range(1, 10)) * 300),
            },
            _ => PromotionKind::VolumeDiscount {
                tiers: vec![
                    VolumeTier {
                        min_lines: 2,
                        discount: Bps(500),
                    },
                    VolumeTier {
                        min_lines: 4,
                        discount: Bps(1_000),
                    },
                ],
            },
        };
        let applies_to = if r.chance(30) {
            vec![]
        } else {
            (0..r.range(1, 3))
                .map(|_| targets[r.range(0, targets.len() as u32 - 1) as usize].clone())
                .collect()
        };
        let from = r.range(1, 6);
        promos.push(Promotion {
            id: ItemId::new(format!("promo.{i}")),
            name: text(&format!("promo {i}")),
            description: Text::default(),
            kind,
            applies_to,
            from_month: from,
            to_month: from + r.range(0, 12),
            eligibility: Eligibility::default(),
            authority_level: 1,
        });
    }
    let mut exclusion_groups = Vec::new();
    if promos.len() >= 2 {
        exclusion_groups.push(ExclusionGroup {
            id: ItemId::new("x.promos"),
            name: text("promos"),
            members: vec![promos[0].id.clone(), promos[1].id.clone()],
        });
    }
    if bundle_list.len() >= 2 {
        exclusion_groups.push(ExclusionGroup {
            id: ItemId::new("x.bundle-plan"),
            name: text("bundle vs plan"),
            members: vec![bundle_list[1].id.clone(), plans[0].id.clone()],
        });
    }
    let pack = |id: &str, kind, fee, adds, kinds: Vec<LineKind>| AddOn {
        id: ItemId::new(id),
        name: text(id),
        description: Text::default(),
        kind,
        scope: Scope::PerLine,
        monthly_fee: Money(fee),
        line_kinds: kinds,
        adds,
        eligibility: Eligibility::default(),
    };
    let addons = vec![
        pack(
            "addon.data-10g",
            AddOnKind::DataPack,
            2_000,
            Allowance {
                data_mb: 10_240,
                ..Allowance::default()
            },
            vec![LineKind::Mobile],
        ),
        pack(
            "addon.data-30g",
            AddOnKind::DataPack,
            5_000,
            Allowance {
                data_mb: 30_720,
                ..Allowance::default()
            },
            vec![LineKind::Mobile],
        ),
        pack(
            "addon.ld-300",
            AddOnKind::LongDistancePack,
            1_500,
            Allowance {
                long_distance_min: 300,
                ..Allowance::default()
            },
            vec![LineKind::Mobile, LineKind::Landline],
        ),
        pack(
            "addon.ptt",
            AddOnKind::PushToTalk,
            500,
            Allowance::default(),
            vec![LineKind::Mobile],
        ),
        AddOn {
            scope: Scope::PerAccount,
            ..pack(
                "addon.rbt",
                AddOnKind::RingBackTone,
                1_000,
                Allowance::default(),
                vec![],
            )
        },
    ];
    Catalog {
        schema_version: SCHEMA_VERSION,
        id: "random".into(),
        version: 1,
        effective_from: "2026-12-01".into(),
        currency: "CNY".into(),
        brand: Brand {
            operator: text("Test"),
            ..Brand::default()
        },
        plans,
        bundles: bundle_list,
        addons,
        promotions: promos,
        handsets: vec![Handset {
            id: ItemId::new("handset.a"),
            name: text("phone"),
            retail_price: Money(399_900),
            contract_price: Money(199_900),
            min_monthly_fee: Money(15_000),
            contract_months: 24,
            early_exit_fee: Money(100_000),
        }],
        fees: vec![OneOffFee {
            id: ItemId::new("fee.install"),
            name: text("install"),
            amount: Money(10_000),
        }],
        exclusion_groups,
        credit_cap: Bps(5_000),
    }
}

/// A customer with `lines` lines of mixed kinds and usage.
pub fn customer(r: &mut Rng, lines: u32) -> Customer {
    let lines = (0..lines)
        .map(|_| {
            let kind = match r.range(0, 5) {
                0 => LineKind::Landline,
                1 => LineKind::Broadband,
                _ => LineKind::Mobile,
            };
            Line {
                kind,
                label: String::new(),
                current_monthly_fee: Money(i64::from(r.range(2, 40)) * 1_000),
                usage: Usage {
                    domestic_min: r.range(0, 1_500),
                    long_distance_min: r.range(0, 300),
                    data_mb: if kind == LineKind::Mobile {
                        r.range(0, 60_000)
                    } else {
                        0
                    },
                    sms: r.range(0, 200),
                    own_calls: Bps(r.range(0, 50) * 100),
                    min_speed_mbps: if kind == LineKind::Broadband {
                        r.range(0, 5) * 100
                    } else {
                        0
                    },
                },
                features: if kind == LineKind::Mobile && r.chance(20) {
                    vec![ItemId::new("addon.ptt")]
                } else {
                    vec![]
                },
                wants_handset: if kind == LineKind::Mobile && r.chance(15) {
                    Some(ItemId::new("handset.a"))
                } else {
                    None
                },
            }
        })
        .collect();
    Customer {
        name: String::new(),
        segment: Segment::Business {
            cluster: Cluster::StreetShop,
            industry: String::new(),
        },
        tenure_months: r.range(0, 120),
        lines,
        account_features: if r.chance(30) {
            vec![ItemId::new("addon.rbt")]
        } else {
            vec![]
        },
        current_account_fee: Money::ZERO,
        contract: CurrentContract {
            months_left: r.range(0, 1) * 6,
            exit_fee: Money(i64::from(r.range(0, 3)) * 10_000),
        },
    }
}

/// Items a rep can put in a proposal: plans, bundles, add-ons, promotions,
/// handsets and one-off fees.
pub fn items(c: &Catalog) -> usize {
    c.plans.len()
        + c.bundles.len()
        + c.addons.len()
        + c.promotions.len()
        + c.handsets.len()
        + c.fees.len()
}

/// A business customer of `lines` lines whose features and handsets are
/// the default tables' (the generator's usage, kinds and fees).
pub fn business(lines: u32) -> Customer {
    let mut r = Rng::new(u64::from(lines));
    let mut c = customer(&mut r, lines);
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

/// The optimizer benchmarks' cases, as (name, package tables, customer):
/// 3 lines, 20 lines against 60-item random tables, 500 lines and 2,000
/// lines against the default tables.
pub fn optimize_cases() -> Vec<(&'static str, Catalog, Customer)> {
    // 60 items: 14 plans of each kind, 4 bundles, 5 add-ons, 7 promotions,
    // a handset and a fee (random tables, as in the exactness proofs).
    let sixty = catalog(&mut Rng::new(60), 14, 4, 7);
    assert_eq!(items(&sixty), 60);
    let twenty = customer(&mut Rng::new(20), 20);
    vec![
        ("3 lines", default_catalog(), business(3)),
        ("20 lines x 60 items", sixty, twenty),
        ("500 lines", default_catalog(), business(500)),
        ("2000 lines", default_catalog(), business(2_000)),
    ]
}
