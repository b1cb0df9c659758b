//! The screens' decisions, made once in the engine: keep vs switch, the
//! tables a link's session is priced with, what the phone shows, and the
//! session view both rep pages render.
mod common;

use common::{customer, Rng};
use proposal_engine::date::Date;
use proposal_engine::optimize::{Options, DEFAULT_HORIZON};
use proposal_engine::screen::link::{
    chosen_for, customer_code, customer_of_code, edited_tables, phone_view,
};
use proposal_engine::screen::session::session_view;
use proposal_engine::share::{decode, edited_json, encode, Shared};
use proposal_engine::{default_catalog, optimize, price, Catalog, Customer, Money};

fn shared(cat: &Catalog, c: Customer) -> Shared {
    let chosen = optimize(cat, &c, &Options::default())
        .ok()
        .map(|p| p.alternatives[0].proposal.clone());
    Shared {
        customer: c,
        chosen,
        horizon: DEFAULT_HORIZON,
        rep_name: String::new(),
        rep_phone: String::new(),
        valid_until: String::new(),
        catalog: cat.reference(),
        edited_json: String::new(),
        approval: None,
    }
}

#[test]
fn keep_is_recommended_exactly_when_nothing_costs_less() {
    let cat = default_catalog();
    let mut c = customer(&mut Rng::new(3), 3);
    for l in &mut c.lines {
        l.current_monthly_fee = Money(500_000);
    }
    let p = optimize(&cat, &c, &Options::default()).unwrap();
    let (a, keep) = p.recommended();
    assert!(
        !keep && !p.keep_is_cheaper(),
        "paying ¥5,000 a line: switch"
    );
    assert_eq!(a, &p.alternatives[0]);
    for l in &mut c.lines {
        l.current_monthly_fee = Money(1);
    }
    let p = optimize(&cat, &c, &Options::default()).unwrap();
    let (a, keep) = p.recommended();
    assert!(keep && p.keep_is_cheaper(), "paying ¥0.01 a line: keep");
    assert_eq!(a, &p.baseline);
    let mut tie = p.clone();
    tie.alternatives[0].priced.total = tie.baseline.priced.total;
    assert!(tie.recommended().1, "a tie keeps what the customer has");
}

#[test]
fn a_sessions_edited_tables_are_rebuilt_only_when_valid() {
    let published = default_catalog();
    let mut draft = published.clone();
    draft.plans[2].monthly_fee = Money(1);
    let patch = edited_json(&published, &draft);
    assert_eq!(edited_tables(&published, &patch), Some(draft.clone()));
    assert_eq!(edited_tables(&published, ""), None);
    assert_eq!(edited_tables(&published, "not json"), None);
    let mut broken = published.clone();
    broken.plans[2].monthly_fee = Money(-5);
    let patch = edited_json(&published, &broken);
    assert_eq!(
        edited_tables(&published, &patch),
        None,
        "invalid tables never price"
    );
}

#[test]
fn the_phone_prices_the_chosen_proposal_and_falls_back_when_lines_change() {
    let published = default_catalog();
    let mut draft = published.clone();
    draft.plans[2].monthly_fee = Money(1);
    let c = customer(&mut Rng::new(5), 4);
    let mut s = shared(&draft, c.clone());
    s.edited_json = edited_json(&published, &draft);
    let opened = decode(&encode(&s, &draft), &published).unwrap();
    let view = phone_view(&published, &opened, &c).expect("priced");
    let chosen = s.chosen.clone().unwrap();
    // Priced with the link's edited prices, not the app's.
    assert_eq!(
        view.priced,
        price(&draft, &c, &chosen, Some(DEFAULT_HORIZON)).unwrap()
    );
    assert_eq!(chosen_for(&opened, &c), Some(chosen));
    let mut fewer = c.clone();
    fewer.lines.pop();
    assert_eq!(chosen_for(&opened, &fewer), None);
    let view = phone_view(&published, &opened, &fewer).expect("fallback");
    let best = optimize(&draft, &fewer, &Options::default()).unwrap();
    let (recommended, _) = best.recommended();
    assert_eq!(view.title, recommended.title);
    assert_eq!(view.priced, recommended.priced);
    assert_eq!(
        view.proposal, recommended.proposal,
        "the full proposal opens this one"
    );
}

#[test]
fn the_session_view_keeps_a_links_customer_as_data() {
    let today = Date::parse("2026-12-01").unwrap();
    let mut linked = customer(&mut Rng::new(8), 2);
    linked.lines[0].usage.data_mb = 1_500;
    let typed = customer(&mut Rng::new(9), 2);
    let v = session_view(Some(&linked), Some(&typed), "", today);
    assert_eq!(v.customer.as_ref(), Some(&linked));
    assert_eq!(v.customer.unwrap().lines[0].usage.data_mb, 1_500);
    assert!(!v.date_fallback);
    let v = session_view(None, Some(&typed), "yesterday", today);
    assert_eq!(v.customer.as_ref(), Some(&typed));
    assert!(v.date_fallback);
    assert_eq!(v.valid_until, Date::parse("2026-12-15").unwrap());
    assert_eq!(session_view(None, None, "", today).customer, None);
}

#[test]
fn a_customer_code_keeps_the_customer_exactly() {
    let cat = default_catalog();
    for seed in 0..20 {
        let mut c = customer(&mut Rng::new(seed), 1 + (seed as u32 % 6));
        c.lines[0].usage.data_mb = 1_500;
        c.tenure_months = 13;
        assert_eq!(customer_of_code(&customer_code(&c, &cat), &cat), Some(c));
    }
    assert_eq!(customer_of_code("", &cat), None);
    assert_eq!(customer_of_code("garbage!", &cat), None);
}
