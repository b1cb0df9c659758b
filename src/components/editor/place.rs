//! Where an import or item-JSON problem is, in both languages and in words a
//! manager knows: a CSV line and its column's name with the form's label
//! (`第 3 行，月费（monthly_fee）`), or the item by its name
//! (`套餐“畅享 59”（plan.59），字段 allowance`) rather than a bare
//! `plans[3].allowance` path.
use proposal_engine::catalog::ItemList;
use proposal_engine::{Catalog, Text};

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

/// The item a problem path (`promotions[2].applies_to[0]`) is in, by its
/// name and id, and the field inside it; the path itself when it names no item.
pub fn item(catalog: &Catalog, path: &str) -> Text {
    let named = path.split_once('[').and_then(|(list, rest)| {
        let (i, field) = rest.split_once(']')?;
        let list = ItemList::ALL.into_iter().find(|l| l.key() == list)?;
        let id = *list.ids(catalog).get(i.parse::<usize>().ok()?)?;
        let name = catalog.name_of(id).cloned();
        Some((
            id.to_string(),
            name,
            field.trim_start_matches('.').to_string(),
        ))
    });
    let Some((id, name, field)) = named else {
        return Text::new(path, path);
    };
    let (zh, en) = match &name {
        Some(n) => (
            format!("“{}”（{id}）", n.zh),
            format!("\"{}\" ({id})", n.en),
        ),
        None => (id.clone(), id),
    };
    match field.as_str() {
        "" => Text::new(zh, en),
        f => Text::new(format!("{zh}，字段 {f}"), format!("{en}, field {f}")),
    }
}

/// `place: message`, in each language.
pub fn at(place: &Text, message: &Text) -> Text {
    Text::new(
        format!("{}：{}", place.zh, message.zh),
        format!("{}: {}", place.en, message.en),
    )
}
