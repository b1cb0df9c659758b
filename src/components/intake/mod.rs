//! The counter's intake: the customer, quick starts, and one card per line.
pub mod customer_form;
pub mod line_card;
pub mod quick_starts;

use crate::i18n::{t, CounterMsg, Lang};
use crate::state::intake::{FieldError, FieldErrors};
use yew::AttrValue;

/// The message for a field's error, if it has one.
pub fn error_at(lang: Lang, errors: &FieldErrors, id: &str) -> Option<AttrValue> {
    errors.get(id).map(|e| {
        AttrValue::from(t(
            lang,
            match e {
                FieldError::Required => CounterMsg::ErrRequired,
                FieldError::NotAnAmount => CounterMsg::ErrAmount,
                FieldError::NotAWholeNumber => CounterMsg::ErrWhole,
                FieldError::NotANumber => CounterMsg::ErrNumber,
                FieldError::TooLarge => CounterMsg::ErrTooLarge,
                FieldError::NotAPercent => CounterMsg::ErrPercent,
            },
        ))
    })
}
