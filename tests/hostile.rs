//! Browser tests of what the editor takes from outside: an import over the
//! stated size or rows is refused unread; tables sent by a tablet link are
//! checked like an import, and refused when their stated fingerprint is not
//! their content's; damaged published tables on the device fall back to the
//! last good copy; the plans CSV writes a formula-like name as inert text
//! and reads it back unchanged.
#![cfg(target_arch = "wasm32")]

use proposal_app::components::editor::adopt::offer_of;
use proposal_app::components::editor::csv::{plans_from_csv, plans_to_csv};
use proposal_app::components::editor::import::{import_csv, import_json};
use proposal_app::components::editor::url_encoding::url_encode;
use proposal_app::state::editor::{Editor, StorageNotice, DRAFT_STORE, PUBLISHED_STORE};
use proposal_app::storage;
use proposal_engine::catalog::fingerprint;
use proposal_engine::limits::{MAX_IMPORT_BYTES, MAX_IMPORT_ROWS};
use proposal_engine::{default_catalog, Lang};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"点击\")";

#[wasm_bindgen_test]
fn an_import_over_the_limits_is_refused_before_it_is_parsed() {
    // Not JSON at all: a parse would name a line; the size check speaks first.
    let big = "x".repeat(MAX_IMPORT_BYTES + 1);
    let e = import_json(&big, Lang::En).unwrap_err();
    assert!(e[0].contains("too large"), "{e:?}");
    let e = import_json(&big, Lang::ZhCn).unwrap_err();
    assert!(e[0].contains("文件过大"), "{e:?}");
    let rows = format!("id\n{}", "x\n".repeat(MAX_IMPORT_ROWS + 1));
    let e = import_csv(&default_catalog(), &rows, Lang::En).unwrap_err();
    assert!(e[0].contains("too many rows"), "{e:?}");
    let e = import_csv(&default_catalog(), &rows, Lang::ZhCn).unwrap_err();
    assert!(e[0].contains("行数过多"), "{e:?}");
}

#[wasm_bindgen_test]
fn tables_from_a_link_are_refused_when_their_fingerprint_does_not_match() {
    let mut sent = default_catalog();
    sent.version = 9;
    let json = sent.to_link_json();
    let good = offer_of(&format!("#/tables?catalog={}", url_encode(&json)));
    assert_eq!(good.unwrap().unwrap(), sent);
    // The same link with one price changed on the way.
    let fee = sent.plans[0].monthly_fee.0;
    let tampered = json.replacen(
        &format!("\"monthly_fee\":{fee}"),
        &format!("\"monthly_fee\":{}", fee + 1),
        1,
    );
    assert_ne!(tampered, json);
    let refused = offer_of(&format!("#/tables?catalog={}", url_encode(&tampered)))
        .unwrap()
        .unwrap_err();
    assert!(refused[0].starts_with("fingerprint: "), "{refused:?}");
    assert!(refused[0].contains("未采用") && refused[0].contains("refused"));
    // Tables that do not validate are refused too, and a huge link unread.
    let mut bad = sent.clone();
    bad.currency = "USD".into();
    let link = format!("#/tables?catalog={}", url_encode(&bad.to_link_json()));
    assert!(offer_of(&link).unwrap().is_err());
    let huge = format!("#/tables?catalog={}", "a".repeat(3 * MAX_IMPORT_BYTES + 1));
    assert!(offer_of(&huge).unwrap().unwrap_err()[0].contains("too large"));
    assert!(
        offer_of("#/tables").is_none(),
        "no offer without the parameter"
    );
}

#[wasm_bindgen_test]
fn damaged_published_tables_fall_back_to_the_last_good_ones() {
    DRAFT_STORE.forget();
    PUBLISHED_STORE.forget();
    let mut good = default_catalog();
    good.version = 5;
    PUBLISHED_STORE.save(&good.to_json()).unwrap();
    PUBLISHED_STORE.save(&good.to_json()).unwrap();
    // Parses, but would price in dollars: not tables the counter may use.
    let mut bad = good.clone();
    bad.currency = "USD".into();
    storage::save(
        "tables.published",
        &proposal_engine::stored::wrap(proposal_engine::catalog::SCHEMA_VERSION, &bad.to_json()),
    );
    let editor = Editor::restore();
    assert_eq!(fingerprint(&editor.published), fingerprint(&good));
    assert_eq!(fingerprint(&editor.active), fingerprint(&good));
    assert!(
        matches!(editor.notice, Some(StorageNotice::Restored(ref why)) if why.contains("currency")),
        "{:?}",
        editor.notice
    );
    PUBLISHED_STORE.forget();
}

#[wasm_bindgen_test]
fn the_plans_csv_neutralises_a_formula_name_and_reads_it_back() {
    let mut c = default_catalog();
    c.plans[0].name.zh = FORMULA.into();
    c.plans[0].name.en = "-1+1".into();
    let csv = plans_to_csv(&c);
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\""),
        "{row}"
    );
    assert!(row.contains("\"'-1+1\""), "{row}");
    for line in csv.lines() {
        for cell in line.split(',') {
            assert!(!cell.starts_with(['=', '+', '@']), "{line}");
        }
    }
    let (plans, _) = plans_from_csv(&csv, Lang::En).unwrap();
    assert_eq!(plans, c.plans, "the file reads back as written");
}
