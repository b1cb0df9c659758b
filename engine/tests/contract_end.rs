//! Switching at the current contract's end (`Proposal::start_month`): the
//! months before the start are today's bill, promotions count from the
//! start, one-offs are paid in the start month, and no exit fee is due once
//! the contract has ended. The optimizer offers the cheapest such proposal
//! and recommends it when it is cheaper. Figures by hand from
//! `catalog/default.json`.
mod common;
#[path = "common/proptest_config.rs"]
mod proptest_config;

use common::{wide_catalog, wide_customer, Rng};
use proposal_engine::optimize::{at_contract_end, cheapest, eligible};
use proposal_engine::pricing::{OneOffKind, RejectionKind};
use proposal_engine::{
    default_catalog, optimize, price, Assignment, Customer, ItemId, LineChoice, Money, Options,
    Proposal,
};
use proptest::prelude::*;

/// The example: ¥65 a month today, 5 months left, a ¥300 exit fee,
/// one mobile using 250 minutes and 8 GB.
fn contract_customer() -> Customer {
    serde_json::from_value(serde_json::json!({
        "segment": {"type": "individual"},
        "lines": [{"kind": "mobile", "current_monthly_fee": 6500,
                   "usage": {"domestic_min": 250, "data_mb": 8192}}],
        "contract": {"months_left": 5, "exit_fee": 30000},
    }))
    .unwrap()
}

fn on_plan(plan: &str, start_month: u32) -> Proposal {
    Proposal {
        lines: vec![LineChoice {
            assignment: Assignment::Plan {
                plan: ItemId::new(plan),
            },
            packs: vec![],
        }],
        bundle: None,
        promotions: vec![],
        include_handsets: true,
        start_month,
    }
}

#[test]
fn switching_at_the_contracts_end_is_todays_bill_until_then_and_no_exit_fee() {
    let cat = default_catalog();
    let c = contract_customer();
    // 5G 29 (plan.m-29): ¥29 with 200 min and 10 GB; 250 − 200 = 50 min over
    // at ¥0.15 = ¥7.50; 8 GB fits in 10 GB: ¥36.50 a month.
    // Now: 24 × ¥36.50 = ¥876 + the ¥300 exit fee = ¥1,176.
    let now = price(&cat, &c, &on_plan("plan.m-29", 1), Some(24)).unwrap();
    assert_eq!(now.total, Money(117_600));
    assert!(now.one_offs.iter().any(|o| o.kind == OneOffKind::ExitFee));
    // In month 6, when the 5 months left have run: 5 × ¥65 = ¥325 today's
    // bill, then 19 × ¥36.50 = ¥693.50; no exit fee: ¥1,018.50.
    let later = price(&cat, &c, &on_plan("plan.m-29", 6), Some(24)).unwrap();
    assert_eq!(later.total, Money(101_850));
    assert!(later.one_offs.is_empty());
    for m in &later.months[..5] {
        assert_eq!(m.bill, Money(6_500), "month {}", m.month);
    }
    for m in &later.months[5..] {
        assert_eq!(m.bill, Money(3_650), "month {}", m.month);
    }
    // Against keeping (24 × ¥65 = ¥1,560): ¥1,560 − ¥1,018.50 = ¥541.50.
    assert_eq!(later.current_total, Money(156_000));
    assert_eq!(later.savings.horizon, Money(54_150));
    // The line's first month on its new plan is month 6's ¥36.50.
    assert_eq!(later.lines[0].first_month, Money(3_650));
    // Starting in month 5, inside the contract, the exit fee is still due:
    // 4 × ¥65 + 20 × ¥36.50 + ¥300 = ¥260 + ¥730 + ¥300 = ¥1,290.
    let inside = price(&cat, &c, &on_plan("plan.m-29", 5), Some(24)).unwrap();
    assert_eq!(inside.total, Money(129_000));
}

