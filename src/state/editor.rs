//! The managers' package tables: the draft under edit (with undo/redo), the
//! published tables, and what the counter prices with. The editor page saves
//! every change at once through [`crate::state::persist::Store`] ([`use_editor_autosave`]);
//! a damaged copy falls back to the backup, and a refused save is reported
//! (`EditorAction::Saved`) while the work stays in memory.
use std::rc::Rc;

use proposal_engine::screen::price_book::{
    judge_host_file, HostTables, StatedFingerprint, TablesSource, CURRENT_FILE,
};
use proposal_engine::{validate_catalog, Catalog, Text};
use yew::prelude::*;

use crate::browser::json::parse_catalog;
use crate::state::autosave::use_autosave;
use crate::state::history::History;
use crate::state::persist::SaveError;

mod store;
pub mod versions;
use store::load;
pub use store::{StorageNotice, DRAFT_STORE, PUBLISHED_STORE};

/// The editor's whole state.
#[derive(Clone, PartialEq, Debug)]
pub struct Editor {
    pub draft: History<Catalog>,
    pub published: Rc<Catalog>,
    /// What the counter prices with: the latest draft that passed validation.
    pub active: Rc<Catalog>,
    pub notice: Option<StorageNotice>,
    /// Where the published tables came from (said on the counter).
    pub source: TablesSource,
    /// Why the host's tables file was refused on this start, if it was.
    pub host_refused: Option<Text>,
    /// The host's file as fetched, when its tables were taken on this start.
    pub host_file: Option<HostFile>,
    /// The host was asked on this start and answered (or could not be
    /// reached): a link of newer tables waits for this before it opens.
    pub host_checked: bool,
}

/// The text of the host's tables file that was taken, kept on the device as
/// it came (the reps' bundle never writes tables as JSON itself: serde_json's
/// writer of the whole tables would add 12 KB to every tablet's first load).
#[derive(Clone, PartialEq, Debug)]
pub struct HostFile {
    pub text: Rc<str>,
    /// Whether the draft followed (it held no unpublished edits).
    pub draft_followed: bool,
}

/// What a manager can do to the tables.
pub enum EditorAction {
    /// Replaces the draft with an edited copy: one undoable step.
    Edit(Catalog),
    /// A keystroke in a form field (`bundles[0].monthly_fee`): consecutive
    /// keystrokes in the same field of the same item are one undoable step.
    EditField {
        catalog: Catalog,
        field: String,
    },
    /// Ends the current field's undo step (the field was left).
    Commit,
    /// Replaces the draft with imported tables (already validated): one step.
    Import(Catalog),
    Undo,
    Redo,
    /// Publishes the draft with this effective date (`YYYY-MM-DD`), bumping the version.
    Publish(String),
    /// Takes tables a manager sent (a link on a rep's tablet) as the published ones.
    Adopt(Catalog),
    /// The host's published tables file (`tables/current.json`) as fetched:
    /// newer tables are taken as the published ones (the draft follows
    /// unless it holds edits not yet published); a damaged or foreign file
    /// is refused and said, and the tables in use stay.
    HostFile(String),
    /// The host had no tables file or could not be reached: the tables in use stay.
    HostUnreachable,
    DismissNotice,
    /// What saving the draft or the published tables gave (the autosave's report).
    Saved(Result<(), SaveError>),
}

impl Editor {
    /// The state a page starts from: the stored draft and published tables,
    /// else the published defaults shipped with the app.
    pub fn restore() -> Editor {
        let (published, published_notice) = load(&PUBLISHED_STORE);
        let source = match published {
            Some(_) => TablesSource::Device,
            None => TablesSource::BuiltIn,
        };
        let published = Rc::new(published.unwrap_or_else(crate::browser::json::default_tables));
        let (draft, notice) = load(&DRAFT_STORE);
        Editor {
            source,
            ..Editor::from_parts(published, draft, notice.or(published_notice))
        }
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
            source: TablesSource::Device,
            host_refused: None,
            host_file: None,
            host_checked: false,
        }
    }

    /// The draft as it stands.
    pub fn current(&self) -> &Rc<Catalog> {
        self.draft.present()
    }

    /// The draft changed: the counter prices with it when it is valid.
    fn settle(mut self) -> Rc<Editor> {
        let present = self.draft.present().clone();
        if validate_catalog(&present).is_ok() {
            self.active = present;
        }
        Rc::new(self)
    }
}

