//! Offer windows and audiences (issue 18): a plan, bundle, add-on or
//! promotion is offered only on the days it is on sale and only to the
//! customers it is for; what is not offered is named with the reason; the
//! proposal prints the window; the tables' JSON and workbook carry it; the
//! default tables, which set none, keep their fingerprint.
#[path = "support/propose.rs"]
mod propose;

use proposal_engine::catalog::{validate_catalog, Audience, Eligibility};
use proposal_engine::customer::Customer;
use proposal_engine::document::eligibility_words;
use proposal_engine::optimize::{describe_proposal, eligible};
use proposal_engine::pricing::{check_on_sale, ending_warnings, ending_within, RejectionKind};
use proposal_engine::{default_catalog, optimize, Catalog, Date, LineOrigin, Options, Text};

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// One mobile line at ¥128 a month, with this operator for five years.
fn customer(origin: LineOrigin, months_left: u32) -> Customer {
    let mut c: Customer = serde_json::from_str(
        r#"{"segment": {"type": "individual"}, "tenure_months": 60,
            "lines": [{"kind": "mobile", "current_monthly_fee": 12800,
                       "usage": {"domestic_min": 300, "data_mb": 20480}}]}"#,
    )
    .expect("fixture");
    c.lines[0].origin = origin;
    c.contract.months_left = months_left;
    c
}

/// 网龄满5年每月赠10元: on the cheapest proposal of a five-year customer.
const TENURE: &str = "promo.tenure-5y";

fn with_rule(rule: Eligibility) -> Catalog {
    let mut c = default_catalog();
    let p = c
        .promotions
        .iter_mut()
        .find(|p| p.id.0 == TENURE)
        .expect("the default tables have promo.tenure-5y");
    p.eligibility = Eligibility {
        min_tenure_months: p.eligibility.min_tenure_months,
        ..rule
    };
    c
}

fn on(date: &str) -> Options {
    Options {
        date: Some(day(date)),
        ..Options::default()
    }
}

/// Whether promo.tenure-5y is offered, and the notes the counter shows.
fn offered(c: &Catalog, customer: &Customer, options: &Options) -> (bool, Vec<Text>) {
    let mut notes = Vec::new();
    let e = eligible(c, customer, options, &mut notes);
    (e.promotions.iter().any(|p| p.id.0 == TENURE), notes)
}

fn window(from: Option<&str>, until: Option<&str>) -> Eligibility {
    Eligibility {
        on_sale_from: from.map(day),
        on_sale_until: until.map(day),
        ..Eligibility::default()
    }
}

#[test]
fn a_promotion_is_offered_on_the_days_of_its_window_only() {
    let c = with_rule(window(Some("2026-12-01"), Some("2026-12-31")));
    let me = customer(LineOrigin::ThisOperator, 0);
    for d in ["2026-12-01", "2026-12-15", "2026-12-31"] {
        assert!(offered(&c, &me, &on(d)).0, "on sale on {d}");
    }
    let (yes, notes) = offered(&c, &me, &on("2027-01-01"));
    assert!(!yes);
    // First of the notes: what a rep most needs to tell the customer.
    assert_eq!(notes[0].zh, "网龄满5年每月赠10元：已于 2026-12-31 结束办理");
    assert!(notes[0]
        .en
        .ends_with("no longer on sale (ended 2026-12-31)"));
    assert!(notes.len() > 1, "the other notes stay: {notes:?}");
    let (yes, notes) = offered(&c, &me, &on("2026-11-30"));
    assert!(!yes);
    assert!(
        notes
            .iter()
            .any(|n| n.zh == "网龄满5年每月赠10元：2026-12-01 起办理，尚未开始"),
        "{notes:?}"
    );
    // No date (a link made before windows existed): no calendar check.
    assert!(offered(&c, &me, &Options::default()).0);
}

#[test]
fn an_expired_promotion_leaves_the_cheapest_proposal() {
    let me = customer(LineOrigin::ThisOperator, 0);
    let open = default_catalog();
    let uses = |c: &Catalog, o: &Options| {
        optimize(c, &me, o)
            .expect("proposals")
            .alternatives
            .iter()
            .any(|a| a.proposal.promotions.iter().any(|p| p.0 == TENURE))
    };
    assert!(
        uses(&open, &on("2027-01-01")),
        "the fixture needs promo.tenure-5y in some alternative"
    );
    let ended = with_rule(window(None, Some("2026-12-31")));
    assert!(uses(&ended, &on("2026-12-31")));
    assert!(!uses(&ended, &on("2027-01-01")));
}