#[test]
fn the_optimizer_offers_and_recommends_the_contracts_end() {
    let cat = default_catalog();
    let c = contract_customer();
    let found = optimize(&cat, &c, &Options::default()).unwrap();
    let later = found
        .alternatives
        .iter()
        .find(|a| a.proposal.start_month == 6)
        .expect("an alternative starting at the contract's end");
    assert_eq!(later.priced.total, Money(101_850));
    let start = later.start.as_ref().unwrap();
    assert_eq!(start.start_month, 6);
    // ¥1,176 − ¥1,018.50 = ¥157.50 less than 5G 29 now; the ¥300 exit fee avoided.
    assert_eq!(start.extra_saving, Money(15_750));
    assert_eq!(start.exit_fee_avoided, Money(30_000));
    assert!(start.label.zh.contains("第 6 个月起"), "{}", start.label.zh);
    assert!(
        start.words.zh.contains("多省 ¥157.50"),
        "{}",
        start.words.zh
    );
    assert!(
        start.words.en.contains("¥157.50 less"),
        "{}",
        start.words.en
    );
    // Switching now is offered too, at ¥1,176.
    let now = found
        .alternatives
        .iter()
        .find(|a| a.proposal.start_month == 1 && a.proposal.lines == later.proposal.lines)
        .expect("the same packages now");
    assert_eq!(now.priced.total, Money(117_600));
    assert!(now.start.is_none());
    // Two options, two titles.
    assert_eq!(later.title.zh, format!("{}（第 6 个月起）", now.title.zh));
    assert_eq!(later.title.en, format!("{} (from month 6)", now.title.en));
    // Cheaper over the horizon, so recommended and the cheapest.
    let (chosen, keep) = found.recommended();
    assert!(!keep);
    assert_eq!(chosen.proposal.start_month, 6);
    assert_eq!(
        found.contract_end().map(|a| a.priced.total),
        Some(Money(101_850))
    );
    assert!(chosen.badges.contains(&proposal_engine::Badge::Cheapest));
}

#[test]
fn no_contracts_end_alternative_without_an_exit_fee_or_inside_the_horizon() {
    let cat = default_catalog();
    let mut c = contract_customer();
    c.contract.exit_fee = Money::ZERO;
    let found = optimize(&cat, &c, &Options::default()).unwrap();
    assert!(found
        .alternatives
        .iter()
        .all(|a| a.proposal.start_month == 1));
    assert!(found.contract_end().is_none());
    let mut c = contract_customer();
    c.contract.months_left = 24;
    let found = optimize(&cat, &c, &Options::default()).unwrap();
    assert!(found
        .alternatives
        .iter()
        .all(|a| a.proposal.start_month == 1));
}

#[test]
fn a_start_month_outside_the_horizon_is_refused() {
    let cat = default_catalog();
    let c = contract_customer();
    for start in [0, 25] {
        let e = price(&cat, &c, &on_plan("plan.m-29", start), Some(24)).unwrap_err();
        assert_eq!(e.kind, RejectionKind::StartMonth, "{start}");
    }
}

/// Promotions count from the start month: "5G plans: half price for 6
/// months" on 5G 129 started in month 4 runs in months 4 to 9.
#[test]
fn promotions_count_from_the_start_month() {
    let cat = default_catalog();
    let mut c = contract_customer();
    c.lines[0].current_monthly_fee = Money(20_000);
    c.lines[0].usage.data_mb = 61_440;
    c.contract.months_left = 3;
    let mut p = on_plan("plan.m-129", 4);
    p.promotions = vec![ItemId::new("promo.half-6")];
    let x = price(&cat, &c, &p, Some(24)).unwrap();
    // Months 1–3: today's ¥200; months 4–9: ¥129 × 50% = ¥64.50 (1,000 min,
    // 80 GB cover the usage); months 10–24: ¥129.
    // 3 × ¥200 + 6 × ¥64.50 + 15 × ¥129 = ¥600 + ¥387 + ¥1,935 = ¥2,922.
    assert_eq!(x.total, Money(292_200));
    assert_eq!(x.months[2].bill, Money(20_000));
    assert_eq!(x.months[3].bill, Money(6_450));
    assert_eq!(x.months[8].bill, Money(6_450));
    assert_eq!(x.months[9].bill, Money(12_900));
    let end = &x.promotion_ends[0];
    assert_eq!((end.first_month, end.last_month), (4, 9));
}

