//! Parts several item types share, each with its fields and its text
//! get/set: names and descriptions here; an allowance and rates
//! (`allowance.rs`) and who may order (`eligibility.rs`) re-exported. An
//! item puts a part's keys under its prefix (`allowance.`, `slots[1].allowance.`).
use proposal_engine::Text;

pub use super::allowance::{get_allowance, get_rates, set_allowance, set_rates, ALLOWANCE, RATES};
pub use super::eligibility::{get_eligibility, set_eligibility, ELIGIBILITY};
use super::field::{f, Entry, Field, FieldKind as K};
use crate::i18n::editor_form::F;

/// What `key` reads under `prefix` (`allowance.data_mb` under `allowance`: `data_mb`).
pub fn sub<'a>(key: &'a str, prefix: &str) -> Option<&'a str> {
    key.strip_prefix(prefix)?.strip_prefix('.')
}

/// A heading with nothing to check at its own path.
pub fn heading(label: F) -> Entry {
    Entry::Group {
        label,
        number: None,
        key: String::new(),
        remove: None,
    }
}

/// The fields of `part` under `prefix.`, after a heading that shows the
/// problems of the part as a whole (`adds`: a pack must add some allowance).
pub fn section(label: F, prefix: &str, part: &[Field]) -> Vec<Entry> {
    let mut out = vec![Entry::Group {
        label,
        number: None,
        key: prefix.to_string(),
        remove: None,
    }];
    out.extend(
        part.iter()
            .map(|x| Entry::Field(x.under(&format!("{prefix}.")))),
    );
    out
}

/// The opening of a form: the id (`head[0]`), the names, the rest of
/// `head`, then the description when the item has one.
pub fn opening(head: &[Field], description: bool) -> Vec<Entry> {
    let desc: &[Field] = if description { &DESCRIPTION } else { &[] };
    head[..1]
        .iter()
        .chain(&NAME)
        .chain(&head[1..])
        .chain(desc)
        .cloned()
        .map(Entry::Field)
        .collect()
}

pub const NAME: [Field; 2] = [
    f("name.zh", F::NameZh, None, K::Text),
    f("name.en", F::NameEn, None, K::Text),
];

pub const DESCRIPTION: [Field; 2] = [
    f("description.zh", F::DescZh, None, K::Text),
    f("description.en", F::DescEn, None, K::Text),
];

/// `name.zh` of `name` (and `description.en` of `description`, if any).
pub fn get_text(key: &str, name: &Text, description: Option<&Text>) -> Option<String> {
    let (text, lang) = match key.split_once('.')? {
        ("name", lang) => (name, lang),
        ("description", lang) => (description?, lang),
        _ => return None,
    };
    match lang {
        "zh" => Some(text.zh.clone()),
        "en" => Some(text.en.clone()),
        _ => None,
    }
}

/// Writes `name.zh` (…) from `value`; false when `key` is not a name or description.
pub fn set_text(key: &str, value: &str, name: &mut Text, description: Option<&mut Text>) -> bool {
    let Some((part, lang)) = key.split_once('.') else {
        return false;
    };
    let text = match (part, description) {
        ("name", _) => name,
        ("description", Some(d)) => d,
        _ => return false,
    };
    match lang {
        "zh" => text.zh = value.to_string(),
        "en" => text.en = value.to_string(),
        _ => return false,
    }
    true
}
