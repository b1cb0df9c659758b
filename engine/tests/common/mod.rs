//! Random small package tables and customers from a seed, shared by the
//! exactness tests (exhaustive search), the benchmarks' instance maker, and
//! the optimizer benchmarks, native (`engine/benches/optimize.rs`) and in wasm
//! (the app's `benches/optimize_wasm.rs`), so both time the same customers.
#![allow(dead_code)]

use proposal_engine::catalog::*;
use proposal_engine::customer::{
    Cluster, CurrentContract, Customer, Line, LineOrigin, Segment, Usage,
};
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

    /// A second generator from this one's state, without advancing it, so
    /// draws added later (issue 13's one-off rule) leave every case drawn
    /// before them, and its seed's meaning, as they were.
    pub fn fork(&self) -> Rng {
        Rng(self.0.rotate_left(17) ^ 0x5851_F42D_4C95_7F2D | 1)
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
                    free_members: 0,
                },
                Slot {
                    kind: LineKind::Mobile,
                    min: r.range(0, 1),
                    max: r.range(1, 3),
                    member_fee: Money(i64::from(r.range(0, 3)) * 1_000),
                    allowance: allowance(r, LineKind::Mobile),
                    speed_mbps: 0,
                    free_members: 0,
                },
            ],
            free_calls_among_members: r.chance(50),
            // Drawn apart (`bundle_rules`); the old meaning here.
            free_calls_scope: FreeCallScope::AllOwnLines,
            free_calls_long_distance: false,
            max_instances: 0,
            handset_fee_share: HandsetFeeShare::MemberFee,
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
            ..Promotion::default()
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
            line_kinds: Vec::new(),
            origins: Vec::new(),
        }],
        exclusion_groups,
        credit_cap: Bps(5_000),
        policy: Policy::default(),
        suggestions: Default::default(),
    }
}

