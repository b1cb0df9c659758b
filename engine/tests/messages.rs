//! Every problem the validators report is said in Chinese (the reps' and
//! managers' language) and in English: both present, and not the same text
//! twice. The tables and an intake are broken one fault at a time (so no
//! fault hides another), every fault must be reported, and every report
//! must carry both texts. A second check reads the validators' source: a
//! message literal in English must follow its Chinese one, so a new check
//! that no fault here triggers still cannot be English only.
use proposal_engine::catalog::{LineKind, PromotionKind, Scope};
use proposal_engine::customer::validate_customer_for;
use proposal_engine::{default_catalog, validate_catalog, Bps, Catalog, ItemId, Money, Problem};

fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn assert_bilingual(p: &Problem) {
    let (zh, en) = (&p.message.zh, &p.message.en);
    assert!(!zh.trim().is_empty(), "{p}: no Chinese text");
    assert!(!en.trim().is_empty(), "{}: no English text", p.path);
    assert_ne!(zh, en, "{p}: the same text twice");
    assert!(
        has_chinese(zh),
        "{p}: the Chinese text has no Chinese: {zh}"
    );
    assert!(!has_chinese(en), "{p}: the English text has Chinese: {en}");
}

type Fault = (&'static str, fn(&mut Catalog));

fn id(s: &str) -> ItemId {
    ItemId::new(s)
}

fn plan_of(c: &mut Catalog, kind: LineKind) -> &mut proposal_engine::catalog::Plan {
    c.plans.iter_mut().find(|p| p.kind == kind).unwrap()
}

/// One fault per check of the catalog validator.
const CATALOG_FAULTS: &[Fault] = &[
    ("schema", |c| c.schema_version = 99),
    ("id", |c| c.id = " ".into()),
    ("version", |c| c.version = 0),
    ("date", |c| c.effective_from = "2026-02-30".into()),
    ("currency", |c| c.currency = "USD".into()),
    ("operator zh", |c| c.brand.operator.zh.clear()),
    ("operator en", |c| c.brand.operator.en.clear()),
    ("hotline", |c| c.brand.hotline.clear()),
    ("credit cap", |c| c.credit_cap = Bps(10_001)),
    ("blank id", |c| c.plans[0].id = id(" ")),
    ("twice", |c| c.plans[1].id = c.plans[0].id.clone()),
    ("negative", |c| c.plans[0].monthly_fee = Money(-1)),
    ("too much", |c| c.plans[0].monthly_fee = Money(100_000_001)),
    ("months", |c| c.plans[0].contract_months = 121),
    ("exit fee", |c| {
        c.plans[0].contract_months = 0;
        c.plans[0].early_exit_fee = Money(100);
    }),
    ("plan long distance", |c| {
        c.plans[0].rates.long_distance_per_min = None;
        c.plans[0].allowance.long_distance_min = 10;
    }),
    ("speed", |c| plan_of(c, LineKind::Broadband).speed_mbps = 0),
    ("min over max lines", |c| {
        c.plans[0].eligibility.min_lines = Some(3);
        c.plans[0].eligibility.max_lines = Some(2);
    }),
    ("zero max lines", |c| {
        c.plans[0].eligibility.max_lines = Some(0)
    }),
    ("includes", |c| {
        c.plans[0].includes.push(id("addon.data-10g"))
    }),
    ("fee ref", |c| c.plans[0].one_off_fees.push(id("fee.nope"))),
    ("description", |c| {
        c.plans[0].description.zh = "说明".into();
        c.plans[0].description.en.clear();
    }),
    ("no slots", |c| c.bundles[0].slots.clear()),
    ("no required slot", |c| {
        c.bundles[0].slots.iter_mut().for_each(|s| s.min = 0);
    }),
    ("slot twice", |c| {
        let s = c.bundles[0].slots[0].clone();
        c.bundles[0].slots.push(s);
    }),
    ("slot max 0", |c| {
        c.bundles[0].slots[0].min = 0;
        c.bundles[0].slots[0].max = 0;
    }),
    ("slot min", |c| {
        let max = c.bundles[0].slots[0].max;
        c.bundles[0].slots[0].min = max + 1;
    }),
    ("slot over 50", |c| c.bundles[0].slots[0].max = 51),
    ("member speed", |c| {
        let b = c
            .bundles
            .iter_mut()
            .find(|b| b.slots.iter().any(|s| s.kind == LineKind::Broadband))
            .unwrap();
        let s = b.slots.iter_mut().find(|s| s.kind == LineKind::Broadband);
        s.unwrap().speed_mbps = 0;
    }),
    ("member long distance", |c| {
        c.bundles[0].rates.long_distance_per_min = None;
        c.bundles[0].slots[0].allowance.long_distance_min = 10;
    }),
    ("free calls within an instance, no limit", |c| {
        c.bundles[0].max_instances = 0
    }),
    ("handset fee shared, no limit", |c| {
        c.bundles[0].free_calls_among_members = false;
        c.bundles[0].max_instances = 0
    }),
    ("free seats over max", |c| {
        let s = &mut c.bundles[0].slots[0];
        s.free_members = s.max + 1;
    }),
    ("main card words", |c| {
        let family = c
            .bundles
            .iter_mut()
            .find(|b| b.id.as_str() == "bundle.family");
        family.unwrap().slots[1].free_members = 0;
    }),
    ("extra card amount", |c| {
        let family = c
            .bundles
            .iter_mut()
            .find(|b| b.id.as_str() == "bundle.family");
        family.unwrap().slots[1].member_fee = Money(2_000);
    }),
    ("empty pack", |c| {
        let a = c.addons.iter_mut().find(|a| a.kind.is_pack()).unwrap();
        a.adds = Default::default();
    }),
    ("feature adds", |c| {
        let a = c.addons.iter_mut().find(|a| !a.kind.is_pack()).unwrap();
        a.adds.data_mb = 1;
    }),
    ("pack per account", |c| {
        let a = c.addons.iter_mut().find(|a| a.kind.is_pack()).unwrap();
        a.scope = Scope::PerAccount;
    }),
    ("per line, no kinds", |c| c.addons[0].line_kinds.clear()),
    ("per account with kinds", |c| {
        let a = c.addons.iter_mut().find(|a| a.scope == Scope::PerAccount);
        a.unwrap().line_kinds.push(LineKind::Mobile);
    }),
    ("handset price", |c| {
        c.handsets[0].contract_price = Money(c.handsets[0].retail_price.0 + 1);
    }),
    ("handset term", |c| c.handsets[0].contract_months = 0),
    ("fee name", |c| c.fees[0].name.en.clear()),
    ("group twice", |c| {
        let m = c.exclusion_groups[0].members[0].clone();
        c.exclusion_groups[0].members.push(m);
    }),
    ("group of one", |c| {
        c.exclusion_groups[0].members.truncate(1)
    }),
    ("group member", |c| {
        c.exclusion_groups[0].members.push(id("x"))
    }),
    ("from month", |c| c.promotions[0].from_month = 0),
    ("to month", |c| {
        c.promotions[0].from_month = 5;
        c.promotions[0].to_month = 4;
    }),
    ("to month 121", |c| c.promotions[0].to_month = 121),
    ("authority", |c| c.promotions[0].authority_level = 0),
    ("applies to", |c| c.promotions[0].applies_to.push(id("x"))),
    ("percent", |c| {
        c.promotions[1].kind = PromotionKind::PercentOff { discount: Bps(0) };
    }),
    ("prepay credit", |c| {
        c.promotions[0].kind = PromotionKind::PrepayCredit {
            prepay: Money(-1),
            credit_per_month: Money(0),
        };
    }),
    ("tenure", |c| {
        c.promotions[0].kind = PromotionKind::TenureCredit {
            min_tenure_months: 1_201,
            credit_per_month: Money(0),
        };
    }),
    ("no tiers", |c| {
        c.promotions[0].kind = PromotionKind::VolumeDiscount { tiers: Vec::new() };
    }),
    ("tiers", |c| {
        let p = c
            .promotions
            .iter_mut()
            .find(|p| matches!(p.kind, PromotionKind::VolumeDiscount { .. }));
        if let PromotionKind::VolumeDiscount { tiers } = &mut p.unwrap().kind {
            tiers[0].discount = Bps(0);
            tiers[1].min_lines = 0;
        }
    }),
];

#[test]
fn every_problem_the_validators_report_has_both_texts() {
    let mut seen = std::collections::BTreeSet::new();
    for (name, fault) in CATALOG_FAULTS {
        let mut c = default_catalog();
        fault(&mut c);
        let problems = validate_catalog(&c).expect_err(name);
        for p in &problems {
            assert_bilingual(p);
            seen.insert(p.message.en.clone());
        }
    }
    // Loading: a file that is not JSON, and a shape error.
    for json in [
        "{\n  \"plans\": [",
        "{",
        "[]",
        "{\"schema_version\": \"1\"}",
    ] {
        for p in Catalog::load(json).expect_err(json) {
            assert_bilingual(&p);
        }
    }
    // The intake, against the tables.
    let c = default_catalog();
    let customer = serde_json::json!({
        "name": "名".repeat(61),
        "segment": {"type": "key_account", "industry": "业".repeat(61)},
        "tenure_months": 1_201,
        "current_account_fee": -1,
        "contract": {"months_left": 121, "exit_fee": -1},
        "account_features": ["addon.ptt"],
        "lines": [
            {"kind": "landline", "label": "标".repeat(61), "current_monthly_fee": -1,
             "features": ["addon.ptt"], "wants_handset": "handset.nope",
             "usage": {"domestic_min": 100_001, "long_distance_min": 100_001,
                       "data_mb": 10_000_001, "sms": 100_001, "own_calls": 10_001,
                       "min_speed_mbps": 10_001}},
            {"kind": "landline", "current_monthly_fee": 10_000_001,
             "wants_handset": c.handsets[0].id}
        ]
    });
    let customer = serde_json::from_value(customer).unwrap();
    let problems = validate_customer_for(&customer, &c).expect_err("bad intake");
    assert!(problems.len() >= 15, "{problems:#?}");
    for p in &problems {
        assert_bilingual(p);
        seen.insert(p.message.en.clone());
    }
    let mut empty = customer.clone();
    empty.lines.clear();
    for p in validate_customer_for(&empty, &c).unwrap_err() {
        assert_bilingual(&p);
    }
    // The texts are many, not one reused everywhere.
    assert!(seen.len() >= 45, "{} texts: {seen:#?}", seen.len());
}

/// The validators' source files, read as text.
/// A source file of `propose` (`src/bin/propose/`).
macro_rules! cli {
    ($file:literal) => {
        (
            concat!("bin/propose/", $file),
            include_str!(concat!("../src/bin/propose/", $file)),
        )
    };
}

/// A source file of the app's package-table editor (`src/components/editor/`).
macro_rules! editor {
    ($file:literal) => {
        (
            concat!("app editor/", $file),
            include_str!(concat!("../../src/components/editor/", $file)),
        )
    };
}

const SOURCES: &[(&str, &str)] = &[
    (
        "catalog/validate/mod.rs",
        include_str!("../src/catalog/validate/mod.rs"),
    ),
    (
        "catalog/validate/items.rs",
        include_str!("../src/catalog/validate/items.rs"),
    ),
    (
        "catalog/validate/bundle_rules.rs",
        include_str!("../src/catalog/validate/bundle_rules.rs"),
    ),
    (
        "catalog/validate/promotions.rs",
        include_str!("../src/catalog/validate/promotions.rs"),
    ),
    (
        "customer/validate.rs",
        include_str!("../src/customer/validate.rs"),
    ),
    // The command-line tool's readers and messages (a campaign list's cells,
    // a JSON list's customers, every place it names).
    cli!("main.rs"),
    cli!("place.rs"),
    cli!("input.rs"),
    cli!("output.rs"),
    cli!("json_text.rs"),
    cli!("campaign_json.rs"),
    cli!("campaign_csv/mod.rs"),
    cli!("campaign_csv/header.rs"),
    cli!("campaign_csv/columns.rs"),
    cli!("campaign_csv/cells.rs"),
    cli!("campaign_csv/choices.rs"),
    // The managers' editor: the plans CSV import and an item's JSON.
    editor!("csv.rs"),
    editor!("import.rs"),
    editor!("item_ops.rs"),
    editor!("place.rs"),
];

/// The string literals of `src`, in order (no raw strings in these files).
fn literals(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                // A char literal ('"' included) or a lifetime: skip what it holds.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\\") {
                    chars.nth(2);
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.nth(1);
                }
            }
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => s.extend(chars.next()),
                        '"' => break,
                        c => s.push(c),
                    }
                }
                out.push(s);
            }
            '/' if chars.clone().next() == Some('/') => {
                chars.find(|&c| c == '\n');
            }
            _ => {}
        }
    }
    out
}

