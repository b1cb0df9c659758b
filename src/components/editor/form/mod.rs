//! The per-field form every item type shares: an item type says which
//! fields it has and how each reads and writes as text ([`Item`]); the form
//! ([`item_form::ItemForm`]) shows them with their units through one field
//! row, keeps what was typed, explains bad text at the field, and shows the
//! engine validator's messages at the field they concern.
pub mod allowance;
pub mod choices;
pub mod eligibility;
pub mod field;
pub mod field_row;
pub mod field_view;
pub mod form_view;
pub mod item_form;
pub mod parse;
pub mod parts;

use proposal_engine::{Catalog, Lang, Text};

use crate::i18n::editor_form::F;
use field::Entry;

/// An item type with a form.
pub trait Item: Clone + PartialEq + 'static {
    /// Element ids and the test id: `bundle` gives `#bundle-monthly_fee`, `bundle-form`.
    const PREFIX: &'static str;
    /// The form's heading.
    const TITLE: F;
    /// The catalog's list name, as in problem paths (`bundles`).
    const LIST: &'static str;

    /// The item's path in problems: `bundles[2]`.
    fn path(index: usize) -> String {
        format!("{}[{index}]", Self::LIST)
    }
    /// The item's index for the JSON form (none: a single part, the brand).
    fn json_index(index: usize) -> Option<usize> {
        Some(index)
    }
    fn at(c: &Catalog, index: usize) -> Option<&Self>;
    fn at_mut(c: &mut Catalog, index: usize) -> Option<&mut Self>;
    /// What the heading names it by.
    fn title(&self, lang: Lang) -> String;
    /// The form's entries, in order (they may depend on the item: its slots).
    fn entries(&self) -> Vec<Entry>;
    /// The field `key` as text.
    fn get(&self, key: &str) -> String;
    /// Writes `text` into the field `key`; the error says what was expected.
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text>;
    /// Changes the item's shape (`slots+` adds a slot, `slots-1` removes one).
    fn act(&mut self, _action: &str) {}
}