impl Reducible for Editor {
    type Action = EditorAction;

    fn reduce(self: Rc<Self>, action: EditorAction) -> Rc<Self> {
        let mut next = (*self).clone();
        if matches!(
            action,
            EditorAction::HostFile(_) | EditorAction::HostUnreachable
        ) {
            next.host_checked = true;
        }
        match action {
            EditorAction::Edit(catalog) | EditorAction::Import(catalog) => {
                if catalog == **next.current() {
                    return self;
                }
                next.draft.push(catalog);
            }
            EditorAction::EditField { catalog, field } => {
                if catalog == **next.current() {
                    return self;
                }
                next.draft.push_field(catalog, &field);
            }
            EditorAction::Commit => {
                if !next.draft.commit() {
                    return self;
                }
                return Rc::new(next);
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
                if published != **next.current() {
                    next.draft.push(published.clone());
                }
                next.published = Rc::new(published);
                next.source = TablesSource::Device;
            }
            EditorAction::Adopt(catalog) => {
                if catalog != **next.current() {
                    next.draft.push(catalog.clone());
                }
                next.published = Rc::new(catalog);
                next.source = TablesSource::Device;
            }
            EditorAction::HostFile(text) => {
                let catalog = match judge_host_file(
                    CURRENT_FILE,
                    &text,
                    &next.published,
                    parse_catalog,
                    parse_stated,
                ) {
                    HostTables::Adopt(catalog) => *catalog,
                    HostTables::Keep => return Rc::new(next),
                    HostTables::Refused(why) => {
                        next.host_refused = Some(why);
                        return Rc::new(next);
                    }
                };
                let draft_followed = **next.current() == *next.published;
                if draft_followed && catalog != **next.current() {
                    next.draft.push(catalog.clone());
                }
                next.published = Rc::new(catalog);
                next.source = TablesSource::Host;
                next.host_refused = None;
                next.host_file = Some(HostFile {
                    text: text.into(),
                    draft_followed,
                });
            }
            EditorAction::HostUnreachable => return Rc::new(next),
            EditorAction::DismissNotice => {
                next.notice = None;
                return Rc::new(next);
            }
            EditorAction::Saved(result) => {
                let notice = match (result, &next.notice) {
                    (Err(SaveError::Refused), _) => Some(StorageNotice::Refused),
                    // Saving works again: the "refused" warning no longer holds.
                    (Ok(()), Some(StorageNotice::Refused)) => None,
                    (Ok(()), other) => other.clone(),
                };
                if notice == next.notice {
                    return self;
                }
                next.notice = notice;
                return Rc::new(next);
            }
        }
        next.settle()
    }
}

fn parse_stated(text: &str) -> Option<StatedFingerprint> {
    crate::browser::json::parse(text).ok()
}

/// Asks the host for its published tables once the first page has painted
/// (the counter never waits for the network); offline, nothing changes.
#[hook]
pub fn use_host_tables(editor: EditorContext) {
    use_effect_with((), move |_| {
        crate::browser::after_paint(move || {
            crate::browser::fetch::get_text(CURRENT_FILE, move |text| {
                editor.dispatch(match text {
                    Some(text) => EditorAction::HostFile(text),
                    None => EditorAction::HostUnreachable,
                })
            })
        });
    });
}

/// The handle components take from context.
pub type EditorContext = UseReducerHandle<Editor>;

/// Saves the draft and the published tables after each change to them,
/// reporting back what the browser said (the editor page runs it).
#[hook]
pub fn use_editor_autosave(editor: EditorContext) {
    let report = |editor: &EditorContext| {
        let editor = editor.clone();
        move |result| editor.dispatch(EditorAction::Saved(result))
    };
    let saved = report(&editor);
    use_autosave(editor.current().clone(), move |draft: &Rc<Catalog>| {
        saved(DRAFT_STORE.save(&draft.to_json()))
    });
    let saved = report(&editor);
    use_autosave(editor.published.clone(), move |published: &Rc<Catalog>| {
        let json = published.to_json();
        versions::keep_version(published.version, &json);
        saved(PUBLISHED_STORE.save(&json))
    });
}
