//! The bundle rules of the package tables (issue 13), each priced by
//! `price()` on the default tables (`catalog/default.json`) against figures
//! worked out by hand, in fen; the validator's checks of them; and old
//! tables without the fields still load, price as they did and keep their
//! fingerprint. One-off fees are left out of the figures (`monthly_total`):
//! they are another rule's.
use proposal_engine::catalog::{FreeCallScope, HandsetFeeShare, ItemId, LineKind};
use proposal_engine::customer::{Line, LineOrigin, Usage};
use proposal_engine::pricing::{LineCost, OneOffKind, RejectionKind, UnitKind};
use proposal_engine::{
    catalog_warnings, default_catalog, price, validate_catalog, Assignment, Bps, Catalog, Customer,
    LineChoice, Money, Priced, Proposal,
};

fn line(kind: LineKind, fee: i64, minutes: u32, own: u32) -> Line {
    Line {
        kind,
        label: String::new(),
        current_monthly_fee: Money(fee),
        usage: Usage {
            domestic_min: minutes,
            own_calls: Bps(own),
            min_speed_mbps: if kind == LineKind::Broadband { 300 } else { 0 },
            ..Usage::default()
        },
        features: vec![],
        wants_handset: None,
        origin: LineOrigin::ThisOperator,
        handset_mode: Default::default(),
        current_plan: String::new(),
        estimated: Vec::new(),
    }
}

fn customer(lines: Vec<Line>) -> Customer {
    let mut c: Customer =
        serde_json::from_str(r#"{"segment":{"type":"family"},"lines":[]}"#).unwrap();
    c.lines = lines;
    c
}

fn member(instance: u32) -> LineChoice {
    LineChoice {
        assignment: Assignment::Member { instance },
        packs: vec![],
    }
}

fn on(plan: &str) -> LineChoice {
    LineChoice {
        assignment: Assignment::Plan {
            plan: ItemId::new(plan),
        },
        packs: vec![],
    }
}

fn proposal(bundle: &str, lines: Vec<LineChoice>) -> Proposal {
    Proposal {
        lines,
        bundle: Some(ItemId::new(bundle)),
        promotions: vec![],
        include_handsets: true,
        start_month: 1,
    }
}

fn priced(cat: &Catalog, c: &Customer, p: &Proposal) -> Priced {
    price(cat, c, p, Some(24)).expect("a valid proposal")
}

fn line_cost(x: &Priced, index: usize) -> &LineCost {
    x.lines
        .iter()
        .find(|l| l.unit == UnitKind::Line { index })
        .unwrap()
}

/// A family: broadband and three mobiles; mobile 1 makes 800 min a month,
/// 30% to the family's own lines. Its voice lines: 3, so each mobile has 2
/// others.
fn family() -> Customer {
    customer(vec![
        line(LineKind::Broadband, 12_000, 0, 0),
        line(LineKind::Mobile, 13_900, 800, 3_000),
        line(LineKind::Mobile, 9_900, 100, 0),
        line(LineKind::Mobile, 5_900, 100, 0),
    ])
}

fn family_bundle(cat: &Catalog) -> &proposal_engine::catalog::Bundle {
    cat.bundle(&ItemId::new("bundle.family")).unwrap()
}

#[test]
fn the_family_main_card_pays_no_member_fee() {
    let cat = default_catalog();
    let c = family();
    let all = proposal("bundle.family", vec![member(0); 4]);
    let x = priced(&cat, &c, &all);
    // 主卡外每部副卡10元: the first mobile (intake order) ¥0, the two others ¥10.
    let fees: Vec<Money> = (1..4).map(|i| line_cost(&x, i).base_fee).collect();
    assert_eq!(fees, [Money(0), Money(1_000), Money(1_000)]);
    // A month: 12,900 + 0 + 2 × 1,000 + mobile 1's usage (800 × 70% = 560
    // − 500 = 60 min × ¥0.15 = 900) = 15,800; 24 months 379,200.
    assert_eq!(x.monthly_total, Money(379_200));
    // The main card is the first mobile of the instance, wherever the
    // others go: mobile 1 on a plan, mobile 2 becomes the main card.
    let p = proposal(
        "bundle.family",
        vec![member(0), on("plan.m-19"), member(0), member(0)],
    );
    let x = priced(&cat, &c, &p);
    assert_eq!(line_cost(&x, 2).base_fee, Money(0));
    assert_eq!(line_cost(&x, 3).base_fee, Money(1_000));
    // Tables without the field: every mobile ¥10, (15,800 + 1,000) × 24
    // = 16,800 × 24 = 403,200.
    let mut old = cat.clone();
    old.bundles.iter_mut().for_each(|b| {
        b.slots.iter_mut().for_each(|s| s.free_members = 0);
    });
    assert_eq!(priced(&old, &c, &all).monthly_total, Money(403_200));
}

#[test]
fn the_family_bundles_words_and_data_agree() {
    let cat = default_catalog();
    let b = family_bundle(&cat);
    assert!(b.description.zh.contains("主卡外每部副卡10元"));
    assert!(b.description.en.contains("main card free"));
    assert!(b.description.en.contains("¥10"));
    assert_eq!(
        (b.slots[1].member_fee, b.slots[1].free_members),
        (Money(1_000), 1)
    );
    assert_eq!(validate_catalog(&cat), Ok(()));
}

/// The validator's problems at `bundles[family].description` after `f`.
fn description_problem(f: fn(&mut proposal_engine::catalog::Bundle)) -> Option<(String, String)> {
    let mut cat = default_catalog();
    let i = cat
        .bundles
        .iter()
        .position(|b| b.id.as_str() == "bundle.family")
        .unwrap();
    f(&mut cat.bundles[i]);
    let path = format!("bundles[{i}].description");
    validate_catalog(&cat)
        .err()?
        .into_iter()
        .find(|p| p.path == path)
        .map(|p| (p.message.zh, p.message.en))
}

#[test]
fn a_description_contradicting_the_member_fees_is_a_problem_in_both_languages() {
    // The old family data: ¥10 on every mobile while the words say 主卡外.
    let (zh, en) = description_problem(|b| b.slots[1].free_members = 0).unwrap();
    assert!(
        zh.contains("主卡免月费") && en.contains("main card is free"),
        "{en}"
    );
    // The old English text: "at ¥10 each", no main card.
    let (_, en) = description_problem(|b| {
        b.description.en = "500M broadband with 1 to 4 mobiles at ¥10 each".into()
    })
    .unwrap();
    assert!(en.contains("the English one does not"), "{en}");
    // 副卡10元 but the members pay ¥20.
    let (zh, en) = description_problem(|b| b.slots[1].member_fee = Money(2_000)).unwrap();
    assert!(
        zh.contains("副卡10元") && en.contains("¥10, no slot"),
        "{en}"
    );
    // A free seat the Chinese words do not state.
    let (_, en) = description_problem(|b| {
        b.description.zh = "500M宽带加1至4部手机；每部副卡10元/月。".into()
    })
    .unwrap();
    assert!(en.contains("does not say so"), "{en}");
    // More free seats than the slot holds.
    let mut cat = default_catalog();
    cat.bundles[0].slots[0].free_members = cat.bundles[0].slots[0].max + 1;
    let problems = validate_catalog(&cat).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.path == "bundles[0].slots[0].free_members"));
}

