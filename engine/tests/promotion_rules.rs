//! Issue 13's promotion rules, one test each, priced by `price()` on the
//! default tables (`catalog/default.json`) with the arithmetic by hand.
//! Every line has no usage beyond its allowance, so a month's bill is fees
//! less discounts and credits only.
use proposal_engine::catalog::{CapBase, ItemId, Stacking};
use proposal_engine::customer::Customer;
use proposal_engine::pricing::RejectionKind;
use proposal_engine::{default_catalog, price, Assignment, LineChoice, Money, Proposal};

fn customer(json: &str) -> Customer {
    serde_json::from_str(json).expect("fixture")
}

/// `n` lines of `kind` at ¥30 a month, no usage.
fn lines(kind: &str, n: usize) -> String {
    vec![format!(r#"{{"kind": "{kind}", "current_monthly_fee": 3000}}"#); n].join(",")
}

fn business(lines: &str, tenure: u32) -> Customer {
    customer(&format!(
        r#"{{"segment": {{"type": "business", "cluster": "street_shop", "industry": ""}},
            "tenure_months": {tenure}, "lines": [{lines}]}}"#
    ))
}

fn plan(id: &str) -> LineChoice {
    LineChoice {
        assignment: Assignment::Plan {
            plan: ItemId::new(id),
        },
        packs: vec![],
    }
}

fn member() -> LineChoice {
    LineChoice {
        assignment: Assignment::Member { instance: 0 },
        packs: vec![],
    }
}

fn keep() -> LineChoice {
    LineChoice {
        assignment: Assignment::Keep,
        packs: vec![],
    }
}

fn proposal(lines: Vec<LineChoice>, bundle: Option<&str>, promos: &[&str]) -> Proposal {
    Proposal {
        lines,
        bundle: bundle.map(ItemId::new),
        promotions: promos.iter().map(|p| ItemId::new(*p)).collect(),
        include_handsets: true,
        start_month: 1,
    }
}

/// Month `m`'s bill (1-based).
fn bill(p: &proposal_engine::Priced, m: usize) -> Money {
    p.months[m - 1].bill
}

#[test]
fn free_months_waive_the_bundle_fee_not_the_members_fees() {
    // 商航 ¥68 with the landline (¥0 member) and 2 mobiles (¥20 members);
    // promo.new-biz-3free touches the bundle's fee only.
    let c = business(
        &format!("{},{}", lines("landline", 1), lines("mobile", 2)),
        0,
    );
    let p = proposal(
        vec![member(), member(), member()],
        Some("bundle.shanghang"),
        &["promo.new-biz-3free"],
    );
    let x = price(&default_catalog(), &c, &p, Some(24)).unwrap();
    // months 1-3: 0 (bundle) + 0 + 2 × 2,000 = 4,000
    assert_eq!(bill(&x, 1), Money(4_000));
    assert_eq!(bill(&x, 3), Money(4_000));
    // month 4: 6,800 + 4,000 = 10,800
    assert_eq!(bill(&x, 4), Money(10_800));
}

#[test]
fn the_tenure_credit_counts_once_per_account() {
    // 5 mobiles on 5G 59 (¥59), tenure 60 months: ¥10 once, not 5 × ¥10.
    let c = business(&lines("mobile", 5), 60);
    let p = proposal(vec![plan("plan.m-59"); 5], None, &["promo.tenure-5y"]);
    let x = price(&default_catalog(), &c, &p, Some(24)).unwrap();
    // 5 × 5,900 = 29,500 − 1,000 = 28,500 in months 1-12; 29,500 after.
    assert_eq!(x.months[0].credits, Money(1_000));
    assert_eq!(bill(&x, 1), Money(28_500));
    assert_eq!(bill(&x, 13), Money(29_500));
}

