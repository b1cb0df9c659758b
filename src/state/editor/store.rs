//! Where the editor keeps the tables on the device: the draft and the
//! published tables, each with a backup, and what to tell the manager when
//! a copy was damaged or a save refused.
use proposal_engine::Catalog;

use crate::browser::json::parse_catalog;
use crate::state::persist::{Loaded, Store};

/// The draft tables in localStorage.
pub const DRAFT_STORE: Store = Store {
    key: "tables.draft",
    schema_version: proposal_engine::catalog::SCHEMA_VERSION,
    migrate,
    check,
};

/// The tables last published from this device. Validated when loaded, so
/// damaged published tables fall back to the last good copy (the backup).
pub const PUBLISHED_STORE: Store = Store {
    key: "tables.published",
    schema_version: proposal_engine::catalog::SCHEMA_VERSION,
    migrate,
    check: check_published,
};

fn migrate(from: u32, _document: &str) -> Result<String, String> {
    Err(format!("no migration from schema {from}"))
}

/// A draft may be mid-edit (invalid); it must parse. The counter prices only
/// with a draft that validates (see `Editor::settle`).
fn check(document: &str) -> Result<(), String> {
    parse_catalog(document).map(|_| ())
}

/// Published tables must also validate (the engine's check, this app's reader).
fn check_published(document: &str) -> Result<(), String> {
    proposal_engine::stored::check_catalog_with(document, parse_catalog)
}

/// What the editor must tell the manager about storage.
#[derive(Clone, PartialEq, Debug)]
pub enum StorageNotice {
    /// The main copy was damaged; the backup was loaded.
    Restored(String),
    /// Nothing readable was stored; working in memory. Export to keep it.
    Corrupted(String),
    /// The browser refused to save (full or disabled). Export to keep it.
    Refused,
}

pub(super) fn load(store: &Store) -> (Option<Catalog>, Option<StorageNotice>) {
    let parse = |doc: &str| parse_catalog(doc).ok();
    match store.load() {
        Loaded::Empty => (None, None),
        Loaded::Current(doc) => (parse(&doc), None),
        Loaded::FromBackup { document, problem } => {
            (parse(&document), Some(StorageNotice::Restored(problem)))
        }
        Loaded::Corrupted { problem } => (None, Some(StorageNotice::Corrupted(problem))),
    }
}
