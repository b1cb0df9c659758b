//! The counter's intake: the customer, quick starts, and one card per line.
pub mod customer_form;
pub mod line_card;
pub mod quick_starts;

use crate::i18n::{t, Lang, C};
use crate::state::intake::{FieldError, FieldErrors};
use yew::AttrValue;

/// The message for a field's error, if it has one.
pub fn error_at(lang: Lang, errors: &FieldErrors, id: &str) -> Option<AttrValue> {
    errors.get(id).map(|e| {
        AttrValue::from(t(
            lang,
            match e {
                FieldError::Required => C::ErrRequired,
                FieldError::NotAnAmount => C::ErrAmount,
                FieldError::NotAWholeNumber => C::ErrWhole,
                FieldError::NotANumber => C::ErrNumber,
                FieldError::TooLarge => C::ErrTooLarge,
                FieldError::NotAPercent => C::ErrPercent,
            },
        ))
    })
}