/// A customer with `lines` lines of mixed kinds and usage. Labels and
/// today's account fee come from a second generator forked off `r` without
/// advancing it, so the draws before them (the benchmarks' customers) stay.
pub fn customer(r: &mut Rng, lines: u32) -> Customer {
    let mut extra = Rng(r.0.rotate_left(29) ^ 0xA5A5_5A5A_A5A5_5A5A | 1);
    let lines = (0..lines)
        .map(|_| {
            let kind = match r.range(0, 5) {
                0 => LineKind::Landline,
                1 => LineKind::Broadband,
                _ => LineKind::Mobile,
            };
            Line {
                kind,
                label: LABELS[extra.range(0, LABELS.len() as u32 - 1) as usize].into(),
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
                origin: Default::default(),
                handset_mode: Default::default(),
                current_plan: String::new(),
                estimated: Vec::new(),
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
        current_account_fee: Money(i64::from(extra.range(0, 3)) * 1_000),
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

/// Line labels as reps type them, the empty one included.
pub const LABELS: [&str; 5] = ["", "老板手机", "前台座机", "店里宽带", "Staff 3"];
const NAMES: [&str; 4] = ["", "陈记五金", "Li family", "华南物流园"];
const INDUSTRIES: [&str; 4] = ["", "餐饮", "五金", "物流"];

fn eligibility(r: &mut Rng) -> Eligibility {
    if !r.chance(30) {
        return Eligibility::default();
    }
    let segments = [
        SegmentKind::Individual,
        SegmentKind::Family,
        SegmentKind::Business,
        SegmentKind::KeyAccount,
    ]
    .into_iter()
    .filter(|_| r.chance(60))
    .collect();
    let min_lines = r.chance(40).then(|| r.range(1, 3));
    Eligibility {
        segments,
        min_lines,
        max_lines: r.chance(30).then(|| min_lines.unwrap_or(1) + r.range(1, 4)),
        min_tenure_months: r.chance(40).then(|| r.range(1, 60)),
        ..Eligibility::default()
    }
}

/// `catalog` widened to every rule the optimizer filters by: eligibility on
/// plans, bundles, packs and promotions (segments, line counts, tenure),
/// promotions at authority levels 1 to 3, an exclusion group of a pack's
/// rival bundle and a promotion, line and account features (some included
/// by plans and bundles) and a second handset with a reachable contract
/// price. Each kind keeps an unrestricted plan fast enough for any
/// customer, so every customer has at least one valid changed proposal.
pub fn wide_catalog(r: &mut Rng, plans_per_kind: u32, bundles: u32, promotions: u32) -> Catalog {
    let mut c = catalog(r, plans_per_kind, bundles, promotions);
    let open: Vec<usize> = LineKind::ALL
        .iter()
        .filter_map(|k| c.plans.iter().position(|p| p.kind == *k))
        .collect();
    for (i, p) in c.plans.iter_mut().enumerate() {
        if open.contains(&i) {
            if p.kind == LineKind::Broadband {
                p.speed_mbps = p.speed_mbps.max(500);
            }
        } else {
            p.eligibility = eligibility(r);
        }
        if p.kind != LineKind::Broadband && r.chance(25) {
            p.includes.push(ItemId::new("addon.office"));
        }
    }
    for b in &mut c.bundles {
        b.eligibility = eligibility(r);
        if r.chance(30) {
            b.includes.push(ItemId::new("addon.switchboard"));
        }
    }
    for p in &mut c.promotions {
        p.eligibility = eligibility(r);
        p.authority_level = r.range(1, 3) as u8;
    }
    for a in &mut c.addons {
        if a.kind.is_pack() {
            a.eligibility = eligibility(r);
        }
    }
    let feature = |id: &str, kind, scope, fee, kinds| AddOn {
        id: ItemId::new(id),
        name: text(id),
        description: Text::default(),
        kind,
        scope,
        monthly_fee: Money(fee),
        line_kinds: kinds,
        adds: Allowance::default(),
        eligibility: Eligibility::default(),
    };
    c.addons.push(feature(
        "addon.office",
        AddOnKind::Other,
        Scope::PerLine,
        800,
        vec![LineKind::Mobile, LineKind::Landline],
    ));
    c.addons.push(feature(
        "addon.switchboard",
        AddOnKind::Switchboard,
        Scope::PerAccount,
        3_000,
        vec![],
    ));
    if let (Some(b), Some(p)) = (c.bundles.first(), c.promotions.last()) {
        if c.promotions.len() > 2 {
            c.exclusion_groups.push(ExclusionGroup {
                id: ItemId::new("x.bundle-promo"),
                name: text("bundle vs promotion"),
                members: vec![b.id.clone(), p.id.clone()],
            });
        }
    }
    c.handsets.push(Handset {
        id: ItemId::new("handset.b"),
        name: text("phone b"),
        retail_price: Money(159_900),
        contract_price: Money(59_900),
        min_monthly_fee: Money(i64::from(r.range(0, 3)) * 5_000),
        contract_months: 12,
        early_exit_fee: Money(30_000),
    });
    promotion_rules(r, &mut c);
    bundle_rules(r, &mut c);
    addon_rules(r, &mut c);
    one_off_rules(&mut r.fork(), &mut c);
    c
}

/// Issue 13's bundle rules drawn: free main-card seats, which calls are
/// free (within the instance, long distance or not), the per-account
/// limit (1 where calls are free only within the instance, as validated).
/// From a fork of `r`
/// (which it leaves as it was), so every other draw of a seed, and the
/// benchmarks' customers, stay what they were.
fn bundle_rules(r: &Rng, c: &mut Catalog) {
    let mut fork = Rng(r.0.rotate_left(29) | 1);
    for b in &mut c.bundles {
        b.free_calls_scope = if fork.chance(50) {
            FreeCallScope::SameInstance
        } else {
            FreeCallScope::AllOwnLines
        };
        b.free_calls_long_distance = fork.chance(40);
        b.max_instances = match b.free_calls_scope {
            FreeCallScope::SameInstance => 1,
            FreeCallScope::AllOwnLines => fork.range(0, 2),
        };
        for s in &mut b.slots {
            s.free_members = if s.member_fee.0 > 0 && fork.chance(50) {
                fork.range(1, s.max)
            } else {
                0
            };
        }
    }
    // The bundle's fee shared toward a member's handset (one instance per
    // account, as validated), from a fork of its own so the draws above
    // stay what they were.
    let mut share = Rng(r.0.rotate_left(41) | 1);
    for b in &mut c.bundles {
        if b.max_instances == 1 && share.chance(90) {
            b.handset_fee_share = HandsetFeeShare::Shared;
        }
    }
}

/// Which promotions reduce the lines' add-on fees (`fees.addons`): some
/// fee reductions (free months, percentage and volume discounts; never a
/// credit, as validated). From a fork of `r` (which it leaves as it was),
/// so every other draw of a seed stays what it was.
fn addon_rules(r: &Rng, c: &mut Catalog) {
    let mut fork = Rng(r.0.rotate_left(47) | 1);
    for p in &mut c.promotions {
        p.fees.addons = !p.kind.is_credit() && fork.chance(40);
    }
}

/// Issue 13's one-off rule drawn (`OneOffFee::line_kinds`, `origins`): the
/// installation fee for every line and instance, for one kind, or for one
/// kind and some origins; a SIM fee for mobiles from some origins, listed
/// by some plans and bundles (with `wide_customer`'s origins per line).
fn one_off_rules(r: &mut Rng, c: &mut Catalog) {
    let some_origins = |r: &mut Rng| -> Vec<LineOrigin> {
        LineOrigin::ALL
            .into_iter()
            .filter(|_| r.chance(50))
            .collect()
    };
    if let Some(f) = c.fees.first_mut() {
        if r.chance(60) {
            f.line_kinds = vec![LineKind::ALL[r.range(0, 2) as usize]];
            f.origins = some_origins(r);
        }
    }
    c.fees.push(OneOffFee {
        id: ItemId::new("fee.sim"),
        name: text("sim"),
        amount: Money(1_000),
        line_kinds: vec![LineKind::Mobile],
        origins: some_origins(r),
    });
    let sim = ItemId::new("fee.sim");
    for p in c.plans.iter_mut().filter(|p| p.kind == LineKind::Mobile) {
        if r.chance(60) {
            p.one_off_fees.push(sim.clone());
        }
    }
    for b in &mut c.bundles {
        if r.chance(60) {
            b.one_off_fees.push(sim.clone());
        }
    }
}

/// Every rule of issue 13 drawn: which fees each promotion touches,
/// credits per account (on the whole account, as the validator asks),
/// tiers counting moved lines, whole-account promotions, and the tables'
/// stacking and credit-cap policy.
fn promotion_rules(r: &mut Rng, c: &mut Catalog) {
    for p in &mut c.promotions {
        p.fees = FeeRoles {
            plan: r.chance(75),
            bundle: r.chance(75),
            members: r.chance(60),
            addons: false,
        };
        if p.kind.is_credit() && r.chance(40) {
            p.credit_per = CreditBasis::Account;
            p.applies_to.clear();
            p.fees.plan = true;
            p.fees.bundle = true;
        }
        if !(p.fees.plan || p.fees.bundle || p.fees.members) {
            p.fees.plan = true;
        }
        if matches!(p.kind, PromotionKind::VolumeDiscount { .. }) && r.chance(60) {
            p.lines_counted = LinesCounted::Moved;
        }
        p.whole_account = r.chance(30);
    }
    c.policy = Policy {
        stacking: if r.chance(50) {
            Stacking::Add
        } else {
            Stacking::Compound
        },
        credit_cap_on: if r.chance(50) {
            CapBase::Account
        } else {
            CapBase::Unit
        },
    };
}

/// A customer using every intake field, drawn against `cat`'s items: a
/// name, every segment with each cluster and an industry, labels, several
/// services on a line, handsets, account features and today's account
/// fee, tenure and a current contract.
pub fn wide_customer(r: &mut Rng, cat: &Catalog, lines: u32) -> Customer {
    let mut c = customer(r, lines);
    let pick =
        |r: &mut Rng, items: &[&'static str]| items[r.range(0, items.len() as u32 - 1) as usize];
    c.name = pick(r, &NAMES).into();
    let industry = pick(r, &INDUSTRIES).to_string();
    const CLUSTERS: [Cluster; 5] = [
        Cluster::StreetShop,
        Cluster::OfficeTower,
        Cluster::WholesaleMarket,
        Cluster::IndustrialPark,
        Cluster::Other,
    ];
    c.segment = match r.range(0, 3) {
        0 => Segment::Individual,
        1 => Segment::Family,
        2 => Segment::Business {
            cluster: CLUSTERS[r.range(0, 4) as usize],
            industry,
        },
        _ => Segment::KeyAccount { industry },
    };
    for l in &mut c.lines {
        l.features = cat
            .addons
            .iter()
            .filter(|a| !a.kind.is_pack() && a.scope == Scope::PerLine)
            .filter(|a| a.line_kinds.contains(&l.kind))
            .filter(|_| r.chance(40))
            .map(|a| a.id.clone())
            .collect();
        l.wants_handset = match (l.kind, r.range(0, 9)) {
            (LineKind::Mobile, h) if (h as usize) < cat.handsets.len() => {
                Some(cat.handsets[h as usize].id.clone())
            }
            _ => None,
        };
    }
    c.account_features = cat
        .addons
        .iter()
        .filter(|a| !a.kind.is_pack() && a.scope == Scope::PerAccount)
        .filter(|_| r.chance(40))
        .map(|a| a.id.clone())
        .collect();
    c.current_account_fee = Money(i64::from(r.range(0, 4)) * 1_000);
    let mut o = r.fork();
    for l in &mut c.lines {
        l.origin = LineOrigin::ALL[o.range(0, 2) as usize];
    }
    c.contract = CurrentContract {
        months_left: r.range(0, 12),
        exit_fee: Money(i64::from(r.range(0, 3)) * 10_000),
    };
    c
}
