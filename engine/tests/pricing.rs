//! The pricing rules through `price()`, one at a time, on a small hand-built
//! catalog; every expected amount is worked out by hand in the comments.
use proposal_engine::catalog::*;
use proposal_engine::customer::{Cluster, CurrentContract, Customer, Line, Segment, Usage};
use proposal_engine::pricing::{check_authority, OneOffKind, RejectionKind, UnitKind};
use proposal_engine::{price, Assignment, Bps, LineChoice, Money, Priced, Proposal, Text};

fn id(s: &str) -> ItemId {
    ItemId::new(s)
}

fn text(s: &str) -> Text {
    Text::new(s, s)
}

fn rates(domestic: i64, long_distance: Option<i64>, data: i64) -> Rates {
    Rates {
        domestic_per_min: Money(domestic),
        long_distance_per_min: long_distance.map(Money),
        data_per_mb: Money(data),
        sms_each: Money(10),
    }
}

fn allowance(domestic_min: u32, data_mb: u32, sms: u32) -> Allowance {
    Allowance {
        domestic_min,
        long_distance_min: 0,
        data_mb,
        sms,
    }
}

#[allow(clippy::too_many_arguments)]
fn plan(
    pid: &str,
    kind: LineKind,
    fee: i64,
    allowance: Allowance,
    rates: Rates,
    contract_months: u32,
    includes: &[&str],
    one_off_fees: &[&str],
) -> Plan {
    Plan {
        id: id(pid),
        name: text(pid),
        description: Text::default(),
        kind,
        monthly_fee: Money(fee),
        allowance,
        rates,
        speed_mbps: if kind == LineKind::Broadband { 300 } else { 0 },
        contract_months,
        early_exit_fee: Money(if contract_months > 0 { 10_000 } else { 0 }),
        includes: includes.iter().map(|s| id(s)).collect(),
        one_off_fees: one_off_fees.iter().map(|s| id(s)).collect(),
        eligibility: Eligibility::default(),
    }
}

fn addon(aid: &str, kind: AddOnKind, fee: i64, adds: Allowance, kinds: &[LineKind]) -> AddOn {
    AddOn {
        id: id(aid),
        name: text(aid),
        description: Text::default(),
        kind,
        scope: if kinds.is_empty() {
            Scope::PerAccount
        } else {
            Scope::PerLine
        },
        monthly_fee: Money(fee),
        line_kinds: kinds.to_vec(),
        adds,
        eligibility: Eligibility::default(),
    }
}

fn promo(pid: &str, kind: PromotionKind, applies: &[&str], months: (u32, u32)) -> Promotion {
    Promotion {
        id: id(pid),
        name: text(pid),
        description: Text::default(),
        kind,
        applies_to: applies.iter().map(|s| id(s)).collect(),
        from_month: months.0,
        to_month: months.1,
        eligibility: Eligibility::default(),
        authority_level: 1,
        ..Promotion::default()
    }
}

fn business_only() -> Eligibility {
    Eligibility {
        segments: vec![SegmentKind::Business, SegmentKind::KeyAccount],
        ..Eligibility::default()
    }
}