#[test]
fn a_volume_tier_counts_the_moved_lines_only() {
    // 10 mobiles of a business, 8 moved to 5G 59, 2 kept at ¥30: 8 lines
    // moved reach the tier from 5 (5%), not the tier from 10 (8%).
    let c = business(&lines("mobile", 10), 0);
    let mut choice = vec![plan("plan.m-59"); 8];
    choice.extend([keep(), keep()]);
    let x = price(
        &default_catalog(),
        &c,
        &proposal(choice, None, &["promo.volume"]),
        Some(24),
    )
    .unwrap();
    // 5,900 × 5% = 295 → 5,605; 8 × 5,605 = 44,840 + 2 × 3,000 = 50,840
    assert_eq!(bill(&x, 1), Money(50_840));
    // All 10 moved: 5,900 × 8% = 472 → 5,428 × 10 = 54,280.
    let all = proposal(vec![plan("plan.m-59"); 10], None, &["promo.volume"]);
    let x = price(&default_catalog(), &c, &all, Some(24)).unwrap();
    assert_eq!(bill(&x, 1), Money(54_280));
}

#[test]
fn a_whole_account_discount_needs_every_line_to_move() {
    let c = customer(&format!(
        r#"{{"segment": {{"type": "key_account", "industry": ""}}, "lines": [{}]}}"#,
        lines("mobile", 10)
    ));
    let mut choice = vec![plan("plan.m-59"); 9];
    choice.push(keep());
    let one_kept = proposal(choice, None, &["promo.ka-bundle-15"]);
    let e = price(&default_catalog(), &c, &one_kept, Some(24)).unwrap_err();
    assert_eq!(e.kind, RejectionKind::Ineligible);
    assert!(e.message.en.contains("every line must move"), "{e}");
    let all = proposal(vec![plan("plan.m-59"); 10], None, &["promo.ka-bundle-15"]);
    let x = price(&default_catalog(), &c, &all, Some(24)).unwrap();
    // 5,900 × 15% = 885 → 5,015 × 10 = 50,150
    assert_eq!(bill(&x, 1), Money(50_150));
}

#[test]
fn two_discounts_compound_or_add_as_the_tables_say() {
    // 10% and 5% off 5G 129 (¥129) in one month: the key account's 15% is
    // not used; promo.half-6 (50%) and promo.volume (5 lines moved: 5%).
    let c = business(&lines("mobile", 5), 0);
    let p = proposal(
        vec![plan("plan.m-129"); 5],
        None,
        &["promo.half-6", "promo.volume"],
    );
    let mut cat = default_catalog();
    assert_eq!(cat.policy.stacking, Stacking::Compound);
    let x = price(&cat, &c, &p, Some(24)).unwrap();
    // compound: 12,900 × 50% = 6,450 → 6,450; × 5% = 322.5 → 323 → 6,127
    assert_eq!(bill(&x, 1), Money(5 * 6_127));
    cat.policy.stacking = Stacking::Add;
    let x = price(&cat, &c, &p, Some(24)).unwrap();
    // add: 55% of 12,900 = 7,095 → 5,805
    assert_eq!(bill(&x, 1), Money(5 * 5_805));
    // month 7, only the 5%: 12,900 × 5% = 645 → 12,255 either way
    assert_eq!(bill(&x, 7), Money(5 * 12_255));
}

#[test]
fn the_10_and_5_percent_of_129_compound_to_18_71_and_add_to_19_35() {
    use proposal_engine::catalog::{FeeRole, Policy, Promotion, PromotionKind};
    use proposal_engine::pricing::schedule::PromoContext;
    use proposal_engine::Bps;
    let off = |id: &str, bps| Promotion {
        id: ItemId::new(id),
        kind: PromotionKind::PercentOff { discount: Bps(bps) },
        to_month: 12,
        ..Promotion::default()
    };
    let (ten, five) = (off("a", 1_000), off("b", 500));
    let mut ctx = PromoContext {
        promotions: vec![&ten, &five],
        line_count: 1,
        moved_lines: 1,
        tenure_months: 0,
        credit_cap: Bps(5_000),
        policy: Policy::default(),
    };
    let p = ItemId::new("p");
    let month = |ctx: &PromoContext| {
        ctx.month(Some(&p), Some(FeeRole::Plan), Money(12_900), Money::ZERO, 1)
            .discount
    };
    // 12,900 × 10% = 1,290 → 11,610; × 5% = 580.5 → 581: 1,871
    assert_eq!(month(&ctx), Money(1_871));
    ctx.policy.stacking = Stacking::Add;
    // 12,900 × 15% = 1,935
    assert_eq!(month(&ctx), Money(1_935));
}

