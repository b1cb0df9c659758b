//! The managers' package tables: the draft under edit (with undo/redo), the
//! published tables, and what the counter prices with. Every change is saved
//! at once through [`Store`]; a damaged copy falls back to the backup, and a
//! refused save is reported while the work stays in memory.
use std::rc::Rc;

use proposal_engine::{validate_catalog, Catalog};
use yew::prelude::*;

use crate::state::history::History;
use crate::state::persist::{Loaded, Store};

/// The draft tables in localStorage.
pub const DRAFT_STORE: Store = Store {
    key: "tables.draft",
    schema_version: proposal_engine::catalog::SCHEMA_VERSION,
    migrate,
    check,
};

/// The tables last published from this device.
pub const PUBLISHED_STORE: Store = Store {
    key: "tables.published",
    schema_version: proposal_engine::catalog::SCHEMA_VERSION,
    migrate,
    check,
};

fn migrate(from: u32, _document: &str) -> Result<String, String> {
    Err(format!("no migration from schema {from}"))
}

fn check(document: &str) -> Result<(), String> {
    Catalog::from_json(document).map(|_| ())
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

/// The editor's whole state.
#[derive(Clone, PartialEq, Debug)]
pub struct Editor {
    pub draft: History<Catalog>,
    pub published: Rc<Catalog>,
    /// What the counter prices with: the latest draft that passed validation.
    pub active: Rc<Catalog>,
    pub notice: Option<StorageNotice>,
}

/// What a manager can do to the tables.
pub enum EditorAction {
    /// Replaces the draft with an edited copy: one undoable step.
    Edit(Catalog),
    /// Replaces the draft with imported tables (already validated): one step.
    Import(Catalog),
    Undo,
    Redo,
    /// Publishes the draft with this effective date (`YYYY-MM-DD`), bumping the version.
    Publish(String),
    /// Takes tables a manager sent (a link on a rep's tablet) as the published ones.
    Adopt(Catalog),
    DismissNotice,
}

fn load(store: &Store) -> (Option<Catalog>, Option<StorageNotice>) {
    let parse = |doc: &str| Catalog::from_json(doc).ok();
    match store.load() {
        Loaded::Empty => (None, None),
        Loaded::Current(doc) => (parse(&doc), None),
        Loaded::FromBackup { document, problem } => {
            (parse(&document), Some(StorageNotice::Restored(problem)))
        }
        Loaded::Corrupted { problem } => (None, Some(StorageNotice::Corrupted(problem))),
    }
}

impl Editor {
    /// The state a page starts from: the stored draft and published tables,
    /// else the published defaults shipped with the app.
    pub fn restore() -> Editor {
        let (published, published_notice) = load(&PUBLISHED_STORE);
        let published = Rc::new(published.unwrap_or_else(proposal_engine::default_catalog));
        let (draft, notice) = load(&DRAFT_STORE);
        Editor::from_parts(published, draft, notice.or(published_notice))
    }

    /// An editor over `published` with `draft` (none: the draft is the published tables).
    pub fn from_parts(
        published: Rc<Catalog>,
        draft: Option<Catalog>,
        notice: Option<StorageNotice>,
    ) -> Editor {
        let history = match draft {
            Some(d) if d != *published => History::new(d),
            _ => History::new((*published).clone()),
        };
        let present = history.present().clone();
        let active = if validate_catalog(&present).is_ok() {
            present
        } else {
            published.clone()
        };
        Editor {
            draft: history,
            published,
            active,
            notice,
        }
    }

    /// The draft as it stands.
    pub fn current(&self) -> &Rc<Catalog> {
        self.draft.present()
    }

    fn settle(mut self, save_draft: bool) -> Rc<Editor> {
        let present = self.draft.present().clone();
        if validate_catalog(&present).is_ok() {
            self.active = present.clone();
        }
        if save_draft {
            match DRAFT_STORE.save(&present.to_json()) {
                Err(_) => self.notice = Some(StorageNotice::Refused),
                // Saving works again: the "refused" warning no longer holds.
                Ok(()) if self.notice == Some(StorageNotice::Refused) => self.notice = None,
                Ok(()) => {}
            }
        }
        Rc::new(self)
    }
}

impl Reducible for Editor {
    type Action = EditorAction;

    fn reduce(self: Rc<Self>, action: EditorAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            EditorAction::Edit(catalog) | EditorAction::Import(catalog) => {
                if catalog == **next.current() {
                    return self;
                }
                next.draft.push(catalog);
            }
            EditorAction::Undo => {
                if !next.draft.undo() {
                    return self;
                }
            }
            EditorAction::Redo => {
                if !next.draft.redo() {
                    return self;
                }
            }
            EditorAction::Publish(effective_from) => {
                let mut published = (**next.current()).clone();
                published.version = next.published.version.max(published.version) + 1;
                published.effective_from = effective_from;
                if PUBLISHED_STORE.save(&published.to_json()).is_err() {
                    next.notice = Some(StorageNotice::Refused);
                }
                if published != **next.current() {
                    next.draft.push(published.clone());
                }
                next.published = Rc::new(published);
            }
            EditorAction::Adopt(catalog) => {
                if PUBLISHED_STORE.save(&catalog.to_json()).is_err() {
                    next.notice = Some(StorageNotice::Refused);
                }
                if catalog != **next.current() {
                    next.draft.push(catalog.clone());
                }
                next.published = Rc::new(catalog);
            }
            EditorAction::DismissNotice => {
                next.notice = None;
                return Rc::new(next);
            }
        }
        next.settle(true)
    }
}

/// The handle components take from context.
pub type EditorContext = UseReducerHandle<Editor>;
