//! "Keep what you have" is today's bill: keeping everything costs exactly
//! the customer's fees today (lines and `current_account_fee`) over the
//! horizon, plus any wanted handset at retail, and saves exactly nothing;
//! no recommended switch costs more than keeping. Today's bill is computed
//! here from the intake, not by `price()`.
mod common;
#[path = "common/proptest_config.rs"]
mod proptest_config;

use common::{wide_catalog, wide_customer, Rng};
use proposal_engine::{
    default_catalog, optimize, price, Catalog, Customer, Money, Options, Proposal,
};
use proptest::prelude::*;

/// Today's bill over `horizon` months, from the intake alone.
fn todays_bill(cat: &Catalog, c: &Customer, horizon: u32, handsets: bool) -> i64 {
    let monthly: i64 =
        c.lines.iter().map(|l| l.current_monthly_fee.0).sum::<i64>() + c.current_account_fee.0;
    let retail: i64 = c
        .lines
        .iter()
        .filter_map(|l| l.wants_handset.as_ref())
        .filter_map(|h| cat.handsets.iter().find(|x| &x.id == h))
        .map(|h| h.retail_price.0)
        .sum();
    monthly * i64::from(horizon) + if handsets { retail } else { 0 }
}

/// The issue-13 reproducer: a business, one mobile at ¥20, a switchboard
/// it already has, no account fee today.
fn one_mobile(account_fee: i64, features: &[&str]) -> Customer {
    serde_json::from_value(serde_json::json!({
        "segment": {"type": "business", "cluster": "street_shop", "industry": ""},
        "lines": [{"kind": "mobile", "current_monthly_fee": 2000,
                   "usage": {"domestic_min": 100, "data_mb": 1024}}],
        "account_features": features,
        "current_account_fee": account_fee,
    }))
    .unwrap()
}

#[test]
fn keeping_a_switchboard_costs_todays_bill_and_no_dearer_switch_is_recommended() {
    let cat = default_catalog();
    let c = one_mobile(0, &["addon.switchboard"]);
    let found = optimize(&cat, &c, &Options::default()).unwrap();
    let keep = &found.baseline.priced;
    // ¥20 a month for 24 months: ¥480, exactly what the customer pays today.
    assert_eq!(keep.total, Money(48_000));
    assert_eq!(keep.current_total, Money(48_000));
    assert_eq!(keep.savings.horizon, Money::ZERO);
    // Every switch pays the switchboard at the tables' ¥50 a month on top, so
    // the cheapest (Basic 19 at ¥19 + ¥50 = ¥69, ¥1,656) is dearer than keeping.
    let cheapest = &found.alternatives[0].priced;
    assert_eq!(cheapest.total, Money(165_600));
    assert!(cheapest.total > keep.total);
    assert_eq!(cheapest.savings.horizon, Money(48_000 - 165_600));
    let (shown, keep) = found.recommended();
    assert!(keep, "recommended {:?}", shown.title.en);
}

#[test]
fn an_account_fee_today_is_kept_not_saved() {
    let cat = default_catalog();
    for (fee, features) in [
        (2_000, vec![]),
        (2_000, vec!["addon.rbt"]),
        (500, vec!["addon.rbt", "addon.switchboard"]),
    ] {
        let c = one_mobile(fee, &features);
        let keep = optimize(&cat, &c, &Options::default())
            .unwrap()
            .baseline
            .priced;
        // (¥20 + the account fee) × 24, month after month.
        let monthly = 2_000 + fee;
        assert_eq!(keep.total, Money(monthly * 24), "{features:?}");
        assert_eq!(keep.savings.horizon, Money::ZERO, "{features:?}");
        assert!(keep.months.iter().all(|m| m.bill == Money(monthly)));
        assert_eq!(keep.steady_monthly, Money(monthly));
    }
}

fn keep(c: &Customer, handsets: bool) -> Proposal {
    Proposal {
        include_handsets: handsets,
        start_month: 1,
        ..Proposal::keep_all(c.lines.len())
    }
}

proptest! {
    #![proptest_config(proptest_config::cases(128))]

    /// Random customers using every intake field, on the default tables and
    /// on random ones: keeping costs exactly today's bill, month by month.
    #[test]
    fn keeping_everything_is_todays_bill(seed in any::<u64>(), lines in 1u32..12, horizon in 1u32..=60, handsets: bool, default_tables: bool) {
        let mut r = Rng::new(seed);
        let cat = if default_tables { default_catalog() } else { wide_catalog(&mut r, 2, 2, 3) };
        let c = wide_customer(&mut r, &cat, lines);
        let p = price(&cat, &c, &keep(&c, handsets), Some(horizon)).unwrap();
        let today = todays_bill(&cat, &c, horizon, handsets);
        prop_assert_eq!(p.total.0, today);
        prop_assert_eq!(p.current_total.0, today);
        prop_assert_eq!(p.savings.horizon, Money::ZERO);
        for m in &p.months {
            prop_assert_eq!(m.bill, c.current_monthly_bill(), "month {}", m.month);
        }
    }

    /// The same customers through the optimizer: the baseline saves nothing,
    /// and the recommendation never costs more than today's bill.
    #[test]
    fn no_recommended_switch_costs_more_than_keeping(seed in any::<u64>(), lines in 1u32..8, default_tables: bool, authority in 1u8..=3) {
        let mut r = Rng::new(seed);
        let cat = if default_tables { default_catalog() } else { wide_catalog(&mut r, 2, 2, 3) };
        let c = wide_customer(&mut r, &cat, lines);
        let options = Options { authority_level: authority, ..Options::default() };
        let Ok(found) = optimize(&cat, &c, &options) else { return Ok(()) };
        let today = todays_bill(&cat, &c, options.horizon, options.include_handsets);
        prop_assert_eq!(found.baseline.priced.total.0, today);
        prop_assert_eq!(found.baseline.priced.savings.horizon, Money::ZERO);
        // The recommendation the counter and the CLI show (`Proposals::recommended`).
        let (chosen, keep) = found.recommended();
        prop_assert!(chosen.priced.total.0 <= today);
        if keep {
            prop_assert_eq!(chosen.priced.savings.horizon, Money::ZERO);
        } else {
            prop_assert!(chosen.priced.total.0 < today);
            prop_assert!(chosen.priced.savings.horizon.0 > 0);
        }
        for a in &found.alternatives {
            prop_assert_eq!(a.priced.current_total.0, today, "{:?}", a.title.en);
        }
    }
}