/// One-offs are paid in the start month, and the account's extras today are
/// billed until then: a landline (¥50 installation) started in month 3 for a
/// customer paying ¥10 of account extras today.
#[test]
fn one_offs_in_the_start_month_and_todays_account_extras_before_it() {
    let cat = default_catalog();
    let c: Customer = serde_json::from_value(serde_json::json!({
        "segment": {"type": "individual"},
        "lines": [{"kind": "landline", "current_monthly_fee": 3000, "origin": "other_operator",
                   "usage": {"domestic_min": 100}}],
        "current_account_fee": 1000,
        "contract": {"months_left": 2, "exit_fee": 5000},
    }))
    .unwrap();
    let x = price(&cat, &c, &on_plan("plan.l-basic", 3), Some(12)).unwrap();
    // Months 1–2: ¥30 + ¥10 = ¥40; from month 3 the basic landline ¥20
    // (100 of 200 minutes), no account extras.
    assert_eq!(x.months[0].bill, Money(4_000));
    assert_eq!(x.months[1].bill, Money(4_000));
    assert_eq!(x.months[2].bill, Money(2_000));
    let install: i64 = x.one_offs.iter().map(|o| o.amount.0).sum();
    assert!(x.one_offs.iter().all(|o| o.kind != OneOffKind::ExitFee));
    let cum = &x.savings.cumulative_proposed;
    assert_eq!(cum[1], Money(8_000), "no one-off before the start");
    // Month 3: ¥80 + the one-offs + ¥20.
    assert_eq!(cum[2], Money(8_000 + install + 2_000));
    // 2 × ¥40 + 10 × ¥20 + one-offs = ¥280 + one-offs.
    assert_eq!(x.total, Money(28_000 + install));
}

proptest! {
    #![proptest_config(proptest_config::cases(64))]

    /// The rule the optimizer's contract-end alternative relies on: a
    /// proposal started in month `s` over `h` months costs `(s − 1)` months of
    /// today's bill plus the same proposal started now over `h − s + 1`
    /// months, less the exit fee once the contract has ended.
    #[test]
    fn a_later_start_is_todays_bill_then_the_proposal_from_month_one(
        seed in any::<u64>(), lines in 1u32..6, start in 2u32..=12, default_tables: bool,
    ) {
        let mut r = Rng::new(seed);
        let cat = if default_tables { default_catalog() } else { wide_catalog(&mut r, 2, 2, 3) };
        let c = wide_customer(&mut r, &cat, lines);
        let h = 24;
        let Some(s) = cheapest(&cat, &c, &Options::default()) else { return Ok(()) };
        let later = Proposal { start_month: start, ..s.proposal.clone() };
        let a = price(&cat, &c, &later, Some(h)).unwrap();
        let b = price(&cat, &c, &s.proposal, Some(h - start + 1)).unwrap();
        let exit = c.contract.exit_fee.0 * i64::from(c.contract.months_left > 0);
        let waived = if start > c.contract.months_left { exit } else { 0 };
        let today = c.current_monthly_bill().0 * i64::from(start - 1);
        prop_assert_eq!(a.total.0, today + b.total.0 - waived);
        for m in &a.months[..start as usize - 1] {
            prop_assert_eq!(m.bill, c.current_monthly_bill());
        }
    }

    /// The contract-end alternative is exactly the cheapest proposal started
    /// at the contract's end: every proposal the search's start-now optimum
    /// over the shorter horizon could be, started in that month, costs no
    /// less (the brute force over every proposal is `exactness.rs`).
    #[test]
    fn the_contracts_end_alternative_is_the_cheapest_started_then(
        seed in any::<u64>(), lines in 1u32..6, left in 1u32..12,
    ) {
        let mut r = Rng::new(seed);
        let cat = wide_catalog(&mut r, 2, 2, 3);
        let mut c = wide_customer(&mut r, &cat, lines);
        c.contract.months_left = left;
        c.contract.exit_fee = Money(20_000);
        let options = Options::default();
        let mut notes = Vec::new();
        let e = eligible(&cat, &c, &options, &mut notes);
        let Some(p) = at_contract_end(&cat, &c, &options, &e) else { return Ok(()) };
        prop_assert_eq!(p.start_month, left + 1);
        let total = price(&cat, &c, &p, Some(24)).unwrap().total;
        // Any start-now optimum of the full horizon, moved to the same start,
        // costs at least as much.
        if let Some(now) = cheapest(&cat, &c, &options) {
            let moved = Proposal { start_month: left + 1, ..now.proposal };
            prop_assert!(price(&cat, &c, &moved, Some(24)).unwrap().total >= total);
        }
    }
}

