//! Durable storage of a document (the manager's package tables, the rep's
//! session) in localStorage: an envelope with the schema version so old data
//! is migrated forward on load, a backup of the last good copy, and plain
//! reports when storage is corrupted or full, so nothing is lost silently.
use crate::storage;

/// What loading found.
#[derive(Clone, PartialEq, Debug)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// The stored document (already migrated to the current schema).
    Current(String),
    /// The main copy was unreadable; this is the backup.
    FromBackup { document: String, problem: String },
    /// Neither copy was readable.
    Corrupted { problem: String },
}

/// Why a save did not stick.
#[derive(Clone, PartialEq, Debug)]
pub enum SaveError {
    /// The browser refused (storage full or disabled): keep working in memory, export.
    Refused,
}

/// A stored document: `key` in localStorage, `key.backup` for the last good copy.
pub struct Store {
    pub key: &'static str,
    pub schema_version: u32,
    /// Brings a document of an older schema version to the current one.
    pub migrate: fn(from_version: u32, document: &str) -> Result<String, String>,
    /// Checks a document parses (e.g. as the catalog); the message says why not.
    pub check: fn(document: &str) -> Result<(), String>,
}

impl Store {
    fn backup_key(&self) -> String {
        format!("{}.backup", self.key)
    }

    fn wrap(&self, document: &str) -> String {
        proposal_engine::stored::wrap(self.schema_version, document)
    }

    fn unwrap(&self, stored: &str) -> Result<String, String> {
        proposal_engine::stored::unwrap(stored, self.schema_version, self.migrate, self.check)
    }

    /// Removes the document and its backup (a fresh start, in tests).
    pub fn forget(&self) {
        storage::remove(self.key);
        storage::remove(&self.backup_key());
    }

    /// Loads the document, falling back to the backup when the main copy is damaged.
    pub fn load(&self) -> Loaded {
        let main = storage::load(self.key);
        let Some(main) = main else {
            return match storage::load(&self.backup_key()).map(|b| self.unwrap(&b)) {
                Some(Ok(document)) => Loaded::FromBackup {
                    document,
                    problem: "main copy missing".into(),
                },
                _ => Loaded::Empty,
            };
        };
        match self.unwrap(&main) {
            Ok(document) => Loaded::Current(document),
            Err(problem) => match storage::load(&self.backup_key()).map(|b| self.unwrap(&b)) {
                Some(Ok(document)) => Loaded::FromBackup { document, problem },
                _ => Loaded::Corrupted { problem },
            },
        }
    }

    /// Saves the document; the copy it replaces becomes the backup when it was good.
    pub fn save(&self, document: &str) -> Result<(), SaveError> {
        if let Some(previous) = storage::load(self.key) {
            if self.unwrap(&previous).is_ok() {
                storage::save(&self.backup_key(), &previous);
            }
        }
        if storage::save(self.key, &self.wrap(document)) {
            Ok(())
        } else {
            Err(SaveError::Refused)
        }
    }
}