#[test]
fn a_proposal_ordering_an_item_off_sale_is_refused_with_the_item() {
    let me = customer(LineOrigin::ThisOperator, 0);
    let c = with_rule(window(None, Some("2026-12-31")));
    let found = optimize(&c, &me, &on("2026-12-31")).unwrap();
    let with_half = found
        .alternatives
        .iter()
        .find(|a| a.proposal.promotions.iter().any(|p| p.0 == TENURE))
        .expect("an alternative with promo.tenure-5y")
        .proposal
        .clone();
    assert!(check_on_sale(&c, &with_half, day("2026-12-31")).is_ok());
    let no = check_on_sale(&c, &with_half, day("2027-01-01")).unwrap_err();
    assert_eq!(no.kind, RejectionKind::NotOnSale);
    assert!(no.path.starts_with("promotions["), "{}", no.path);
    assert_eq!(
        no.message.zh,
        "网龄满5年每月赠10元：已于 2026-12-31 结束办理"
    );
    // A rep's own pick is described only while on sale.
    assert!(describe_proposal(&c, &me, &with_half, &on("2026-12-31")).is_ok());
    assert!(describe_proposal(&c, &me, &with_half, &on("2027-01-01")).is_err());
}

#[test]
fn audiences_new_customers_other_operators_and_contract_ending() {
    let rule = |audiences: Vec<Audience>, months: Option<u32>| {
        with_rule(Eligibility {
            audiences,
            contract_ending_within_months: months,
            ..Eligibility::default()
        })
    };
    let mine = customer(LineOrigin::ThisOperator, 6);
    let other = customer(LineOrigin::OtherOperator, 6);
    let fresh = customer(LineOrigin::New, 0);
    let d = Options::default();

    let new_only = rule(vec![Audience::NewCustomers], None);
    assert!(offered(&new_only, &other, &d).0);
    assert!(offered(&new_only, &fresh, &d).0);
    let (yes, notes) = offered(&new_only, &mine, &d);
    assert!(!yes);
    assert!(
        notes
            .iter()
            .any(|n| n.zh == "网龄满5年每月赠10元：仅限新客户办理"),
        "{notes:?}"
    );

    let movers = rule(vec![Audience::FromOtherOperator], None);
    assert!(offered(&movers, &other, &d).0);
    assert!(!offered(&movers, &fresh, &d).0);
    assert!(!offered(&movers, &mine, &d).0);

    let ending = rule(vec![Audience::ContractEnding], Some(3));
    assert!(!offered(&ending, &mine, &d).0, "6 months left");
    assert!(offered(&ending, &customer(LineOrigin::ThisOperator, 3), &d).0);
    assert!(offered(&ending, &customer(LineOrigin::ThisOperator, 0), &d).0);
    assert!(!offered(&ending, &customer(LineOrigin::OtherOperator, 0), &d).0);

    // Any of several audiences.
    let either = rule(
        vec![Audience::NewCustomers, Audience::ContractEnding],
        Some(3),
    );
    assert!(offered(&either, &other, &d).0);
    assert!(offered(&either, &customer(LineOrigin::ThisOperator, 2), &d).0);
    let (yes, notes) = offered(&either, &mine, &d);
    assert!(!yes);
    assert!(
        notes
            .iter()
            .any(|n| n.zh
                == "网龄满5年每月赠10元：仅限新客户或合约已到期或 3 个月内到期的老客户办理"),
        "{notes:?}"
    );
}

#[test]
fn the_proposal_prints_the_window_and_the_audience() {
    let rule = Eligibility {
        on_sale_from: Some(day("2026-12-01")),
        on_sale_until: Some(day("2026-12-31")),
        audiences: vec![Audience::FromOtherOperator],
        ..Eligibility::default()
    };
    let words = eligibility_words(&rule);
    assert_eq!(
        words.zh,
        "限异网转入客户；办理期限 2026-12-01 至 2026-12-31"
    );
    assert_eq!(
        words.en,
        "for customers moving from another operator only; on sale 2026-12-01 to 2026-12-31"
    );
    assert_eq!(
        eligibility_words(&window(None, Some("2027-02-28"))).zh,
        "办理截止 2027-02-28"
    );
}

#[test]
fn windows_and_audiences_are_validated() {
    let problems = |rule: Eligibility| -> Vec<String> {
        match validate_catalog(&with_rule(rule)) {
            Ok(()) => Vec::new(),
            Err(p) => p.into_iter().map(|p| p.path).collect(),
        }
    };
    assert!(problems(window(Some("2026-12-01"), Some("2026-12-01"))).is_empty());
    assert!(problems(window(Some("2026-12-02"), Some("2026-12-01")))
        .iter()
        .any(|p| p.ends_with("eligibility.on_sale_until")));
    let ending_without_months = Eligibility {
        audiences: vec![Audience::ContractEnding],
        ..Eligibility::default()
    };
    assert!(problems(ending_without_months)
        .iter()
        .any(|p| p.ends_with("eligibility.contract_ending_within_months")));
    let months_without_ending = Eligibility {
        contract_ending_within_months: Some(3),
        ..Eligibility::default()
    };
    assert!(!problems(months_without_ending).is_empty());
    let twice = Eligibility {
        audiences: vec![Audience::NewCustomers, Audience::NewCustomers],
        ..Eligibility::default()
    };
    assert!(problems(twice).iter().any(|p| p.ends_with("audiences[1]")));
}

