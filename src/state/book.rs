//! The rep's customer book on the device (`#/customers`, in
//! `proposal.html`): the engine's [`Book`] in a reducer, stored through
//! [`crate::state::persist::Store`] like the managers' tables (schema
//! version, migration, backup copy), and what to tell the rep when a copy
//! was damaged or a save refused (export offered). Reducers never touch
//! storage; the page's autosave does.
use std::rc::Rc;

use proposal_engine::book::import::{import, Imported};
use proposal_engine::book::{Book, Record, Status, Visit};
use proposal_engine::{Date, Text};
use yew::prelude::*;

use crate::state::persist::SaveError;

pub mod inbox;
mod store;
pub mod sync;
pub use store::{save, BrowserJson, StorageNotice, BOOK_STORE};

/// The book and what the page says about it.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct BookState {
    pub book: Rc<Book>,
    /// Storage trouble, until dismissed.
    pub notice: Option<StorageNotice>,
    /// The last deleted record and its place, for 撤销.
    pub undo: Option<(usize, Record)>,
    /// What the last import did.
    pub imported: Option<Result<Imported, Text>>,
}

/// What the rep does to the book.
pub enum BookAction {
    /// The counter's customers (and the inbox's) were kept: the book as it is now.
    Replace(Book),
    Delete(String),
    Undo,
    Duplicate(String, Date),
    Visit(String, Box<Visit>),
    Phone(String, String),
    Status(String, Status),
    Import(String, Date),
    /// The chosen file could not be read as text: said, nothing changed.
    ImportRefused(Text),
    Saved(Result<(), SaveError>),
    DismissNotice,
}

impl BookState {
    /// The stored book, or an empty one with the notice of why.
    pub fn restore() -> BookState {
        let (book, notice) = store::load();
        BookState {
            book: Rc::new(book),
            notice,
            ..BookState::default()
        }
    }

    /// [`BookState::restore`], with the customers the counter handed over
    /// ("新客户", see [`inbox`]) taken in and saved; the inbox is emptied
    /// only once the book holding them is stored.
    pub fn restore_with_inbox(active: &proposal_engine::Catalog, today: Date) -> BookState {
        let mut state = BookState::restore();
        let waiting = inbox::waiting();
        if waiting.is_empty() || matches!(state.notice, Some(StorageNotice::Corrupted(_))) {
            return state;
        }
        let blank = crate::state::session::Session::default();
        let (book, _) = sync::absorb(&state.book, &waiting, &blank, active, today);
        match save(&book) {
            Ok(()) => inbox::clear(),
            Err(SaveError::Refused) => state.notice = Some(StorageNotice::Refused),
        }
        state.book = Rc::new(book);
        state
    }

    fn edit(mut self, f: impl FnOnce(&mut Book)) -> Self {
        f(Rc::make_mut(&mut self.book));
        self
    }
}

impl Reducible for BookState {
    type Action = BookAction;

    fn reduce(self: Rc<Self>, action: BookAction) -> Rc<Self> {
        let next = (*self).clone();
        let next = match action {
            BookAction::Replace(book) if book == *next.book => return self,
            BookAction::Replace(book) => BookState {
                book: Rc::new(book),
                ..next
            },
            BookAction::Delete(id) => {
                let mut book = (*next.book).clone();
                match book.remove(&id) {
                    Some(gone) => BookState {
                        book: Rc::new(book),
                        undo: Some(gone),
                        ..next
                    },
                    None => return self,
                }
            }
            BookAction::Undo => {
                let Some((at, record)) = next.undo.clone() else {
                    return self;
                };
                BookState {
                    undo: None,
                    ..next.edit(|b| b.restore(at, record))
                }
            }
            BookAction::Duplicate(id, today) => next.edit(|b| {
                b.duplicate(&id, today);
            }),
            BookAction::Visit(id, visit) => next.edit(|b| {
                b.add_visit(&id, *visit);
            }),
            BookAction::Phone(id, phone) => next.edit(|b| {
                if let Some(r) = b.customers.iter_mut().find(|r| r.id == id) {
                    r.phone = phone;
                }
            }),
            BookAction::Status(id, status) => next.edit(|b| {
                if let Some(r) = b.customers.iter_mut().find(|r| r.id == id) {
                    r.status = status;
                }
            }),
            BookAction::Import(text, today) => {
                let mut book = (*next.book).clone();
                let done = import(&mut book, &text, today, &BrowserJson);
                BookState {
                    book: Rc::new(book),
                    imported: Some(done),
                    ..next
                }
            }
            BookAction::ImportRefused(why) => BookState {
                imported: Some(Err(why)),
                ..next
            },
            BookAction::Saved(Ok(())) if next.notice == Some(StorageNotice::Refused) => BookState {
                notice: None,
                ..next
            },
            BookAction::Saved(Ok(())) => return self,
            BookAction::Saved(Err(SaveError::Refused)) => BookState {
                notice: Some(StorageNotice::Refused),
                ..next
            },
            BookAction::DismissNotice => BookState {
                notice: None,
                imported: None,
                ..next
            },
        };
        Rc::new(next)
    }
}

pub type BookContext = UseReducerHandle<BookState>;

/// Host tests of the reducer and the store.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