/// An English sentence: words with spaces and no Chinese (paths have no
/// spaces; `{}: {}`, which only joins a place and a message, has no words).
fn is_english_message(lit: &str) -> bool {
    let mut words = String::new();
    let mut depth = 0;
    for c in lit.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => words.push(c),
            _ => {}
        }
    }
    words.contains(' ') && words.chars().any(|c| c.is_ascii_alphabetic()) && !has_chinese(lit)
}

/// Chinese text, or the Chinese form of a join (`{}：{}`, full-width punctuation).
fn is_chinese_form(lit: &str) -> bool {
    let cjk_punctuation =
        |c: char| ('\u{3000}'..='\u{303f}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c);
    has_chinese(lit) || lit.chars().any(cjk_punctuation)
}

/// The source a user reads messages from: its unit tests (whose expected
/// English texts are not messages) and a Yew component's markup (class
/// names; its words come from the app's translation table) cut off.
fn shipped(src: &str) -> &str {
    let src = src.split("#[cfg(test)]\nmod tests").next().unwrap_or(src);
    src.split("#[component]").next().unwrap_or(src)
}

/// A program's own complaint about a broken invariant (`expect("...")`),
/// for a developer, not a message to a user.
fn is_invariant(src: &str, lit: &str) -> bool {
    src.contains(&format!("expect(\"{lit}\")"))
}

/// A value in a Yew component's markup (`class="button secondary"`: no
/// space before the quote, which rustfmt never leaves in Rust code), in a
/// function that returns markup outside a `#[component]`.
fn is_markup(src: &str, lit: &str) -> bool {
    src.contains(&format!("=\"{lit}\""))
}

#[test]
fn the_source_scan_finds_an_english_only_message() {
    let src = "p.check(a == 'x', || \"p\".into(), \"必须\", \"must be\");\n\
               // \"a comment\"\n\
               p.check(b, || format!(\"{i}.x\"), \"only english here\");";
    let lits = literals(src);
    assert_eq!(lits, ["p", "必须", "must be", "{i}.x", "only english here"]);
    assert!(is_english_message(&lits[4]) && !has_chinese(&lits[3]));
    assert!(!is_english_message(&lits[3]));
    // A join of a place and a message has no words; a cell's message has.
    assert!(!is_english_message("{}: {}") && is_chinese_form("{}：{}"));
    assert!(is_english_message("not a whole number: {v:?}"));
    let src = "x.expect(\"a worker panicked\"); f(\"a worker panicked too\")";
    assert!(is_invariant(src, "a worker panicked"));
    assert!(!is_invariant(src, "a worker panicked too"));
    let src =
        "html! { <label class=\"button secondary\">{ x }</label> }; f(\"button secondary too\")";
    assert!(is_markup(src, "button secondary"));
    assert!(!is_markup(src, "button secondary too"));
    assert_eq!(shipped("a\n#[cfg(test)]\nmod tests {\"en\"}"), "a\n");
}

#[test]
fn every_english_message_in_the_validators_follows_its_chinese_one() {
    let mut messages = 0;
    for (file, src) in SOURCES {
        let src = shipped(src);
        let lits = literals(src);
        for (i, lit) in lits.iter().enumerate() {
            if !is_english_message(lit) || is_invariant(src, lit) || is_markup(src, lit) {
                continue;
            }
            messages += 1;
            let before = i.checked_sub(1).map(|j| lits[j].as_str()).unwrap_or("");
            assert!(
                is_chinese_form(before),
                "{file}: {lit:?} has no Chinese text before it (Problems::check(bad, path, zh, en))"
            );
        }
    }
    assert!(
        messages >= 50,
        "found {messages} messages: the scan is broken"
    );
}