/// Tables saved before these fields load with their old meaning and write
/// nothing new, so their fingerprint stays.
#[test]
fn old_tables_without_the_fields_load_and_keep_their_fingerprint() {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../../catalog/default.json")).unwrap();
    for b in json["bundles"].as_array_mut().unwrap() {
        for s in b["slots"].as_array_mut().unwrap() {
            s.as_object_mut().unwrap().remove("free_members");
        }
    }
    let old = Catalog::from_json(&json.to_string()).expect("old tables load");
    let b = family_bundle(&old);
    assert_eq!(b.slots[1].free_members, 0);
    let written: serde_json::Value = serde_json::from_str(&old.to_json()).unwrap();
    for (w, j) in written["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .zip(json["bundles"].as_array().unwrap())
    {
        for (ws, js) in w["slots"]
            .as_array()
            .unwrap()
            .iter()
            .zip(j["slots"].as_array().unwrap())
        {
            let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().count();
            assert_eq!(keys(ws), keys(js), "nothing new is written");
        }
    }
}

#[test]
fn only_calls_to_members_of_the_same_instance_are_free() {
    let cat = default_catalog();
    let c = family();
    // Mobile 1 alone in the family bundle (500 min), the others on
    // plan.m-19: 0 of its 2 others share the instance, nothing is free:
    // 800 − 500 = 300 min × ¥0.15 = 4,500.
    let alone = proposal(
        "bundle.family",
        vec![member(0), member(0), on("plan.m-19"), on("plan.m-19")],
    );
    assert_eq!(
        line_cost(&priced(&cat, &c, &alone), 1).overage,
        Money(4_500)
    );
    // With mobile 2: 1 of 2 others, 30% × 1/2 = 15% free:
    // 800 × 85% = 680 − 500 = 180 × 15 = 2,700.
    let two = proposal(
        "bundle.family",
        vec![member(0), member(0), member(0), on("plan.m-19")],
    );
    assert_eq!(line_cost(&priced(&cat, &c, &two), 1).overage, Money(2_700));
    // All three: 2 of 2, the whole 30%: 800 × 70% = 560 − 500 = 60 × 15 = 900.
    let all = proposal("bundle.family", vec![member(0); 4]);
    assert_eq!(line_cost(&priced(&cat, &c, &all), 1).overage, Money(900));
    // Tables without the field (the whole share free wherever the others
    // are) price the lone member as before: 900.
    let mut old = cat.clone();
    for b in &mut old.bundles {
        b.free_calls_scope = FreeCallScope::AllOwnLines;
        b.max_instances = 0;
    }
    assert_eq!(line_cost(&priced(&old, &c, &alone), 1).overage, Money(900));
}

#[test]
fn long_distance_is_free_only_where_the_tables_say() {
    let cat = default_catalog();
    let mut c = family();
    // Mobile 1 also makes 200 long-distance minutes (the family bundle has
    // no long-distance rate: they count as domestic minutes).
    c.lines[1].usage.long_distance_min = 200;
    let all = proposal("bundle.family", vec![member(0); 4]);
    // Free too (default tables): 560 + 200 × 70% = 140: 700 − 500 = 200 ×
    // 15 = 3,000.
    assert_eq!(line_cost(&priced(&cat, &c, &all), 1).overage, Money(3_000));
    // Domestic only: 560 + 200 − 500 = 260 × 15 = 3,900.
    let mut domestic = cat.clone();
    domestic
        .bundles
        .iter_mut()
        .for_each(|b| b.free_calls_long_distance = false);
    assert_eq!(
        line_cost(&priced(&domestic, &c, &all), 1).overage,
        Money(3_900)
    );
}

#[test]
fn one_family_bundle_per_account() {
    let cat = default_catalog();
    let mut c = family();
    c.lines.push(line(LineKind::Broadband, 12_000, 0, 0));
    let two = proposal(
        "bundle.family",
        vec![member(0), member(0), member(1), on("plan.m-19"), member(1)],
    );
    let e = price(&cat, &c, &two, Some(24)).unwrap_err();
    assert_eq!(e.kind, RejectionKind::OverCapacity, "{e}");
    // Free calls within the instance need the limit: validated.
    let mut unlimited = cat.clone();
    unlimited.bundles[0].max_instances = 0;
    let problems = validate_catalog(&unlimited).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.path == "bundles[0].max_instances"));
}

