//! The customer book's parts (`#/customers`): the toolbar (search, filter,
//! exports, import), a customer's row, the visit form and the blank A4
//! visit form for paper. Every word is the engine's (`book::words`).
use proposal_engine::book::words::W;
use proposal_engine::Lang;

pub mod blank_form;
pub mod row;
pub mod toolbar;
pub mod visit_form;

/// A word of the book in `lang`.
pub fn say(lang: Lang, w: W) -> &'static str {
    match lang {
        Lang::ZhCn => w.0,
        Lang::En => w.1,
    }
}