/// The proposal document states the start month: when the packages start,
/// the first-month column at month 6 (¥36.50), what waiting saves, and no
/// exit fee counted.
#[test]
fn the_document_shows_the_start_month() {
    let cat = default_catalog();
    let c = contract_customer();
    let opts = Options::default();
    let today = proposal_engine::Date::parse("2026-12-02").unwrap();
    let doc =
        proposal_engine::build_document(&cat, &c, &on_plan("plan.m-29", 6), &opts, today).unwrap();
    assert_eq!(doc.starts.zh, "第 6 个月起办理（现有合约到期后）");
    assert_eq!(
        doc.starts.en,
        "Starts in month 6, when the current contract ends"
    );
    assert_eq!(doc.first_month_label.zh, "第 6 个月");
    assert_eq!(doc.first_month_bill, Money(3_650));
    assert!(doc.conditions.iter().any(|t| t.zh.contains("多省 ¥157.50")));
    assert!(!doc
        .conditions
        .iter()
        .any(|t| t.zh.contains("已计入现有合约的提前解约费")));
    // Months 1–5 at today's ¥65 (no saving), then ¥36.50 from month 6.
    assert_eq!((doc.steps[0].from_month, doc.steps[0].to_month), (1, 5));
    assert_eq!(doc.steps[0].saving, Money::ZERO);
    assert_eq!(doc.steps[1].from_month, 6);
    assert_eq!(doc.steps[1].bill, Money(3_650));
    // Switching now says the exit fee is counted, and starts now.
    let now =
        proposal_engine::build_document(&cat, &c, &on_plan("plan.m-29", 1), &opts, today).unwrap();
    assert_eq!(now.starts.zh, "立即办理（第 1 个月起）");
    assert!(now
        .conditions
        .iter()
        .any(|t| t.zh.contains("已计入现有合约的提前解约费 ¥300.00")));
}

/// The share link carries the start month: the contract-end proposal opens
/// on the phone starting in month 6, at ¥1,018.50.
#[test]
fn the_link_carries_the_start_month() {
    use proposal_engine::share::{decode, encode, Shared};
    let cat = default_catalog();
    let c = contract_customer();
    let shared = Shared {
        customer: c.clone(),
        chosen: Some(on_plan("plan.m-29", 6)),
        horizon: 24,
        rep_name: String::new(),
        rep_phone: String::new(),
        valid_until: String::new(),
        catalog: cat.reference(),
        edited_json: String::new(),
        approval: None,
    };
    let opened = decode(&encode(&shared, &cat), &cat).unwrap();
    let chosen = opened.shared.chosen.clone().unwrap();
    assert_eq!(chosen.start_month, 6);
    let view = proposal_engine::screen::link::phone_view(&cat, &opened, &c).unwrap();
    assert_eq!(view.priced.total, Money(101_850));
}