/// What the proposal pays for its handsets, once.
fn handsets(x: &Priced) -> Money {
    Money(
        x.one_offs
            .iter()
            .filter(|o| o.kind == OneOffKind::Handset)
            .map(|o| o.amount.0)
            .sum(),
    )
}

/// A contract handset inside a bundle (`handset_fee_share: shared` on the
/// default 家庭融合, ¥129 an instance, mobiles ¥10): toward the Redmi's ¥59
/// minimum (contract ¥499, retail ¥1,099) count the member fee and ¥129 ÷
/// the instance's members (every kind), rounded down to the fen. The fee
/// counted is the slot's (¥10), a free main-card seat's too.
#[test]
fn the_bundle_fee_shared_among_members_counts_toward_a_handset() {
    let cat = default_catalog();
    let mut c = family();
    c.lines[3].wants_handset = Some(ItemId::new("handset.redmi"));
    // Broadband and mobile 3: 1,000 + 12,900 ÷ 2 = 1,000 + 6,450 = 7,450 ≥
    // 5,900: contract price 49,900.
    let two = proposal(
        "bundle.family",
        vec![member(0), on("plan.m-19"), on("plan.m-19"), member(0)],
    );
    assert_eq!(handsets(&priced(&cat, &c, &two)), Money(49_900));
    // Broadband and mobiles 2 and 3: 1,000 + 12,900 ÷ 3 = 1,000 + 4,300 =
    // 5,300 < 5,900: retail 109,900; all four: 1,000 + 3,225 = 4,225: retail.
    let three = proposal(
        "bundle.family",
        vec![member(0), on("plan.m-19"), member(0), member(0)],
    );
    assert_eq!(handsets(&priced(&cat, &c, &three)), Money(109_900));
    let all = proposal("bundle.family", vec![member(0); 4]);
    assert_eq!(handsets(&priced(&cat, &c, &all)), Money(109_900));
    // Tables without the field count the member fee alone: 1,000 < 5,900,
    // retail even with two members.
    let mut old = cat.clone();
    for b in &mut old.bundles {
        b.handset_fee_share = HandsetFeeShare::MemberFee;
    }
    assert_eq!(handsets(&priced(&old, &c, &two)), Money(109_900));
    // Rounded down: 商航 ¥68 ÷ 3 members = 2,266.67 → 2,266, + ¥20 = 4,266.
    let shanghang = cat.bundle(&ItemId::new("bundle.shanghang")).unwrap();
    assert_eq!(
        shanghang.handset_committed_fee(LineKind::Mobile, 3),
        Money(2_000 + 2_266)
    );
    // The optimizer prices the share: broadband and one mobile (300 min)
    // wanting the Redmi. 家庭融合 with both: 1,000 + 12,900 ÷ 2 = 7,450 ≥
    // 5,900: contract 49,900; 300 ≤ 500 min; the mobile in the free seat
    // pays ¥0; months 1-12 12,900 × 80% (family-20) = 10,320 − 5,000
    // (prepay-600, ≤ half of 10,320) = 5,320, months 13-24 12,900: 12 ×
    // 5,320 + 12 × 12,900 = 63,840 + 154,800 = 218,640 + 49,900 = 268,540.
    // (The member fee alone, 0 < 5,900, would put it at retail: 328,540.)
    // Without the bundle: plan.bb-300 6,000 + plan.m-59 5,900 (≥ 5,900,
    // contract) = 11,900 × 24 = 285,600 + 49,900 = 335,500: dearer.
    let mut pair = customer(vec![
        line(LineKind::Broadband, 12_000, 0, 0),
        line(LineKind::Mobile, 13_900, 300, 0),
    ]);
    pair.lines[1].wants_handset = Some(ItemId::new("handset.redmi"));
    let best = proposal_engine::optimize(&cat, &pair, &proposal_engine::Options::default())
        .unwrap()
        .alternatives
        .remove(0);
    assert_eq!(best.proposal.bundle, Some(ItemId::new("bundle.family")));
    assert_eq!(handsets(&best.priced), Money(49_900));
    assert_eq!(best.priced.total, Money(268_540));
    // Shared toward a handset needs one instance per account: validated.
    let mut unlimited = cat.clone();
    let family = unlimited
        .bundles
        .iter()
        .position(|b| b.id.as_str() == "bundle.family")
        .unwrap();
    unlimited.bundles[family].max_instances = 0;
    unlimited.bundles[family].free_calls_among_members = false;
    let problems = validate_catalog(&unlimited).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.path == format!("bundles[{family}].handset_fee_share")));
}

