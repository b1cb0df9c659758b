//! Issue 13's one-off rule (`fees[].line_kinds`, `fees[].origins`): a fee
//! only where something new is installed. Each test prices the default
//! tables (`catalog/default.json`) with `price()` and states the arithmetic
//! by hand. Default fees: fee.ll-install ¥50 (landline), fee.bb-install
//! ¥100 (broadband), fee.sim ¥10 (mobile), each for lines `other_operator`
//! or `new` only; every mobile plan and every bundle lists fee.sim.
use proposal_engine::catalog::{FreeCallScope, ItemId};
use proposal_engine::customer::Customer;
use proposal_engine::{
    build_document, default_catalog, optimize, price, validate_catalog, Assignment, Catalog, Date,
    LineChoice, Money, Options, Proposal,
};

fn line(kind: &str, origin: &str) -> String {
    format!(r#"{{"kind": "{kind}", "current_monthly_fee": 5000, "origin": "{origin}"}}"#)
}

fn shop(lines: &[String]) -> Customer {
    serde_json::from_str(&format!(
        r#"{{"segment": {{"type": "business", "cluster": "street_shop", "industry": ""}},
            "lines": [{}]}}"#,
        lines.join(",")
    ))
    .expect("fixture")
}

fn choice(assignment: Assignment) -> LineChoice {
    LineChoice {
        assignment,
        packs: vec![],
    }
}

fn plan(id: &str) -> LineChoice {
    choice(Assignment::Plan {
        plan: ItemId::new(id),
    })
}

fn member(instance: u32) -> LineChoice {
    choice(Assignment::Member { instance })
}

fn proposal(lines: Vec<LineChoice>, bundle: Option<&str>) -> Proposal {
    Proposal {
        lines,
        bundle: bundle.map(ItemId::new),
        promotions: vec![],
        include_handsets: true,
        start_month: 1,
    }
}

/// What `p` pays once, in fen.
fn once(cat: &Catalog, c: &Customer, p: &Proposal) -> i64 {
    price(cat, c, p, Some(24)).expect("valid").one_offs_total.0
}

/// A landline and two mobiles into 商航 (bundle.shanghang, one instance):
/// from this operator nothing is installed: 0 (the engine before the rule
/// charged the bundle's fee.ll-install ¥50 once per instance). The landline
/// from another operator pays fee.ll-install 5,000; the mobiles from another
/// operator and new pay fee.sim 2 × 1,000: 5,000 + 2,000 = 7,000.
#[test]
fn a_bundle_charges_only_the_members_that_are_installed() {
    let cat = default_catalog();
    let mine = shop(&[
        line("landline", "this_operator"),
        line("mobile", "this_operator"),
        line("mobile", "this_operator"),
    ]);
    let p = proposal(
        vec![member(0), member(0), member(0)],
        Some("bundle.shanghang"),
    );
    assert_eq!(once(&cat, &mine, &p), 0);
    let moved_in = shop(&[
        line("landline", "other_operator"),
        line("mobile", "other_operator"),
        line("mobile", "new"),
    ]);
    let priced = price(&cat, &moved_in, &p, Some(24)).unwrap();
    assert_eq!(priced.one_offs_total, Money(7_000));
    let labels: Vec<&str> = priced
        .one_offs
        .iter()
        .map(|o| o.label.zh.as_str())
        .collect();
    assert_eq!(labels, ["固话装机费", "SIM卡工本费 ×2"]);
    // The monthly bills do not depend on where a line comes from.
    let mine_priced = price(&cat, &mine, &p, Some(24)).unwrap();
    assert_eq!(priced.monthly_total, mine_priced.monthly_total);
    assert_eq!(priced.total.0 - mine_priced.total.0, 7_000);
}

/// Two 商航 instances, each with a landline: the two landlines from this
/// operator pay nothing (before: 2 × 5,000 = 10,000 once per instance); one
/// of them new pays 5,000. The default tables allow one 商航 per account
/// (`max_instances` 1), so on tables that allow several (no limit, free
/// calls to all own lines, as tables before the fields).
#[test]
fn each_instance_charges_its_own_new_landline() {
    let mut cat = default_catalog();
    for b in &mut cat.bundles {
        b.max_instances = 0;
        b.free_calls_scope = FreeCallScope::AllOwnLines;
    }
    let p = proposal(vec![member(0), member(1)], Some("bundle.shanghang"));
    let both = shop(&[
        line("landline", "this_operator"),
        line("landline", "this_operator"),
    ]);
    assert_eq!(once(&cat, &both, &p), 0);
    let one_new = shop(&[line("landline", "this_operator"), line("landline", "new")]);
    assert_eq!(once(&cat, &one_new, &p), 5_000);
}

