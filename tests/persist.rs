//! Browser tests of the durable store and the undo history: a manager's work
//! survives a corrupted main copy (backup), old data is migrated forward, data
//! from a newer version is not misread, and undo/redo walk the steps exactly.
#![cfg(target_arch = "wasm32")]

use proposal_app::state::history::History;
use proposal_app::state::persist::{Loaded, Store};
use proposal_app::storage;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn check(document: &str) -> Result<(), String> {
    if document.starts_with('{') {
        Ok(())
    } else {
        Err(format!("not a document: {document:.10}"))
    }
}

fn migrate(from: u32, document: &str) -> Result<String, String> {
    match from {
        1 => Ok(document.replace("\"old\"", "\"new\"")),
        v => Err(format!("no migration from {v}")),
    }
}

fn store(key: &'static str) -> Store {
    storage::remove(key);
    storage::remove(&format!("{key}.backup"));
    Store {
        key,
        schema_version: 2,
        migrate,
        check,
    }
}

#[wasm_bindgen_test]
fn save_then_load_returns_the_document() {
    let s = store("t1");
    assert_eq!(s.load(), Loaded::Empty);
    s.save("{\"a\":1}").unwrap();
    assert_eq!(s.load(), Loaded::Current("{\"a\":1}".into()));
}

#[wasm_bindgen_test]
fn a_corrupted_main_copy_falls_back_to_the_last_good_one() {
    let s = store("t2");
    s.save("{\"a\":1}").unwrap();
    s.save("{\"a\":2}").unwrap();
    storage::save("t2", "v2\n garbage");
    match s.load() {
        Loaded::FromBackup { document, problem } => {
            assert_eq!(document, "{\"a\":1}");
            assert!(problem.contains("not a document"), "{problem}");
        }
        other => panic!("expected the backup, got {other:?}"),
    }
    storage::save("t2.backup", "junk");
    assert!(matches!(s.load(), Loaded::Corrupted { .. }));
}

#[wasm_bindgen_test]
fn old_data_is_migrated_and_newer_data_is_not_misread() {
    let s = store("t3");
    storage::save("t3", "v1\n{\"k\":\"old\"}");
    assert_eq!(s.load(), Loaded::Current("{\"k\":\"new\"}".into()));
    storage::save("t3", "v9\n{}");
    match s.load() {
        Loaded::Corrupted { problem } => assert!(problem.contains("newer version"), "{problem}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn undo_and_redo_walk_the_steps() {
    let mut h = History::new(1);
    h.push(2);
    h.push(3);
    assert!(h.undo());
    assert_eq!(**h.present(), 2);
    assert!(h.redo());
    assert_eq!(**h.present(), 3);
    assert!(h.undo() && h.undo());
    assert!(!h.undo(), "nothing before the first state");
    h.push(7);
    assert!(!h.can_redo(), "a new change drops the redo steps");
    assert_eq!(**h.present(), 7);
}