/// Issue 14: a plan's or bundle's name stating `N元` states its monthly fee;
/// a fee changed without the name is flagged at the name, in both languages,
/// without refusing the tables.
#[test]
fn a_name_stating_a_price_must_match_the_monthly_fee() {
    let mut cat = default_catalog();
    assert_eq!(catalog_warnings(&cat), vec![]);
    let b = cat
        .bundles
        .iter()
        .position(|b| b.id.as_str() == "bundle.family")
        .unwrap();
    cat.bundles[b].monthly_fee = Money(13_900);
    let p = cat
        .plans
        .iter()
        .position(|p| p.id.as_str() == "plan.m-19")
        .unwrap();
    cat.plans[p].monthly_fee = Money(1_950);
    assert_eq!(validate_catalog(&cat), Ok(()), "a warning, not a refusal");
    let problems = catalog_warnings(&cat);
    let at = |path: String| {
        problems
            .iter()
            .find(|x| x.path == path)
            .map(|x| (x.message.zh.clone(), x.message.en.clone()))
    };
    let (zh, en) = at(format!("bundles[{b}].name")).expect("the bundle's name is flagged");
    assert!(
        zh.contains("名称写129元") && zh.contains("月费是139元"),
        "{zh}"
    );
    assert!(en.contains("¥129") && en.contains("¥139"), "{en}");
    let (zh, en) = at(format!("plans[{p}].name")).expect("the plan's name is flagged");
    assert!(zh.contains("19元") && zh.contains("19.50元"), "{zh}");
    assert!(en.contains("¥19.50"), "{en}");
    // A name with no price, or a renamed one, is no problem.
    cat.bundles[b].name.zh = "家庭融合139元".into();
    cat.plans[p].name.zh = "基础套餐".into();
    assert_eq!(catalog_warnings(&cat), vec![]);
}