/// A mobile onto plan.m-19 (¥19, lists fee.sim): this operator 0, another
/// operator 1,000, new 1,000; a broadband onto plan.bb-300 (fee.bb-install):
/// this operator 0, another operator 10,000. A kept line pays nothing.
#[test]
fn a_plan_charges_a_line_by_its_origin() {
    let cat = default_catalog();
    for (kind, plan_id, origin, fee) in [
        ("mobile", "plan.m-19", "this_operator", 0),
        ("mobile", "plan.m-19", "other_operator", 1_000),
        ("mobile", "plan.m-19", "new", 1_000),
        ("broadband", "plan.bb-300", "this_operator", 0),
        ("broadband", "plan.bb-300", "other_operator", 10_000),
    ] {
        let c = shop(&[line(kind, origin)]);
        let p = proposal(vec![plan(plan_id)], None);
        assert_eq!(once(&cat, &c, &p), fee, "{kind} {origin}");
    }
    let c = shop(&[
        line("mobile", "other_operator"),
        line("mobile", "other_operator"),
    ]);
    let p = proposal(vec![plan("plan.m-19"), choice(Assignment::Keep)], None);
    // 1,000 for the moved line; the kept one gets no new SIM.
    assert_eq!(once(&cat, &c, &p), 1_000);
}

/// Tables stored before the rule (fees without `line_kinds` and `origins`,
/// no fee.sim listed) load and price as the engine did: the bundle's
/// fee.ll-install once per instance whatever the line, 5,000.
#[test]
fn tables_without_the_fields_price_as_before() {
    let mut old: serde_json::Value =
        serde_json::from_str(&default_catalog().to_json()).expect("json");
    for fee in old["fees"].as_array_mut().unwrap() {
        let f = fee.as_object_mut().unwrap();
        f.remove("line_kinds");
        f.remove("origins");
    }
    for list in ["plans", "bundles"] {
        for item in old[list].as_array_mut().unwrap() {
            let fees = item["one_off_fees"].as_array_mut().unwrap();
            fees.retain(|f| f != "fee.sim");
        }
    }
    let cat = Catalog::load(&old.to_string()).expect("old tables load");
    assert!(cat
        .fees
        .iter()
        .all(|f| f.line_kinds.is_empty() && f.origins.is_empty()));
    let c = shop(&[
        line("landline", "this_operator"),
        line("mobile", "other_operator"),
    ]);
    let p = proposal(vec![member(0), member(0)], Some("bundle.shanghang"));
    assert_eq!(once(&cat, &c, &p), 5_000);
    // And on a plan: once per line, whatever its origin.
    let c = shop(&[line("landline", "this_operator")]);
    assert_eq!(
        once(&cat, &c, &proposal(vec![plan("plan.l-basic")], None)),
        5_000
    );
}

/// The optimizer prices the rule as `price()` does: a shop whose landline
/// and four mobiles (¥50 each today, no usage) come from another operator
/// moves them all (to plan.l-basic ¥20 and plan.m-19 ¥19: every package
/// with room for them lists the fees of its kinds, so the fees change no
/// choice) and pays the landline's 5,000 and 4 SIMs, 4 × 1,000: 9,000; the
/// same shop from this operator pays nothing once, and the same months.
#[test]
fn the_optimizer_charges_what_price_charges() {
    let cat = default_catalog();
    let lines = |origin: &str| {
        let mut v = vec![line("landline", origin)];
        v.extend((0..4).map(|_| line("mobile", origin)));
        shop(&v)
    };
    let from_other = lines("other_operator");
    let found = optimize(&cat, &from_other, &Options::default()).unwrap();
    let best = &found.alternatives[0];
    assert!(best
        .proposal
        .lines
        .iter()
        .all(|l| l.assignment != Assignment::Keep));
    assert_eq!(best.priced.one_offs_total, Money(9_000));
    let mine = optimize(&cat, &lines("this_operator"), &Options::default()).unwrap();
    assert_eq!(mine.alternatives[0].priced.one_offs_total, Money::ZERO);
    assert_eq!(
        best.priced.total.0 - mine.alternatives[0].priced.total.0,
        9_000
    );
}

/// The proposal's tariff terms say who pays each one-off fee.
#[test]
fn the_tariff_terms_say_who_pays_each_fee() {
    let cat = default_catalog();
    let c = shop(&[line("landline", "other_operator")]);
    let p = proposal(vec![plan("plan.l-basic")], None);
    let doc = build_document(
        &cat,
        &c,
        &p,
        &Options::default(),
        Date::parse("2026-12-02").unwrap(),
    )
    .unwrap();
    let terms = &doc.disclosures[0].charging;
    assert!(
        terms
            .zh
            .contains("固话装机费 ¥50.00（每部固话；仅异网、新装号码）"),
        "{}",
        terms.zh
    );
    assert!(
        terms.en.contains("Landline installation ¥50.00 (per landline line; only lines: other operator, new line)"),
        "{}",
        terms.en
    );
}

/// A fee by origin must name its line kinds, in Chinese and English.
#[test]
fn a_fee_by_origin_without_kinds_is_refused() {
    let mut cat = default_catalog();
    cat.fees[0].line_kinds.clear();
    let problems = validate_catalog(&cat).unwrap_err();
    let p = problems
        .iter()
        .find(|p| p.path == "fees[0].origins")
        .expect("a problem at the field");
    assert!(p.message.zh.contains("须注明线路类型"), "{}", p.message.zh);
    assert!(
        p.message.en.contains("must name its line kinds"),
        "{}",
        p.message.en
    );
    let mut twice = default_catalog();
    let first = twice.fees[0].origins[0];
    twice.fees[0].origins.push(first);
    let problems = validate_catalog(&twice).unwrap_err();
    assert!(problems.iter().any(|p| p.path == "fees[0].origins"));
    assert!(validate_catalog(&default_catalog()).is_ok());
}
