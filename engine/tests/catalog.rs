//! The package tables: the shipped defaults pass the validator and cover every
//! concept of the domain; the fingerprint follows the content, not the file's
//! layout; validation reports every problem at once with its path; bad JSON
//! names its line and column; an intake's problems carry their paths too.
use std::collections::HashSet;

use proposal_engine::catalog::{
    fingerprint, AddOnKind, ItemId, LineKind, PromotionKind, Scope, SegmentKind,
};
use proposal_engine::customer::{
    validate_customer, validate_customer_for, Cluster, CurrentContract, Line, Segment, Usage,
};
use proposal_engine::{default_catalog, validate_catalog, Bps, Catalog, Customer, Money, Problem};

const DEFAULT_JSON: &str = include_str!("../../catalog/default.json");

/// A problem as the tests name it: its path and its English text (the
/// Chinese one is checked by `every_problem_the_validators_report_has_both_texts`).
fn problem(path: &str, message: &str) -> (String, String) {
    (path.into(), message.into())
}

fn english(problems: &[Problem]) -> Vec<(String, String)> {
    problems
        .iter()
        .map(|p| (p.path.clone(), p.message.en.clone()))
        .collect()
}

fn id(s: &str) -> ItemId {
    ItemId::new(s)
}

#[test]
fn the_default_tables_pass_the_validator() {
    let catalog = default_catalog();
    assert_eq!(validate_catalog(&catalog), Ok(()));
    // What the app does with any file: read and validate in one step.
    assert_eq!(Catalog::load(DEFAULT_JSON), Ok(catalog.clone()));
    assert_eq!(catalog.schema_version, 1);
    assert_eq!(catalog.id, "default");
    assert_eq!(catalog.version, 1);
    assert_eq!(catalog.effective_from, "2026-12-01");
    assert_eq!(catalog.currency, "CNY");
    assert_eq!(catalog.credit_cap, Bps(5_000));
    assert_eq!(catalog.brand.operator.zh, "示例电信 · 政企与个人资费");
    assert_eq!(catalog.brand.operator.en, "Example Telecom");
}

