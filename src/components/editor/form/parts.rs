//! Parts several item types share: a name or description in both
//! languages (here), an allowance and rates (`allowance.rs`) and who may
//! order (`eligibility.rs`), and the headings that open a part of a form.
use proposal_engine::Text;

pub use super::allowance::{allowance_fields, rates_fields};
use super::codec::TEXT;
pub use super::eligibility::eligibility_fields;
use super::field::{field, Entry, Field};
use crate::i18n::editor_form::F;

/// A heading with nothing to check at its own path.
pub fn heading<T>(label: F) -> Entry<T> {
    Entry::Group {
        label,
        number: None,
        key: String::new(),
        remove: None,
    }
}

/// A heading that shows the problems of the part at `key` as a whole
/// (`adds`: a pack must add some allowance), then the part's fields.
pub fn section<T>(
    label: F,
    key: &str,
    fields: impl IntoIterator<Item = Field<T>>,
) -> Vec<Entry<T>> {
    let mut out = vec![Entry::Group {
        label,
        number: None,
        key: key.to_string(),
        remove: None,
    }];
    out.extend(fields.into_iter().map(Entry::Field));
    out
}

/// Every field as an entry, in order.
pub fn entries<T>(fields: impl IntoIterator<Item = Field<T>>) -> Vec<Entry<T>> {
    fields.into_iter().map(Entry::Field).collect()
}

/// A text in both languages (`zh`, `en`), with the labels of each.
pub fn text_fields(zh: F, en: F) -> Vec<Field<Text>> {
    vec![field!(Text, zh, TEXT, zh), field!(Text, en, TEXT, en)]
}

pub fn name_fields() -> Vec<Field<Text>> {
    text_fields(F::NameZh, F::NameEn)
}

pub fn description_fields() -> Vec<Field<Text>> {
    text_fields(F::DescZh, F::DescEn)
}
