//! The storage envelope: a version header, migration of older documents, a
//! backup of the last good copy, and a plain report when storage refuses.
use crate::state::persist::{Loaded, SaveError, Store};
use crate::storage;

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

const STORE: Store = Store {
    key: "doc",
    schema_version: 2,
    migrate,
    check,
};

#[test]
fn a_saved_document_loads_back_inside_a_version_header() {
    assert_eq!(STORE.load(), Loaded::Empty);
    STORE.save("{\"a\":1}").unwrap();
    assert_eq!(storage::load("doc").as_deref(), Some("v2\n{\"a\":1}"));
    assert_eq!(STORE.load(), Loaded::Current("{\"a\":1}".into()));
}

#[test]
fn a_corrupted_main_copy_falls_back_to_the_last_good_one() {
    STORE.save("{\"a\":1}").unwrap();
    STORE.save("{\"a\":2}").unwrap();
    storage::save("doc", "v2\n garbage");
    match STORE.load() {
        Loaded::FromBackup { document, problem } => {
            assert_eq!(document, "{\"a\":1}");
            assert!(problem.contains("not a document"), "{problem}");
        }
        other => panic!("expected the backup, got {other:?}"),
    }
    storage::save("doc.backup", "junk");
    assert!(matches!(STORE.load(), Loaded::Corrupted { .. }));
}

#[test]
fn a_missing_main_copy_is_recovered_from_the_backup() {
    STORE.save("{\"a\":1}").unwrap();
    STORE.save("{\"a\":2}").unwrap();
    storage::remove("doc");
    assert!(matches!(
        STORE.load(),
        Loaded::FromBackup { document, .. } if document == "{\"a\":1}"
    ));
}

#[test]
fn a_damaged_copy_never_becomes_the_backup() {
    STORE.save("{\"a\":1}").unwrap();
    STORE.save("{\"a\":2}").unwrap();
    storage::save("doc", "no header at all");
    STORE.save("{\"a\":3}").unwrap();
    assert_eq!(
        storage::load("doc.backup").as_deref(),
        Some("v2\n{\"a\":1}")
    );
}

#[test]
fn old_data_is_migrated_and_newer_data_is_not_misread() {
    storage::save("doc", "v1\n{\"k\":\"old\"}");
    assert_eq!(STORE.load(), Loaded::Current("{\"k\":\"new\"}".into()));
    storage::save("doc", "v9\n{}");
    match STORE.load() {
        Loaded::Corrupted { problem } => assert!(problem.contains("newer version"), "{problem}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_refused_save_is_reported_and_the_stored_copy_is_kept() {
    STORE.save("{\"a\":1}").unwrap();
    storage::refuse_saves(true);
    assert_eq!(STORE.save("{\"a\":2}"), Err(SaveError::Refused));
    storage::refuse_saves(false);
    assert_eq!(STORE.load(), Loaded::Current("{\"a\":1}".into()));
}