#[test]
fn the_default_tables_cover_every_concept() {
    let c = default_catalog();
    let items = c.plans.len()
        + c.bundles.len()
        + c.addons.len()
        + c.promotions.len()
        + c.handsets.len()
        + c.fees.len();
    assert!(items >= 30, "only {items} items");

    let plans_of = |k: LineKind| c.plans.iter().filter(|p| p.kind == k).count();
    assert!(plans_of(LineKind::Mobile) >= 7);
    assert!(plans_of(LineKind::Landline) >= 2);
    assert_eq!(plans_of(LineKind::Broadband), 3);
    let speeds: HashSet<u32> = c
        .plans
        .iter()
        .filter(|p| p.kind == LineKind::Broadband)
        .map(|p| p.speed_mbps)
        .collect();
    assert_eq!(speeds, HashSet::from([300, 500, 1000]));
    assert!(c
        .plans
        .iter()
        .any(|p| p.kind == LineKind::Landline && p.rates.long_distance_per_min.is_some()));
    assert!(c
        .plans
        .iter()
        .any(|p| p.contract_months == 12 && p.early_exit_fee > Money::ZERO));
    assert!(c
        .plans
        .iter()
        .any(|p| p.contract_months == 24 && p.early_exit_fee > Money::ZERO));
    // Mobile plans from about ¥19 to ¥299 a month, as published tariffs run.
    let fees: Vec<i64> = c
        .plans
        .iter()
        .filter(|p| p.kind == LineKind::Mobile)
        .map(|p| p.monthly_fee.0)
        .collect();
    assert_eq!(fees.iter().min(), Some(&1_900));
    assert_eq!(fees.iter().max(), Some(&29_900));

    // 商航: one landline, up to five mobiles, calls among them free.
    let sh = c.bundle(&id("bundle.shanghang")).expect("商航套餐");
    let land = sh.slot(LineKind::Landline).unwrap();
    let mobile = sh.slot(LineKind::Mobile).unwrap();
    assert_eq!((land.min, land.max), (1, 1));
    assert_eq!((mobile.min, mobile.max), (0, 5));
    assert!(mobile.member_fee > Money::ZERO);
    assert!(sh.free_calls_among_members);
    // 沃商务 free / elite / premium: broadband host, mobiles; premium includes
    // the ring-back tone and the switchboard.
    for edition in ["bundle.wo-free", "bundle.wo-elite", "bundle.wo-premium"] {
        let b = c.bundle(&id(edition)).expect(edition);
        let bb = b.slot(LineKind::Broadband).unwrap();
        assert_eq!((bb.min, bb.max), (1, 1), "{edition}");
        assert!(bb.speed_mbps > 0, "{edition}");
        assert!(b.slot(LineKind::Mobile).unwrap().min >= 1, "{edition}");
    }
    let premium = c.bundle(&id("bundle.wo-premium")).unwrap();
    assert!(premium.includes.contains(&id("addon.rbt")));
    assert!(premium.includes.contains(&id("addon.switchboard")));
    let family = c.bundle(&id("bundle.family")).expect("family bundle");
    assert!(family.slot(LineKind::Broadband).is_some());
    assert_eq!(family.slot(LineKind::Mobile).unwrap().max, 4);

    let addon_kinds: HashSet<AddOnKind> = c.addons.iter().map(|a| a.kind).collect();
    for k in [
        AddOnKind::DataPack,
        AddOnKind::LongDistancePack,
        AddOnKind::PushToTalk,
        AddOnKind::Switchboard,
        AddOnKind::Surveillance,
        AddOnKind::RingBackTone,
    ] {
        assert!(addon_kinds.contains(&k), "no {k:?}");
    }
    for kind in [LineKind::Mobile, LineKind::Landline] {
        assert!(
            c.addons
                .iter()
                .any(|a| a.kind == AddOnKind::LongDistancePack && a.line_kinds.contains(&kind)),
            "no long-distance pack for {kind:?}"
        );
    }
    // A mobile long-distance pack is only worth something on a mobile plan
    // that bills long distance apart.
    assert!(c
        .plans
        .iter()
        .any(|p| p.kind == LineKind::Mobile && p.rates.long_distance_per_min.is_some()));
    let ptt = c.addon(&id("addon.ptt")).unwrap();
    assert_eq!(ptt.scope, Scope::PerLine);
    for account in ["addon.switchboard", "addon.surveillance", "addon.rbt"] {
        assert_eq!(c.addon(&id(account)).unwrap().scope, Scope::PerAccount);
    }

    let mut promo_kinds = HashSet::new();
    for p in &c.promotions {
        promo_kinds.insert(std::mem::discriminant(&p.kind));
    }
    assert_eq!(promo_kinds.len(), 5, "every kind of promotion");
    let free = c.promotion(&id("promo.new-biz-3free")).unwrap();
    assert_eq!(free.kind, PromotionKind::FreeMonths);
    assert!(free.eligibility.segments.contains(&SegmentKind::Business));
    let volume = c.promotion(&id("promo.volume")).unwrap();
    let PromotionKind::VolumeDiscount { tiers } = &volume.kind else {
        panic!("promo.volume is a volume discount");
    };
    let tiers: Vec<(u32, u32)> = tiers.iter().map(|t| (t.min_lines, t.discount.0)).collect();
    assert_eq!(tiers, vec![(5, 500), (10, 800), (30, 1_200)]);
    assert_eq!(
        volume.eligibility.segments,
        vec![SegmentKind::Business, SegmentKind::KeyAccount]
    );
    let levels: HashSet<u8> = c.promotions.iter().map(|p| p.authority_level).collect();
    assert_eq!(levels, HashSet::from([1, 2, 3]));
    assert!(c.exclusion_groups.len() >= 2);

    assert!(c.handsets.len() >= 2);
    for h in &c.handsets {
        assert!(h.contract_price < h.retail_price, "{}", h.id);
        assert!(h.contract_months > 0 && h.min_monthly_fee > Money::ZERO);
    }
    let install = c.fee(&id("fee.bb-install")).unwrap().amount;
    assert!((10_000..=20_000).contains(&install.0));
    assert_eq!(c.fee(&id("fee.sim")).unwrap().amount, Money(1_000));
    assert!(c.fee(&id("fee.ll-install")).is_some());
}