#[test]
fn a_prepay_credit_on_a_bundle_in_its_free_months_is_capped_on_the_account_bill() {
    // 沃商务精英 ¥199 (broadband and a mobile as ¥0 members) in its 3 free
    // months with promo.prepay-600 (¥50 a month on the bundle), and a second
    // mobile on 5G 59 (¥59).
    let c = business(
        &format!("{},{}", lines("broadband", 1), lines("mobile", 2)),
        0,
    );
    let p = proposal(
        vec![member(), member(), plan("plan.m-59")],
        Some("bundle.wo-elite"),
        &["promo.new-biz-3free", "promo.prepay-600"],
    );
    let mut cat = default_catalog();
    assert_eq!(cat.policy.credit_cap_on, CapBase::Account);
    let x = price(&cat, &c, &p, Some(24)).unwrap();
    // month 1: whole bill 0 + 0 + 0 + 5,900 = 5,900; credit min(5,000,
    // 50% × 5,900 = 2,950) = 2,950; bill 2,950
    assert_eq!(x.months[0].credits, Money(2_950));
    assert_eq!(bill(&x, 1), Money(2_950));
    // month 4: 19,900 + 5,900 = 25,800 − 5,000 = 20,800
    assert_eq!(bill(&x, 4), Money(20_800));
    // Capped on the bundle's own bill instead, the credit is lost: 50% of ¥0.
    cat.policy.credit_cap_on = CapBase::Unit;
    let x = price(&cat, &c, &p, Some(24)).unwrap();
    assert_eq!(x.months[0].credits, Money::ZERO);
    assert_eq!(bill(&x, 1), Money(5_900));
}

#[test]
fn tables_without_the_rules_load_with_the_old_behaviour() {
    use proposal_engine::catalog::{CreditBasis, FeeRoles, LinesCounted, Policy};
    use proposal_engine::Catalog;
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../../catalog/default.json")).unwrap();
    json.as_object_mut().unwrap().remove("policy");
    for p in json["promotions"].as_array_mut().unwrap() {
        let p = p.as_object_mut().unwrap();
        for f in ["fees", "credit_per", "lines_counted", "whole_account"] {
            p.remove(f);
        }
    }
    let old = Catalog::load(&json.to_string()).expect("old tables load");
    assert_eq!(old.policy, Policy::default());
    for p in &old.promotions {
        assert_eq!(p.fees, FeeRoles::default());
        assert_eq!(
            (p.credit_per, p.lines_counted, p.whole_account),
            (CreditBasis::Unit, LinesCounted::All, false)
        );
    }
    // And an old table's canonical JSON is unchanged (its fingerprint too):
    // no rule at its default is written.
    let written = old.to_json();
    assert!(!written.contains("\"credit_per\"") && !written.contains("\"policy\""));
    // `fees.addons` false (the default tables state it) is never written:
    // the default tables' canonical JSON has no "addons" in any fees.
    let default = default_catalog();
    assert!(default.promotions.iter().all(|p| !p.fees.addons));
    assert!(!default.to_json().contains("\"addons\":false"));
    // `fees` without `addons` (tables made before it) reads false.
    let fees: FeeRoles =
        serde_json::from_str(r#"{"plan": true, "bundle": false, "members": true}"#).unwrap();
    assert!(!fees.addons);
}

/// The default tables with promo.half-6 (half the fee of ¥129 and up, months
/// 1–6) also halving add-on fees (`fees.addons`), running to `to_month`.
fn half_on_addons(to_month: u32) -> proposal_engine::Catalog {
    let mut cat = default_catalog();
    let p = cat
        .promotions
        .iter_mut()
        .find(|p| p.id == ItemId::new("promo.half-6"))
        .unwrap();
    p.fees.addons = true;
    p.to_month = to_month;
    cat
}

/// One mobile using `data_mb` a month (every other allowance untouched).
fn data_user(data_mb: u32) -> Customer {
    customer(&format!(
        r#"{{"segment": {{"type": "business", "cluster": "street_shop", "industry": ""}},
            "lines": [{{"kind": "mobile", "current_monthly_fee": 30000,
                        "usage": {{"data_mb": {data_mb}}}}}]}}"#
    ))
}