/// The small tables every test prices with.
fn catalog() -> Catalog {
    use LineKind::*;
    let plans = vec![
        // ¥59: 300 min, 30 GB, 100 SMS; ¥0.15/min, ¥0.01/MB, ¥0.10/SMS beyond.
        plan(
            "plan.m-59",
            Mobile,
            5_900,
            allowance(300, 30_720, 100),
            rates(15, None, 1),
            0,
            &[],
            &[],
        ),
        // ¥129 on a 12-month contract, push-to-talk included.
        plan(
            "plan.m-129",
            Mobile,
            12_900,
            allowance(1_000, 81_920, 300),
            rates(15, None, 1),
            12,
            &["addon.ptt"],
            &[],
        ),
        // ¥20 landline: 200 local minutes, long distance ¥0.20/min apart.
        plan(
            "plan.l-20",
            Landline,
            2_000,
            allowance(200, 0, 0),
            rates(10, Some(20), 0),
            0,
            &[],
            &["fee.ll-install"],
        ),
        // ¥60 300M broadband, 24-month contract, ¥100 installation.
        plan(
            "plan.bb-300",
            Broadband,
            6_000,
            Allowance::default(),
            rates(0, None, 0),
            24,
            &[],
            &["fee.bb-install"],
        ),
    ];
    // 商航-style: one landline and up to two mobiles (¥20 each), calls among
    // them free, ring-back tone included; ¥68 an instance, 12 months.
    let shanghang = Bundle {
        id: id("bundle.sh"),
        name: text("shanghang"),
        description: Text::default(),
        monthly_fee: Money(6_800),
        slots: vec![
            Slot {
                kind: Landline,
                min: 1,
                max: 1,
                member_fee: Money::ZERO,
                allowance: allowance(1_000, 0, 0),
                speed_mbps: 0,
                free_members: 0,
            },
            Slot {
                kind: Mobile,
                min: 0,
                max: 2,
                member_fee: Money(2_000),
                allowance: allowance(300, 5_120, 100),
                speed_mbps: 0,
                free_members: 0,
            },
        ],
        free_calls_among_members: true,
        free_calls_scope: FreeCallScope::AllOwnLines,
        free_calls_long_distance: false,
        max_instances: 0,
        handset_fee_share: HandsetFeeShare::MemberFee,
        rates: rates(10, None, 2),
        contract_months: 12,
        early_exit_fee: Money(20_000),
        includes: vec![id("addon.rbt")],
        one_off_fees: vec![id("fee.ll-install")],
        eligibility: business_only(),
    };
    let addons = vec![
        addon(
            "addon.data-10g",
            AddOnKind::DataPack,
            2_000,
            allowance(0, 10_240, 0),
            &[Mobile],
        ),
        addon(
            "addon.ld-500",
            AddOnKind::LongDistancePack,
            1_500,
            Allowance {
                long_distance_min: 500,
                ..Allowance::default()
            },
            &[Mobile, Landline],
        ),
        addon(
            "addon.ptt",
            AddOnKind::PushToTalk,
            1_000,
            Allowance::default(),
            &[Mobile],
        ),
        addon(
            "addon.rbt",
            AddOnKind::RingBackTone,
            2_000,
            Allowance::default(),
            &[],
        ),
    ];
    let promotions = vec![
        Promotion {
            eligibility: business_only(),
            ..promo(
                "promo.free-3",
                PromotionKind::FreeMonths,
                &["bundle.sh"],
                (1, 3),
            )
        },
        Promotion {
            authority_level: 2,
            ..promo(
                "promo.off-15",
                PromotionKind::PercentOff {
                    discount: Bps(1_500),
                },
                &["plan.m-129"],
                (1, 6),
            )
        },
        Promotion {
            eligibility: Eligibility {
                min_lines: Some(2),
                ..business_only()
            },
            ..promo(
                "promo.vol",
                PromotionKind::VolumeDiscount {
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
                &[],
                (1, 24),
            )
        },
        promo(
            "promo.prepay",
            PromotionKind::PrepayCredit {
                prepay: Money(60_000),
                credit_per_month: Money(5_000),
            },
            &["plan.m-59", "plan.m-129", "bundle.sh"],
            (1, 12),
        ),
        promo(
            "promo.tenure",
            PromotionKind::TenureCredit {
                min_tenure_months: 60,
                credit_per_month: Money(1_000),
            },
            &[],
            (1, 12),
        ),
        promo(
            "promo.m59-free-3",
            PromotionKind::FreeMonths,
            &["plan.m-59"],
            (1, 3),
        ),
    ];
    Catalog {
        schema_version: SCHEMA_VERSION,
        id: "test".into(),
        version: 1,
        effective_from: "2026-12-01".into(),
        currency: "CNY".into(),
        brand: Brand {
            operator: text("Test Telecom"),
            hotline: "10000".into(),
            ..Brand::default()
        },
        plans,
        bundles: vec![shanghang],
        addons,
        promotions,
        handsets: vec![Handset {
            id: id("handset.h"),
            name: text("phone"),
            retail_price: Money(299_900),
            contract_price: Money(199_900),
            min_monthly_fee: Money(12_900),
            contract_months: 24,
            early_exit_fee: Money(50_000),
        }],
        fees: vec![
            OneOffFee {
                id: id("fee.bb-install"),
                name: text("broadband installation"),
                amount: Money(10_000),
                line_kinds: Vec::new(),
                origins: Vec::new(),
            },
            OneOffFee {
                id: id("fee.ll-install"),
                name: text("landline installation"),
                amount: Money(5_000),
                line_kinds: Vec::new(),
                origins: Vec::new(),
            },
        ],
        exclusion_groups: vec![
            ExclusionGroup {
                id: id("x.intro"),
                name: text("free months or percent off"),
                members: vec![id("promo.free-3"), id("promo.off-15")],
            },
            ExclusionGroup {
                id: id("x.credits"),
                name: text("one credit gift"),
                members: vec![id("promo.prepay"), id("promo.tenure")],
            },
        ],
        credit_cap: Bps(5_000),
        policy: Policy::default(),
        suggestions: Default::default(),
    }
}

fn line(kind: LineKind, current_fee: i64, usage: Usage) -> Line {
    Line {
        kind,
        label: String::new(),
        current_monthly_fee: Money(current_fee),
        usage,
        features: vec![],
        wants_handset: None,
        origin: Default::default(),
        handset_mode: Default::default(),
        current_plan: String::new(),
        estimated: Vec::new(),
    }
}

fn mobile(current_fee: i64, domestic_min: u32, data_mb: u32) -> Line {
    line(
        LineKind::Mobile,
        current_fee,
        Usage {
            domestic_min,
            data_mb,
            ..Usage::default()
        },
    )
}

fn business(lines: Vec<Line>) -> Customer {
    Customer {
        name: String::new(),
        segment: Segment::Business {
            cluster: Cluster::StreetShop,
            industry: String::new(),
        },
        tenure_months: 0,
        lines,
        account_features: vec![],
        current_account_fee: Money::ZERO,
        contract: CurrentContract::default(),
    }
}

fn on(plan: &str) -> LineChoice {
    LineChoice {
        assignment: Assignment::Plan { plan: id(plan) },
        packs: vec![],
    }
}

fn with_packs(plan: &str, packs: &[&str]) -> LineChoice {
    LineChoice {
        packs: packs.iter().map(|s| id(s)).collect(),
        ..on(plan)
    }
}

fn member(instance: u32) -> LineChoice {
    LineChoice {
        assignment: Assignment::Member { instance },
        packs: vec![],
    }
}

fn keep() -> LineChoice {
    LineChoice {
        assignment: Assignment::Keep,
        packs: vec![],
    }
}

fn proposal(lines: Vec<LineChoice>, bundle: Option<&str>, promotions: &[&str]) -> Proposal {
    Proposal {
        lines,
        bundle: bundle.map(id),
        promotions: promotions.iter().map(|s| id(s)).collect(),
        include_handsets: true,
        start_month: 1,
    }
}

fn priced(c: &Customer, p: &Proposal, horizon: Option<u32>) -> Priced {
    price(&catalog(), c, p, horizon).unwrap_or_else(|r| panic!("rejected: {r}"))
}

fn rejection(c: &Customer, p: &Proposal) -> (RejectionKind, String) {
    let r = price(&catalog(), c, p, None).expect_err("must be rejected");
    assert!(!r.message.zh.is_empty() && !r.message.en.is_empty());
    (r.kind, r.path)
}

fn bills(p: &Priced) -> Vec<i64> {
    p.months.iter().map(|m| m.bill.0).collect()
}

/// The totals every priced proposal must satisfy, checked on each test's case.
fn consistent(p: &Priced) {
    let monthly: i64 = p.months.iter().map(|m| m.bill.0).sum();
    let one_offs: i64 = p.one_offs.iter().map(|o| o.amount.0).sum();
    assert_eq!(p.monthly_total, Money(monthly));
    assert_eq!(p.one_offs_total, Money(one_offs));
    assert_eq!(p.total, Money(monthly + one_offs));
    assert_eq!(p.savings.horizon, Money(p.current_total.0 - p.total.0));
    for m in &p.months {
        assert_eq!(
            m.bill.0,
            m.fees.0 + m.usage.0 - m.credits.0,
            "month {}",
            m.month
        );
        assert_eq!(m.usage.0, m.overage.0 + m.addons.0, "month {}", m.month);
    }
}

#[test]
fn the_test_tables_are_valid() {
    assert_eq!(validate_catalog(&catalog()), Ok(()));
}

#[test]
fn plan_fee_plus_overage() {
    // 400 min on 300: 100 × ¥0.15; 32,720 MB on 30,720: 2,000 × ¥0.01;
    // 110 SMS on 100: 10 × ¥0.10. Overage 15 + 20 + 1 = ¥36; bill ¥95.
    let mut l = mobile(8_000, 400, 32_720);
    l.usage.sms = 110;
    let c = business(vec![l]);
    let p = priced(&c, &proposal(vec![on("plan.m-59")], None, &[]), None);
    consistent(&p);
    assert_eq!(p.horizon, 24);
    assert_eq!(p.months.len(), 24);
    for m in &p.months {
        assert_eq!(
            (m.fees, m.overage, m.addons, m.credits, m.bill),
            (
                Money(5_900),
                Money(3_600),
                Money::ZERO,
                Money::ZERO,
                Money(9_500)
            )
        );
    }
    assert_eq!(p.lines[0].overage, Money(3_600));
    assert_eq!(p.lines[0].base_fee, Money(5_900));
    assert_eq!(p.total, Money(9_500 * 24));
    assert_eq!(p.current_total, Money(8_000 * 24));
    assert_eq!(p.savings.horizon, Money(-36_000));
    assert_eq!(p.savings.this_month, Money(-1_500));
    assert_eq!(p.savings.break_even_month, None);
    assert!(p.one_offs.is_empty());
}

#[test]
fn long_distance_is_billed_apart_where_the_plan_says_so() {
    // Landline: 250 local min on 200 at ¥0.10 = ¥5; 30 long-distance min at
    // ¥0.20 = ¥6, none of them taken from the local allowance. Bill ¥31;
    // installation ¥50 once.
    let c = business(vec![line(
        LineKind::Landline,
        3_000,
        Usage {
            domestic_min: 250,
            long_distance_min: 30,
            ..Usage::default()
        },
    )]);
    let p = priced(&c, &proposal(vec![on("plan.l-20")], None, &[]), None);
    consistent(&p);
    assert_eq!(p.lines[0].overage, Money(1_100));
    assert_eq!(p.months[0].bill, Money(3_100));
    assert_eq!(p.one_offs.len(), 1);
    assert_eq!(p.one_offs[0].kind, OneOffKind::Fee);
    assert_eq!(p.one_offs[0].amount, Money(5_000));
    assert_eq!(p.total, Money(3_100 * 24 + 5_000));
    // On a mobile plan long distance counts as domestic minutes: 250 + 30 on
    // 300 is within the allowance.
    let mut m = mobile(5_900, 250, 0);
    m.usage.long_distance_min = 30;
    let p = priced(
        &business(vec![m]),
        &proposal(vec![on("plan.m-59")], None, &[]),
        None,
    );
    assert_eq!(p.lines[0].overage, Money::ZERO);
}

#[test]
fn packs_add_allowance_and_their_fee() {
    // 45,000 MB on 30,720 + 10,240: 4,040 MB × ¥0.01 = ¥40.40, pack ¥20.
    let c = business(vec![mobile(9_000, 0, 45_000)]);
    let with = priced(
        &c,
        &proposal(
            vec![with_packs("plan.m-59", &["addon.data-10g"])],
            None,
            &[],
        ),
        None,
    );
    consistent(&with);
    let m = &with.months[0];
    assert_eq!(
        (m.overage, m.addons, m.usage, m.bill),
        (Money(4_040), Money(2_000), Money(6_040), Money(11_940))
    );
    assert_eq!(with.lines[0].packs, vec![id("addon.data-10g")]);
    assert_eq!(with.lines[0].steady, Money(11_940));
    // Without: 14,280 MB over, ¥142.80.
    let without = priced(&c, &proposal(vec![on("plan.m-59")], None, &[]), None);
    assert_eq!(without.months[0].bill, Money(5_900 + 14_280));

    // Landline, 600 long-distance min: pack covers 500, 100 × ¥0.20 = ¥20.
    let ll = business(vec![line(
        LineKind::Landline,
        9_000,
        Usage {
            long_distance_min: 600,
            ..Usage::default()
        },
    )]);
    let p = priced(
        &ll,
        &proposal(vec![with_packs("plan.l-20", &["addon.ld-500"])], None, &[]),
        None,
    );
    assert_eq!(p.months[0].overage, Money(2_000));
    assert_eq!(p.months[0].bill, Money(2_000 + 1_500 + 2_000));

    // A pack twice, or on a kept line, is refused.
    let twice = proposal(
        vec![with_packs(
            "plan.m-59",
            &["addon.data-10g", "addon.data-10g"],
        )],
        None,
        &[],
    );
    assert_eq!(
        rejection(&c, &twice),
        (RejectionKind::Inconsistent, "lines[0].packs[1]".into())
    );
    let kept = proposal(
        vec![LineChoice {
            packs: vec![id("addon.data-10g")],
            ..keep()
        }],
        None,
        &[],
    );
    assert_eq!(
        rejection(&c, &kept),
        (RejectionKind::Inconsistent, "lines[0].packs[0]".into())
    );
}

#[test]
fn features_are_charged_unless_included() {
    // Push-to-talk ¥10 on the ¥59 plan; included in the ¥129 plan.
    let mut l = mobile(5_900, 0, 0);
    l.features = vec![id("addon.ptt")];
    let mut c = business(vec![l]);
    let p = priced(&c, &proposal(vec![on("plan.m-59")], None, &[]), None);
    assert_eq!(p.months[0].addons, Money(1_000));
    assert_eq!(p.months[0].bill, Money(6_900));
    let p = priced(&c, &proposal(vec![on("plan.m-129")], None, &[]), None);
    assert_eq!(p.months[0].addons, Money::ZERO);
    // An account feature (ring-back tone ¥20) is its own unit on plans.
    c.account_features = vec![id("addon.rbt")];
    let p = priced(&c, &proposal(vec![on("plan.m-59")], None, &[]), None);
    consistent(&p);
    assert_eq!(p.months[0].addons, Money(3_000));
    assert_eq!(p.lines.last().unwrap().unit, UnitKind::Account);
}

/// Landline + mobile in one 商航 instance.
fn bundle_customer() -> Customer {
    let mut c = business(vec![
        line(LineKind::Landline, 3_000, Usage::default()),
        mobile(5_000, 100, 1_000),
    ]);
    c.account_features = vec![id("addon.rbt")];
    c
}

#[test]
fn free_months_waive_every_fee_of_the_bundle_but_not_usage() {
    // Instance ¥68 + mobile member ¥20 = ¥88 a month, waived in months 1-3;
    // the ring-back tone is included; contract 12 months; installation ¥50.
    let mut c = bundle_customer();
    c.lines[1].usage.data_mb = 5_220; // 100 MB over × ¥0.02 = ¥2, never waived
    let p = priced(
        &c,
        &proposal(
            vec![member(0), member(0)],
            Some("bundle.sh"),
            &["promo.free-3"],
        ),
        None,
    );
    consistent(&p);
    assert_eq!(p.horizon, 12);
    assert_eq!(p.contract_months, 12);
    let mut expected = vec![200; 3];
    expected.extend([9_000; 9]);
    assert_eq!(bills(&p), expected);
    assert_eq!(p.months[0].discounts, Money(8_800));
    assert_eq!(p.months[0].fees, Money::ZERO);
    assert_eq!(p.months[3].discounts, Money::ZERO);
    assert_eq!(p.months[3].addons, Money::ZERO, "ring-back tone included");
    assert_eq!(p.total, Money(3 * 200 + 9 * 9_000 + 5_000));
    assert_eq!(p.steady_monthly, Money(9_000));
    assert_eq!(p.promotion_ends.len(), 1);
    assert_eq!(
        (
            p.promotion_ends[0].first_month,
            p.promotion_ends[0].last_month
        ),
        (1, 3)
    );
}

#[test]
fn percent_off_then_volume_tier_rounded_half_up() {
    // Four lines on ¥129: 15% off (¥19.35) leaves ¥109.65; the 4-line tier
    // takes 10% of that, ¥10.965 rounded half-up to ¥10.97: ¥98.68 a line.
    // Months 7-12: only the tier, ¥129 − ¥12.90 = ¥116.10.
    let c = business((0..4).map(|_| mobile(15_000, 0, 0)).collect());
    let all = vec![on("plan.m-129"); 4];
    let p = priced(
        &c,
        &proposal(all.clone(), None, &["promo.off-15", "promo.vol"]),
        None,
    );
    consistent(&p);
    assert_eq!(p.horizon, 12);
    assert_eq!(p.lines[0].first_month, Money(9_868));
    assert_eq!(p.months[0].fees, Money(4 * 9_868));
    assert_eq!(p.months[0].discounts, Money(4 * (12_900 - 9_868)));
    assert_eq!(p.months[6].fees, Money(4 * 11_610));
    assert_eq!(p.total, Money(6 * 4 * 9_868 + 6 * 4 * 11_610));
    assert_eq!(p.steady_monthly, Money(4 * 12_900));
    // Past month 24 the tier ends too.
    let long = priced(
        &c,
        &proposal(all, None, &["promo.off-15", "promo.vol"]),
        Some(30),
    );
    assert_eq!(long.months[23].bill, Money(4 * 11_610));
    assert_eq!(long.months[24].bill, Money(4 * 12_900));

    // Three lines: the 2-line tier, 5% of ¥109.65 = ¥5.4825 → ¥5.48.
    let three = business((0..3).map(|_| mobile(15_000, 0, 0)).collect());
    let p = priced(
        &three,
        &proposal(
            vec![on("plan.m-129"); 3],
            None,
            &["promo.off-15", "promo.vol"],
        ),
        None,
    );
    assert_eq!(p.lines[0].first_month, Money(10_417));
}

#[test]
fn a_credit_gift_is_capped_at_half_the_bill() {
    // ¥59 + 1 MB over (¥0.01) = ¥59.01; half is ¥29.505, floored to ¥29.50,
    // below the ¥50 gift. Months 13-24: no gift.
    let c = business(vec![mobile(5_900, 0, 30_721)]);
    let p = priced(
        &c,
        &proposal(vec![on("plan.m-59")], None, &["promo.prepay"]),
        None,
    );
    consistent(&p);
    assert_eq!(p.months[0].credits, Money(2_950));
    assert_eq!(p.months[0].bill, Money(2_951));
    assert_eq!(p.months[12].credits, Money::ZERO);
    assert_eq!(p.months[12].bill, Money(5_901));
    assert_eq!(p.total, Money(12 * 2_951 + 12 * 5_901));
    assert_eq!(p.prepaid, Money(60_000), "shown, not added to the total");
    assert_eq!(p.steady_monthly, Money(5_901));
    // On ¥129 the whole ¥50 fits under half.
    let p = priced(
        &c,
        &proposal(vec![on("plan.m-129")], None, &["promo.prepay"]),
        None,
    );
    assert_eq!(p.months[0].credits, Money(5_000));
    assert_eq!(p.months[0].bill, Money(7_900));
    // Free months leave no fee, so no room for a gift: usage ¥0.01 → ¥0.
    let p = priced(
        &c,
        &proposal(
            vec![on("plan.m-59")],
            None,
            &["promo.prepay", "promo.m59-free-3"],
        ),
        None,
    );
    assert_eq!(p.months[0].bill, Money(1));
    assert_eq!(p.months[0].credits, Money::ZERO);
    assert_eq!(p.months[3].bill, Money(2_951));
}

#[test]
fn tenure_credit_needs_the_tenure_and_spares_kept_lines() {
    // Line 0 kept at ¥80; line 1 on ¥59 with ¥10 a month for 12 months.
    let mut c = business(vec![mobile(8_000, 0, 0), mobile(7_000, 0, 0)]);
    c.tenure_months = 72;
    let p = priced(
        &c,
        &proposal(vec![keep(), on("plan.m-59")], None, &["promo.tenure"]),
        None,
    );
    consistent(&p);
    assert_eq!(p.months[0].bill, Money(8_000 + 4_900));
    assert_eq!(p.months[12].bill, Money(8_000 + 5_900));
    assert_eq!(p.lines[0].horizon_total, Money(8_000 * 24));
    assert_eq!(p.total, Money(8_000 * 24 + 12 * 4_900 + 12 * 5_900));
    c.tenure_months = 59;
    let p = priced(
        &c,
        &proposal(vec![keep(), on("plan.m-59")], None, &["promo.tenure"]),
        None,
    );
    assert_eq!(p.months[0].credits, Money::ZERO);
    assert_eq!(p.total, Money((8_000 + 5_900) * 24));
}

#[test]
fn bundle_members_call_each_other_free_and_each_instance_has_its_fee() {
    // Instance 1: landline A, mobiles B and C. Instance 2: landline D, mobile E.
    let mut a = line(
        LineKind::Landline,
        3_000,
        Usage {
            domestic_min: 1_200,
            ..Usage::default()
        },
    );
    a.usage.own_calls = Bps(5_000); // 600 chargeable of 1,000: no overage
    let mut b = mobile(5_000, 500, 6_120);
    b.usage.own_calls = Bps(4_000); // 300 chargeable of 300; 1,000 MB × ¥0.02
    let c_line = mobile(5_000, 400, 0); // 100 min × ¥0.10
    let d = line(LineKind::Landline, 3_000, Usage::default());
    let e = mobile(3_000, 0, 0);
    let c = business(vec![a, b, c_line, d, e]);
    let p = priced(
        &c,
        &proposal(
            vec![member(0), member(0), member(0), member(1), member(1)],
            Some("bundle.sh"),
            &[],
        ),
        None,
    );
    consistent(&p);
    // 2 × ¥68 + 3 mobiles × ¥20 + ¥20 + ¥10 overage = ¥226 a month.
    assert_eq!(p.months[0].bill, Money(22_600));
    assert_eq!(p.months[0].fees, Money(13_600 + 6_000));
    assert_eq!(p.months[0].overage, Money(3_000));
    let overage: Vec<i64> = p.lines.iter().map(|l| l.overage.0).collect();
    assert_eq!(overage, vec![0, 2_000, 1_000, 0, 0, 0, 0]);
    assert_eq!(p.lines[5].unit, UnitKind::BundleInstance { instance: 0 });
    assert_eq!(p.lines[6].unit, UnitKind::BundleInstance { instance: 1 });
    assert_eq!(p.lines[5].base_fee, Money(6_800));
    // Installation once per instance, printed as one item ×2.
    assert_eq!(p.one_offs.len(), 1);
    assert_eq!(p.one_offs[0].amount, Money(10_000));
    assert!(
        p.one_offs[0].label.en.ends_with("×2"),
        "{:?}",
        p.one_offs[0]
    );
    assert_eq!(p.total, Money(22_600 * 12 + 10_000));
}

#[test]
fn credits_land_on_the_bundle_instance_not_on_members() {
    // Instance ¥68: gift ¥50 ≤ ¥34 cap → ¥34; the member's ¥20 takes none.
    let c = bundle_customer();
    let p = priced(
        &c,
        &proposal(
            vec![member(0), member(0)],
            Some("bundle.sh"),
            &["promo.prepay"],
        ),
        None,
    );
    consistent(&p);
    assert_eq!(p.months[0].credits, Money(3_400));
    assert_eq!(p.months[0].bill, Money(8_800 - 3_400));
    assert_eq!(p.prepaid, Money(60_000), "one prepayment per instance");
}

#[test]
fn mutually_exclusive_promotions_are_rejected() {
    let c = bundle_customer();
    let lines = vec![member(0), on("plan.m-129")];
    let both = proposal(
        lines.clone(),
        Some("bundle.sh"),
        &["promo.free-3", "promo.off-15"],
    );
    assert_eq!(
        rejection(&c, &both),
        (RejectionKind::MutuallyExclusive, "exclusion_groups".into())
    );
    let r = price(&catalog(), &c, &both, None).unwrap_err();
    assert!(r.message.en.contains("promo.free-3") && r.message.en.contains("promo.off-15"));
    for one in ["promo.free-3", "promo.off-15"] {
        assert!(price(
            &catalog(),
            &c,
            &proposal(lines.clone(), Some("bundle.sh"), &[one]),
            None
        )
        .is_ok());
    }
}

#[test]
fn ineligible_and_misplaced_promotions_are_rejected() {
    let two = vec![on("plan.m-59"), on("plan.m-59")];
    let mut c = business(vec![mobile(5_000, 0, 0), mobile(5_000, 0, 0)]);
    c.segment = Segment::Individual;
    let p = proposal(two.clone(), None, &["promo.vol"]);
    assert_eq!(
        rejection(&c, &p),
        (RejectionKind::Ineligible, "promotions[0]".into())
    );
    // A business with one line is below the promotion's minimum.
    let one = business(vec![mobile(5_000, 0, 0)]);
    let r = price(
        &catalog(),
        &one,
        &proposal(vec![on("plan.m-59")], None, &["promo.vol"]),
        None,
    )
    .unwrap_err();
    assert_eq!(r.kind, RejectionKind::Ineligible);
    assert!(r.message.en.contains("needs at least 2 lines"), "{r}");
    // A business with two lines may.
    c.segment = business(vec![]).segment;
    assert!(price(&catalog(), &c, &p, None).is_ok());
    // A promotion on nothing proposed, and an unknown one.
    let off = proposal(two.clone(), None, &["promo.off-15"]);
    assert_eq!(
        rejection(&c, &off),
        (RejectionKind::Inconsistent, "promotions[0]".into())
    );
    let unknown = proposal(two, None, &["promo.nope"]);
    assert_eq!(
        rejection(&c, &unknown),
        (RejectionKind::UnknownItem, "promotions[0]".into())
    );
    // An individual may not join a business bundle.
    let mut home = bundle_customer();
    home.segment = Segment::Family;
    home.account_features.clear();
    let b = proposal(vec![member(0), member(0)], Some("bundle.sh"), &[]);
    assert_eq!(
        rejection(&home, &b),
        (RejectionKind::Ineligible, "bundle".into())
    );
}

#[test]
fn discount_authority_is_checked_by_level() {
    let c = business(vec![mobile(5_000, 0, 0)]);
    let p = proposal(vec![on("plan.m-129")], None, &["promo.off-15"]);
    let r = check_authority(&catalog(), &p, 1).unwrap_err();
    assert_eq!(
        (r.kind, r.path.as_str()),
        (RejectionKind::Authority, "promotions[0]")
    );
    assert_eq!(check_authority(&catalog(), &p, 2), Ok(()));
    assert!(price(&catalog(), &c, &p, None).is_ok());
}

#[test]
fn bundle_capacity_is_checked_both_ways() {
    // No landline in the instance: under its minimum of one.
    let under = business(vec![mobile(5_000, 0, 0)]);
    let p = proposal(vec![member(0)], Some("bundle.sh"), &[]);
    assert_eq!(
        rejection(&under, &p),
        (RejectionKind::UnderCapacity, "bundle (instance 1)".into())
    );
    // One landline and three mobiles in one instance: over its two.
    let mut lines = vec![line(LineKind::Landline, 3_000, Usage::default())];
    lines.extend((0..3).map(|_| mobile(5_000, 0, 0)));
    let over = business(lines);
    let p = proposal(vec![member(0); 4], Some("bundle.sh"), &[]);
    assert_eq!(
        rejection(&over, &p),
        (RejectionKind::OverCapacity, "bundle (instance 1)".into())
    );
    // Exactly two fits.
    let p = proposal(
        vec![member(0), member(0), member(0), on("plan.m-59")],
        Some("bundle.sh"),
        &[],
    );
    assert!(price(&catalog(), &over, &p, None).is_ok());
    // The second instance lacks its landline.
    let p = proposal(
        vec![member(0), member(0), member(1), on("plan.m-59")],
        Some("bundle.sh"),
        &[],
    );
    assert_eq!(
        rejection(&over, &p),
        (RejectionKind::UnderCapacity, "bundle (instance 2)".into())
    );
}

#[test]
fn wrong_line_kinds_are_rejected() {
    let ll = line(LineKind::Landline, 3_000, Usage::default());
    let c = business(vec![ll.clone()]);
    assert_eq!(
        rejection(&c, &proposal(vec![on("plan.m-59")], None, &[])),
        (RejectionKind::WrongLineKind, "lines[0]".into())
    );
    assert_eq!(
        rejection(
            &c,
            &proposal(
                vec![with_packs("plan.l-20", &["addon.data-10g"])],
                None,
                &[]
            )
        ),
        (RejectionKind::WrongLineKind, "lines[0].packs[0]".into())
    );
    // The bundle has no broadband slot.
    let bb = line(LineKind::Broadband, 10_000, Usage::default());
    let c = business(vec![ll, bb.clone()]);
    assert_eq!(
        rejection(
            &c,
            &proposal(vec![member(0), member(0)], Some("bundle.sh"), &[])
        ),
        (RejectionKind::WrongLineKind, "lines[1]".into())
    );
    // Broadband slower than needed.
    let mut fast = bb;
    fast.usage.min_speed_mbps = 500;
    assert_eq!(
        rejection(
            &business(vec![fast]),
            &proposal(vec![on("plan.bb-300")], None, &[])
        ),
        (RejectionKind::TooSlow, "lines[0]".into())
    );
}

#[test]
fn the_old_contract_exit_fee_is_due_only_when_something_changes() {
    let mut c = business(vec![mobile(5_900, 0, 0), mobile(5_900, 0, 0)]);
    c.contract = CurrentContract {
        months_left: 6,
        exit_fee: Money(30_000),
    };
    let kept = priced(&c, &Proposal::keep_all(2), None);
    consistent(&kept);
    assert!(kept.one_offs.is_empty());
    assert_eq!(kept.total, Money(11_800 * 24));
    assert_eq!(kept.savings.horizon, Money::ZERO);
    let changed = priced(
        &c,
        &proposal(vec![keep(), on("plan.m-59")], None, &[]),
        None,
    );
    consistent(&changed);
    assert_eq!(changed.one_offs.len(), 1);
    assert_eq!(changed.one_offs[0].kind, OneOffKind::ExitFee);
    assert_eq!(changed.one_offs[0].amount, Money(30_000));
    assert_eq!(changed.total, Money(11_800 * 24 + 30_000));
    assert_eq!(changed.savings.horizon, Money(-30_000));
    // A contract already over costs nothing to leave.
    c.contract.months_left = 0;
    let free = priced(
        &c,
        &proposal(vec![keep(), on("plan.m-59")], None, &[]),
        None,
    );
    assert!(free.one_offs.is_empty());
}

#[test]
fn a_handset_is_at_contract_price_only_on_a_plan_that_reaches_its_minimum() {
    let mut l = mobile(12_900, 0, 0);
    l.wants_handset = Some(id("handset.h"));
    let c = business(vec![l]);
    // ¥129 reaches the ¥129 minimum: ¥1,999 and the handset's 24 months.
    let p = priced(&c, &proposal(vec![on("plan.m-129")], None, &[]), None);
    consistent(&p);
    assert_eq!(p.one_offs.len(), 1);
    assert_eq!(p.one_offs[0].kind, OneOffKind::Handset);
    assert_eq!(p.one_offs[0].amount, Money(199_900));
    assert!(p.one_offs[0].label.en.contains("contract price"));
    assert_eq!((p.contract_months, p.horizon), (24, 24));
    // Keeping buys the handset at retail: the comparison carries it.
    assert_eq!(p.current_total, Money(12_900 * 24 + 299_900));
    assert_eq!(p.savings.horizon, Money(100_000));
    // ¥59 does not: retail.
    let p = priced(&c, &proposal(vec![on("plan.m-59")], None, &[]), None);
    assert_eq!(p.one_offs[0].amount, Money(299_900));
    assert!(p.one_offs[0].label.en.contains("retail price"));
    assert_eq!(p.contract_months, 0);
    // Handsets left out of the comparison: neither side has one.
    let mut no = proposal(vec![on("plan.m-129")], None, &[]);
    no.include_handsets = false;
    let p = priced(&c, &no, None);
    assert!(p.one_offs.is_empty());
    assert_eq!(p.horizon, 12);
    assert_eq!(p.current_total, Money(12_900 * 12));
}

#[test]
fn the_horizon_defaults_to_the_longest_contract_else_24() {
    let c = business(vec![
        mobile(5_000, 0, 0),
        line(LineKind::Broadband, 10_000, Usage::default()),
    ]);
    let h = |lines: Vec<LineChoice>, horizon| priced(&c, &proposal(lines, None, &[]), horizon);
    assert_eq!(h(vec![on("plan.m-129"), keep()], None).horizon, 12);
    assert_eq!(
        h(vec![on("plan.m-129"), on("plan.bb-300")], None).horizon,
        24
    );
    assert_eq!(h(vec![on("plan.m-59"), keep()], None).horizon, 24);
    assert_eq!(h(vec![keep(), keep()], None).horizon, 24);
    let long = h(vec![on("plan.m-129"), keep()], Some(36));
    assert_eq!((long.horizon, long.months.len()), (36, 36));
    assert_eq!(long.savings.cumulative_proposed.len(), 36);
    assert_eq!(h(vec![on("plan.m-59"), keep()], Some(120)).horizon, 120);
    for bad in [0, 121] {
        let r = price(
            &catalog(),
            &c,
            &proposal(vec![on("plan.m-59"), keep()], None, &[]),
            Some(bad),
        )
        .unwrap_err();
        assert_eq!(
            (r.kind, r.path.as_str()),
            (RejectionKind::Horizon, "horizon")
        );
    }
}

#[test]
fn break_even_first_year_effective_and_average_month() {
    // ¥100 broadband today; ¥60 on 300M with ¥100 installation, 24 months.
    // Cumulative saving after m months: ¥40·m − ¥100: −60, −20, +20 ...
    let c = business(vec![line(LineKind::Broadband, 10_000, Usage::default())]);
    let pr = proposal(vec![on("plan.bb-300")], None, &[]);
    let p = priced(&c, &pr, None);
    consistent(&p);
    let s = &p.savings;
    assert_eq!(s.this_month, Money(4_000));
    assert_eq!(s.break_even_month, Some(3));
    assert_eq!(s.first_year, Money(4_000 * 12 - 10_000));
    assert_eq!(s.horizon, Money(4_000 * 24 - 10_000));
    assert_eq!(s.average_month, Money(3_583)); // 86,000 / 24 = 3,583.33
    assert_eq!(p.total, Money(6_000 * 24 + 10_000));
    assert_eq!(p.effective_monthly, Money(6_417)); // 154,000 / 24 = 6,416.67
    assert_eq!(p.steady_monthly, Money(6_000));
    assert_eq!(s.cumulative_current[0], Money(10_000));
    assert_eq!(s.cumulative_proposed[0], Money(16_000));
    assert_eq!(s.cumulative_proposed[23], p.total);
    assert_eq!(s.cumulative_current[23], p.current_total);
    // A six-month horizon still reports the first year's saving.
    let short = priced(&c, &pr, Some(6));
    assert_eq!(short.savings.first_year, Money(38_000));
    assert_eq!(short.savings.horizon, Money(4_000 * 6 - 10_000));
    assert_eq!(short.savings.cumulative_current.len(), 6);
    assert_eq!(short.months.len(), 6);
}

#[test]
fn a_saving_that_runs_out_has_no_break_even() {
    // ¥50 today; ¥59 with three free months: +¥150 after month 3, then −¥9 a
    // month: +¥6 after month 19, −¥3 after month 20.
    let c = business(vec![mobile(5_000, 0, 0)]);
    let pr = proposal(vec![on("plan.m-59")], None, &["promo.m59-free-3"]);
    let at = |h| priced(&c, &pr, Some(h)).savings;
    assert_eq!(at(24).break_even_month, None);
    assert_eq!(at(24).horizon, Money(15_000 - 900 * 21));
    assert_eq!(at(20).break_even_month, None);
    assert_eq!(at(19).break_even_month, Some(1));
    assert_eq!(at(19).horizon, Money(600));
    assert_eq!(at(12).first_year, Money(15_000 - 900 * 9));
    let p = priced(&c, &pr, None);
    consistent(&p);
    assert_eq!(p.savings.this_month, Money(5_000));
    // The steady price is the plan's, once the free months are over.
    assert_eq!(p.steady_monthly, Money(5_900));
    assert_eq!(p.effective_monthly, Money(5_163)); // 123,900 / 24 = 5,162.5 → 5,163
}

#[test]
fn a_proposal_must_cover_every_line() {
    let c = business(vec![mobile(5_000, 0, 0), mobile(5_000, 0, 0)]);
    assert_eq!(
        rejection(&c, &proposal(vec![on("plan.m-59")], None, &[])),
        (RejectionKind::LineCount, "lines".into())
    );
    // A member line with no bundle named.
    assert_eq!(
        rejection(&c, &proposal(vec![member(0), keep()], None, &[])),
        (RejectionKind::Inconsistent, "lines[0]".into())
    );
}