#[test]
fn the_default_tables_are_bilingual_with_descriptions() {
    let c = default_catalog();
    let texts = c
        .plans
        .iter()
        .map(|p| (&p.id, &p.name, &p.description))
        .chain(c.bundles.iter().map(|b| (&b.id, &b.name, &b.description)))
        .chain(c.addons.iter().map(|a| (&a.id, &a.name, &a.description)))
        .chain(
            c.promotions
                .iter()
                .map(|p| (&p.id, &p.name, &p.description)),
        );
    for (id, name, description) in texts {
        for t in [name, description] {
            assert!(!t.zh.trim().is_empty() && !t.en.trim().is_empty(), "{id}");
            assert!(
                t.zh.chars()
                    .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
                "{id}: the zh text has no Chinese"
            );
            assert!(t.en.is_ascii() || t.en.contains('¥'), "{id}: {}", t.en);
        }
    }
}

#[test]
fn the_fingerprint_follows_the_content_not_the_layout() {
    let c = default_catalog();
    let fp = fingerprint(&c);
    assert_eq!(fp.len(), 16);
    assert!(fp
        .chars()
        .all(|ch| ch.is_ascii_hexdigit() && !ch.is_ascii_uppercase()));
    // Pretty, compact and the shipped file read back to the same tables.
    let compact = serde_json::to_string(&c).unwrap();
    for json in [c.to_json(), compact, DEFAULT_JSON.to_string()] {
        let back = Catalog::from_json(&json).unwrap();
        assert_eq!(back, c);
        assert_eq!(fingerprint(&back), fp);
    }
    assert_eq!(c.reference().fingerprint, fp);
    assert_eq!(c.reference().id, "default");

    // One fen on one price is another table.
    let mut cheaper = c.clone();
    cheaper.plans[0].monthly_fee.0 -= 1;
    assert_ne!(fingerprint(&cheaper), fp);
    let mut other_rate = c.clone();
    other_rate.addons[1].monthly_fee.0 += 100;
    assert_ne!(fingerprint(&other_rate), fp);
    let mut renamed = c.clone();
    renamed.promotions[0].name.en.push('!');
    assert_ne!(fingerprint(&renamed), fp);
}

/// The default tables with seven deliberate mistakes in different places.
fn broken() -> Catalog {
    let mut c = default_catalog();
    c.effective_from = "2026-13-01".into();
    c.plans[3].monthly_fee = Money(-100);
    c.plans[1].id = c.plans[0].id.clone(); // plan.m-29 is referenced nowhere
    c.bundles[0].slots[1].min = 6; // max is 5
    c.addons[0].line_kinds.clear(); // a per-line data pack
    c.promotions[1].applies_to.push(id("plan.nope"));
    c.promotions[2].authority_level = 4;
    c.exclusion_groups[0].members.push(id("addon.nope"));
    c
}

