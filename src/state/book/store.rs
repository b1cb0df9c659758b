//! Where the book lives on the device: `book` in localStorage in the
//! envelope of [`crate::state::persist::Store`], its backup, and what to say
//! when a copy is damaged (the backup is loaded) or unreadable (the book
//! starts empty in memory, and the damaged copy is kept aside, never erased).
use proposal_engine::book::json::{check, from_json, migrate, to_json, Reader};
use proposal_engine::book::{Book, SCHEMA_VERSION};
use serde::de::DeserializeOwned;

use crate::state::persist::{Loaded, SaveError, Store};
use crate::storage;

/// The app's JSON reader for the engine (the browser's `JSON.parse` in the
/// reps' pages, see [`crate::browser::json`]).
pub struct BrowserJson;

impl Reader for BrowserJson {
    fn read<T: DeserializeOwned>(&self, text: &str) -> Result<T, String> {
        crate::browser::json::parse(text)
    }
}

fn check_book(document: &str) -> Result<(), String> {
    check(document, &BrowserJson)
}

pub const BOOK_STORE: Store = Store {
    key: "book",
    schema_version: SCHEMA_VERSION,
    migrate,
    check: check_book,
};

/// Where an unreadable book is kept aside, so a later version or a
/// support person can still recover it.
const DAMAGED_KEY: &str = "book.damaged";

/// What the page must tell the rep about storage.
#[derive(Clone, PartialEq, Debug)]
pub enum StorageNotice {
    /// The main copy was damaged; the backup was loaded.
    Restored(String),
    /// Nothing readable was stored; the damaged copy is kept aside.
    Corrupted(String),
    /// The browser refused to save (full or disabled). Export to keep it.
    Refused,
}

pub(super) fn load() -> (Book, Option<StorageNotice>) {
    let read = |doc: &str| from_json(doc, &BrowserJson).unwrap_or_default();
    match BOOK_STORE.load() {
        Loaded::Empty => (Book::default(), None),
        Loaded::Current(doc) => (read(&doc), None),
        Loaded::FromBackup { document, problem } => {
            (read(&document), Some(StorageNotice::Restored(problem)))
        }
        Loaded::Corrupted { problem } => {
            if let Some(damaged) = storage::load(BOOK_STORE.key) {
                storage::save(DAMAGED_KEY, &damaged);
            }
            (Book::default(), Some(StorageNotice::Corrupted(problem)))
        }
    }
}

/// Saves the book.
pub fn save(book: &Book) -> Result<(), SaveError> {
    BOOK_STORE.save(&to_json(book))
}