#[test]
fn the_tables_json_writes_days_as_text_and_the_default_is_unchanged() {
    // An item with no window writes exactly what it wrote before windows.
    assert_eq!(
        serde_json::to_string(&Eligibility::default()).unwrap(),
        r#"{"segments":[],"min_lines":null,"max_lines":null,"min_tenure_months":null}"#
    );
    let rule = Eligibility {
        on_sale_until: Some(day("2026-12-31")),
        audiences: vec![Audience::ContractEnding],
        contract_ending_within_months: Some(2),
        ..Eligibility::default()
    };
    let json = serde_json::to_string(&rule).unwrap();
    assert!(json.contains(r#""on_sale_until":"2026-12-31""#), "{json}");
    assert!(
        json.contains(r#""audiences":["contract_ending"]"#),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Eligibility>(&json).unwrap(), rule);
    assert!(serde_json::from_str::<Eligibility>(r#"{"on_sale_until":"2026-02-30"}"#).is_err());
    assert_eq!(
        serde_json::from_str::<Eligibility>(r#"{"on_sale_until":""}"#).unwrap(),
        Eligibility::default()
    );
}

#[test]
fn the_editor_is_warned_of_offers_ending_within_14_days() {
    let mut c = with_rule(window(None, Some("2026-12-14")));
    c.plans[0].eligibility.on_sale_until = Some(day("2026-12-31"));
    let soon = ending_within(&c, day("2026-12-01"), 14);
    assert_eq!(
        soon.iter()
            .map(|e| (e.id.0.as_str(), e.until, e.days_left))
            .collect::<Vec<_>>(),
        vec![(TENURE, day("2026-12-14"), 13)]
    );
    // An offer already ended is not "ending"; the last day is.
    let later = ending_within(&c, day("2026-12-20"), 14);
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].id, c.plans[0].id);
    assert!(ending_within(&c, day("2027-01-01"), 14).is_empty());
    let warned = ending_warnings(&c, day("2026-12-14"));
    assert_eq!(warned.len(), 1);
    assert!(
        warned[0].path.starts_with("promotions["),
        "{}",
        warned[0].path
    );
    assert!(warned[0].path.ends_with("].eligibility.on_sale_until"));
    assert_eq!(
        warned[0].message.zh,
        "网龄满5年每月赠10元 将于 2026-12-14 结束办理（今天是最后一天）：请准备续期或替代优惠"
    );
    let warned = ending_warnings(&c, day("2026-12-01"));
    assert!(
        warned[0].message.zh.contains("（还有 13 天）"),
        "{:?}",
        warned[0]
    );
}

#[test]
fn the_cli_offers_only_what_is_on_sale_on_its_date() {
    let c = with_rule(window(None, Some("2026-12-31")));
    let dir = std::env::temp_dir().join(format!("offer-windows-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let tables = dir.join("tables.json");
    std::fs::write(&tables, serde_json::to_string(&c).unwrap()).unwrap();
    let me = serde_json::to_string(&customer(LineOrigin::ThisOperator, 0)).unwrap();
    let t = tables.to_str().unwrap();
    let (code, before, err) = propose::run(&["--catalog", t, "--date", "2026-12-31"], &me);
    assert_eq!(code, 0, "{err}");
    assert!(before.contains(TENURE), "{before}");
    let (code, after, err) = propose::run(&["--catalog", t, "--date", "2027-01-01"], &me);
    assert_eq!(code, 0, "{err}");
    assert!(!after.contains(TENURE), "{after}");
    let (code, _, err) = propose::run(&["--catalog", t, "--date", "2027-02-30"], &me);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--date"), "{err}");
}

#[test]
fn the_phone_recommends_afresh_only_what_is_on_sale_today() {
    use proposal_engine::screen::link::phone_view_on;
    use proposal_engine::share::{decode, encode, Shared};
    let c = with_rule(window(None, Some("2026-12-31")));
    let me = customer(LineOrigin::ThisOperator, 0);
    // A link with no proposal of its own: the phone recommends afresh.
    let shared = Shared {
        customer: me.clone(),
        chosen: None,
        horizon: proposal_engine::optimize::DEFAULT_HORIZON,
        rep_name: String::new(),
        rep_phone: String::new(),
        valid_until: String::new(),
        catalog: c.reference(),
        edited_json: String::new(),
        approval: None,
    };
    let opened = decode(&encode(&shared, &c), &c).expect("the link opens");
    let has = |d: &str| {
        phone_view_on(&c, &opened, &me, Some(day(d)))
            .expect("priced")
            .proposal
            .promotions
            .iter()
            .any(|p| p.0 == TENURE)
    };
    assert!(has("2026-12-31"));
    assert!(!has("2027-01-01"));
}