#[test]
fn validation_returns_every_problem_at_once_with_paths() {
    let problems = validate_catalog(&broken()).expect_err("broken tables");
    let expected = [
        problem("effective_from", "must be a date like 2026-12-01"),
        problem("plans[1].id", "id plan.m-19 is used twice"),
        problem("plans[3].monthly_fee", "must not be negative"),
        problem("bundles[0].slots[1].min", "must not be more than max"),
        problem(
            "addons[0].line_kinds",
            "a per-line add-on must name the line kinds it fits",
        ),
        problem(
            "promotions[1].applies_to[3]",
            "no item plan.nope of the right kind",
        ),
        problem(
            "promotions[2].authority_level",
            "must be 1 (rep), 2 (supervisor) or 3 (manager)",
        ),
        problem(
            "exclusion_groups[0].members[2]",
            "no item addon.nope of the right kind",
        ),
    ];
    for e in &expected {
        assert!(
            english(&problems).contains(e),
            "missing {e:?}\nin {problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    assert_eq!(
        problems[2].to_string(),
        "plans[3].monthly_fee: must not be negative"
    );
    // `load` refuses the same tables with the same list.
    let json = broken().to_json();
    assert_eq!(Catalog::load(&json), Err(problems));
}

#[test]
fn validation_names_empty_texts_bad_money_and_bad_tiers() {
    let mut c = default_catalog();
    c.plans[0].name.en = " ".into();
    c.bundles[1].description.zh.clear(); // half a description
    c.fees[0].amount = Money(100_000_001);
    c.handsets[0].contract_price = Money(c.handsets[0].retail_price.0 + 1);
    c.credit_cap = Bps(10_001);
    let volume = c
        .promotions
        .iter_mut()
        .find(|p| p.id == id("promo.volume"))
        .unwrap();
    if let PromotionKind::VolumeDiscount { tiers } = &mut volume.kind {
        tiers.swap(0, 1);
    }
    let problems = validate_catalog(&c).expect_err("bad tables");
    let volume_at = c
        .promotions
        .iter()
        .position(|p| p.id == id("promo.volume"))
        .unwrap();
    let expected = [
        problem("credit_cap", "must be at most 100%"),
        problem("plans[0].name.en", "the English text must not be empty"),
        problem(
            "bundles[1].description.zh",
            "the Chinese text must not be empty",
        ),
        problem("fees[0].amount", "must be at most ¥1,000,000.00"),
        problem(
            "handsets[0].contract_price",
            "must not be above the retail price",
        ),
        problem(
            &format!("promotions[{volume_at}].kind.tiers"),
            "tiers must go up by line count",
        ),
    ];
    for e in &expected {
        assert!(
            english(&problems).contains(e),
            "missing {e:?}\nin {problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

#[test]
fn bad_json_names_its_line_and_column() {
    // A missing comma after line 2's value: the error is at line 3.
    let syntax = "{\n  \"schema_version\": 1\n  \"id\": \"x\"\n}";
    let err = Catalog::from_json(syntax).expect_err("syntax error");
    assert!(err.starts_with("line 3, column 3: "), "{err}");

    // A price in yuan with a decimal point is not an amount of fen.
    let float = DEFAULT_JSON.replacen("\"monthly_fee\": 1900", "\"monthly_fee\": 19.5", 1);
    assert_ne!(float, DEFAULT_JSON);
    let line = float
        .lines()
        .position(|l| l.contains("19.5"))
        .expect("the edited line")
        + 1;
    let err = Catalog::from_json(&float).expect_err("a float is not fen");
    assert!(err.starts_with(&format!("line {line}, column ")), "{err}");

    // `load` gives the same message as one problem without a path.
    let problems = Catalog::load(syntax).expect_err("syntax error");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "");
    assert!(problems[0].message.en.starts_with("line 3, column 3"));
    assert!(problems[0].message.zh.starts_with("第 3 行第 3 列"));

    // An unknown enum value (a line kind) is a shape error with its place too.
    let kind = DEFAULT_JSON.replacen("\"kind\": \"mobile\"", "\"kind\": \"fax\"", 1);
    let err = Catalog::from_json(&kind).expect_err("unknown kind");
    assert!(err.starts_with("line ") && err.contains("fax"), "{err}");
}

fn line(kind: LineKind, fee: i64, usage: Usage) -> Line {
    Line {
        kind,
        label: String::new(),
        current_monthly_fee: Money(fee),
        usage,
        features: vec![],
        wants_handset: None,
        origin: Default::default(),
        handset_mode: Default::default(),
        current_plan: String::new(),
        estimated: Vec::new(),
    }
}

fn intake() -> Customer {
    Customer {
        name: "老王五金店".into(),
        segment: Segment::Business {
            cluster: Cluster::WholesaleMarket,
            industry: "五金".into(),
        },
        tenure_months: 48,
        lines: vec![
            line(LineKind::Landline, 3_000, Usage::default()),
            line(
                LineKind::Mobile,
                8_800,
                Usage {
                    domestic_min: 600,
                    data_mb: 20_000,
                    ..Usage::default()
                },
            ),
            line(LineKind::Mobile, 5_900, Usage::default()),
            line(LineKind::Broadband, 10_000, Usage::default()),
        ],
        account_features: vec![id("addon.rbt")],
        current_account_fee: Money(2_000),
        contract: CurrentContract {
            months_left: 6,
            exit_fee: Money(20_000),
        },
    }
}

#[test]
fn a_good_intake_passes() {
    let c = intake();
    assert_eq!(validate_customer(&c), Ok(()));
    assert_eq!(validate_customer_for(&c, &default_catalog()), Ok(()));
}

#[test]
fn intake_validation_returns_every_problem_with_paths() {
    let mut c = intake();
    c.lines[2].usage.data_mb = 10_000_001;
    c.lines[1].usage.own_calls = Bps(10_001);
    c.lines[0].current_monthly_fee = Money(-1);
    c.lines[3].label = "宽".repeat(61);
    c.contract.exit_fee = Money(-5);
    c.tenure_months = 1_201;
    let problems = validate_customer(&c).expect_err("bad intake");
    let expected = [
        problem("tenure_months", "at most 1,200 months"),
        problem("contract.exit_fee", "must not be negative"),
        problem("lines[0].current_monthly_fee", "must not be negative"),
        problem("lines[1].usage.own_calls", "must be at most 100%"),
        problem("lines[2].usage.data_mb", "at most 10,000 GB a month"),
        problem("lines[3].label", "at most 60 characters"),
    ];
    for e in &expected {
        assert!(
            english(&problems).contains(e),
            "missing {e:?}\nin {problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");

    // Exactly at the limits is fine.
    let mut edge = intake();
    edge.lines[2].usage.data_mb = 10_000_000;
    edge.lines[1].usage.own_calls = Bps(10_000);
    edge.lines[3].label = "宽".repeat(60);
    assert_eq!(validate_customer(&edge), Ok(()));

    let mut empty = intake();
    empty.lines.clear();
    assert_eq!(
        validate_customer(&empty),
        Err(vec![Problem::new(
            "lines",
            "请至少添加一个号码",
            "add at least one line"
        )])
    );
}

#[test]
fn intake_items_are_checked_against_the_tables() {
    let catalog = default_catalog();
    let mut c = intake();
    c.lines[0].features = vec![id("addon.ptt")]; // push-to-talk on a landline
    c.lines[1].features = vec![id("addon.data-10g")]; // a pack is not a feature
    c.lines[3].wants_handset = Some(id("handset.redmi")); // on broadband
    c.lines[2].wants_handset = Some(id("handset.nope"));
    c.account_features = vec![id("addon.switchboard"), id("addon.ptt")];
    let problems = validate_customer_for(&c, &catalog).expect_err("bad items");
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "lines[0].features[0]",
            "lines[1].features[0]",
            "lines[2].wants_handset",
            "lines[3].wants_handset",
            "account_features[1]",
        ]
    );
    assert_eq!(
        problems[3].message.en,
        "A broadband line takes no handset: only a mobile line does"
    );
    assert_eq!(
        problems[2].message.en,
        "no handset handset.nope in the package tables"
    );
    // The intake alone (no tables) has nothing to say about them.
    assert_eq!(validate_customer(&c), Ok(()));
}

/// The embedded tables are the file's tables: `engine/build.rs` only drops
/// the whitespace between tokens (a string with spaces keeps them).
#[test]
fn the_embedded_default_tables_are_the_files() {
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../catalog/default.json"
    ))
    .unwrap();
    let embedded = proposal_engine::catalog::DEFAULT_CATALOG_JSON;
    assert!(embedded.len() * 10 < file.len() * 8, "indentation dropped");
    assert!(
        embedded.contains("\"Example Telecom\""),
        "strings kept as written"
    );
    assert_eq!(
        Catalog::from_json(embedded).unwrap(),
        Catalog::from_json(&file).unwrap()
    );
}
