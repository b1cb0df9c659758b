//! Where an import or item-JSON problem is, in both languages and in words a
//! manager knows: a CSV line and its column's name with the form's label
//! (`第 3 行，月费（monthly_fee）`); an item's field by name and label is
//! [`super::named`].
use proposal_engine::Text;

use crate::i18n::Translate;

/// `line n`.
pub fn line(n: usize) -> Text {
    Text::new(format!("第 {n} 行"), format!("line {n}"))
}

/// `line n, field key (label)`: a CSV cell; `label` is the form's label.
pub fn cell(n: usize, key: &str, label: Option<impl Translate>) -> Text {
    match label.map(Translate::pair) {
        Some((zh, en)) => Text::new(
            format!("第 {n} 行，{zh}（{key}）"),
            format!("line {n}, field {key} ({en})"),
        ),
        None => Text::new(
            format!("第 {n} 行，字段 {key}"),
            format!("line {n}, field {key}"),
        ),
    }
}

/// `place: message`, in each language.
pub fn at(place: &Text, message: &Text) -> Text {
    Text::new(
        format!("{}：{}", place.zh, message.zh),
        format!("{}: {}", place.en, message.en),
    )
}
