//! The per-field form every item type shares: an item type says which
//! fields it has and how each reads and writes as text ([`Item`]); the form
//! ([`item_form::ItemForm`]) shows them with their units through one field
//! row, keeps what was typed, explains bad text at the field, and shows the
//! engine validator's messages at the field they concern.
pub mod allowance;
pub mod choices;
pub mod codec;
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
use field::{Entry, Field, Shape};

/// An item type with a form.
pub trait Item: Clone + PartialEq + 'static {
    /// Element ids and the test id: `bundle` gives `#bundle-monthly_fee`, `bundle-form`.
    const PREFIX: &'static str;
    /// The form's heading.
    const TITLE: F;
    /// The catalog's list key, as in problem paths (`bundles`; `brand`).
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
    /// The item's field table, as the form shows it, with its headings and
    /// shape buttons (it may depend on the item: its slots, its promotion type).
    fn entries(&self) -> Vec<Entry<Self>>;
    /// Changes the item's shape (adds a slot, removes a tier).
    fn act(&mut self, _shape: Shape) {}

    /// Every field of the table, in order.
    fn fields(&self) -> Vec<Field<Self>> {
        let fields = self.entries().into_iter();
        fields
            .filter_map(|e| match e {
                Entry::Field(f) => Some(f),
                Entry::Group { .. } | Entry::Action { .. } => None,
            })
            .collect()
    }
    /// The field `key` as text (empty for a key the item does not have).
    fn get(&self, key: &str) -> String {
        let field = self.fields().into_iter().find(|f| f.key == key);
        field.map(|f| f.get(self)).unwrap_or_default()
    }
    /// Writes `text` into the field `key`; the error says what was expected.
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        match self.fields().into_iter().find(|f| f.key == key) {
            Some(f) => f.set(self, text),
            None => Ok(()),
        }
    }
}
