//! The counter's intake: the customer, quick starts, and one card per line.
pub mod customer_form;
pub mod line_card;
pub mod line_offers;
pub mod quick_starts;
pub mod suggestions;

use crate::i18n::Lang;
use crate::state::intake::FieldErrors;
use yew::AttrValue;

/// The message for a field's error, if it has one (the engine's words).
pub fn error_at(lang: Lang, errors: &FieldErrors, id: &str) -> Option<AttrValue> {
    errors.get(id).map(|e| AttrValue::from(e.get(lang)))
}