#[test]
fn a_promotion_on_add_ons_halves_the_data_pack_in_its_months() {
    // 5G ¥129 (80 GB) with the 10 GB pack (¥20), 90 GB used: no overage.
    let c = data_user(81_920 + 10_240);
    let mut line = plan("plan.m-129");
    line.packs = vec![ItemId::new("addon.data-10g")];
    let p = proposal(vec![line], None, &["promo.half-6"]);
    let x = price(&half_on_addons(6), &c, &p, Some(24)).unwrap();
    // months 1-6: 12,900 × 50% = 6,450 plan + 2,000 × 50% = 1,000 pack = 7,450
    assert_eq!(bill(&x, 1), Money(7_450));
    assert_eq!(bill(&x, 6), Money(7_450));
    assert_eq!(x.months[0].discounts, Money(6_450 + 1_000));
    assert_eq!(x.months[0].addons, Money(1_000));
    // months 7-24: 12,900 + 2,000 = 14,900
    assert_eq!(bill(&x, 7), Money(14_900));
    // 6 × 7,450 + 18 × 14,900 = 44,700 + 268,200 = 312,900
    assert_eq!(x.total, Money(312_900));
    // The default tables (addons false) halve the plan fee only:
    // 6 × (6,450 + 2,000) + 18 × 14,900 = 50,700 + 268,200 = 318,900.
    let old = price(&default_catalog(), &c, &p, Some(24)).unwrap();
    assert_eq!(old.total, Money(318_900));
}

#[test]
fn the_pack_is_chosen_once_over_the_promotions_months() {
    // 1,500 MB beyond ¥129's 80 GB at ¥0.01: ¥15 a month without a pack,
    // the 10 GB pack ¥20 (¥10 at half price). The optimizer chooses one
    // set for the whole 24 months, weighted by the promotion's months.
    use proposal_engine::optimize::{cheapest, Options};
    let c = data_user(81_920 + 1_500);
    let options = Options {
        horizon: 24,
        authority_level: 2,
        ..Options::default()
    };
    let packs_on_129 = |cat: &proposal_engine::Catalog| {
        let cat = {
            let mut cat = cat.clone();
            // ¥129 and promo.half-6 alone (no credit, no other plan).
            cat.plans.retain(|p| p.id == ItemId::new("plan.m-129"));
            cat.promotions
                .retain(|p| p.id == ItemId::new("promo.half-6"));
            cat.exclusion_groups.clear();
            cat
        };
        let s = cheapest(&cat, &c, &options).expect("a proposal");
        let x = price(&cat, &c, &s.proposal, Some(24)).unwrap();
        assert_eq!(x.total.0, s.cost);
        (s.proposal.lines[0].packs.clone(), x.total)
    };
    // Half price in months 1-6: pack 6 × 1,000 + 18 × 2,000 = 42,000 over
    // no pack 24 × 1,500 = 36,000: no pack. Plan 6 × 6,450 + 18 × 12,900
    // = 38,700 + 232,200 = 270,900; total 270,900 + 36,000 = 306,900.
    assert_eq!(packs_on_129(&half_on_addons(6)), (vec![], Money(306_900)));
    // Half price all 24 months: pack 24 × 1,000 = 24,000 < 36,000: the
    // pack. 24 × 6,450 = 154,800 + 24,000 = 178,800.
    assert_eq!(
        packs_on_129(&half_on_addons(24)),
        (vec![ItemId::new("addon.data-10g")], Money(178_800))
    );
}
