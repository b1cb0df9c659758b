//! Field values as text and back: amounts, data, whole numbers and
//! percentages with the engine's one reading of figures
//! (`proposal_engine::figures`), id lists and snake-case names. Never a
//! float, never a silent zero: bad text is an error in both languages, shown
//! at the field.
use proposal_engine::figures::{self, DataUnit, FieldProblem};
use proposal_engine::{Bps, ItemId, Money, Text};

use super::super::yuan_text;

/// Snake-case name of a serde enum value (`key_account`).
pub fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap_or_default()
        .trim_matches('"')
        .to_string()
}

/// The enum value named `s` in snake case.
pub fn from_snake<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, Text> {
    serde_json::from_str(&format!("\"{}\"", s.trim()))
        .map_err(|_| Text::new(format!("无法识别：{s}"), format!("not recognised: {s:?}")))
}

/// Items of a comma list.
pub fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split([',', '，', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A comma list of snake-case names.
pub fn names<T: serde::Serialize>(items: &[T]) -> String {
    items.iter().map(snake).collect::<Vec<_>>().join(", ")
}

/// Reads a comma list of snake-case names.
pub fn parse_names<T: serde::de::DeserializeOwned>(s: &str) -> Result<Vec<T>, Text> {
    split(s).map(from_snake).collect()
}

pub fn ids_text(ids: &[ItemId]) -> String {
    ids.iter()
        .map(|i| i.0.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn ids(s: &str) -> Vec<ItemId> {
    split(s).map(ItemId::new).collect()
}

pub fn money(s: &str) -> Result<Money, Text> {
    figures::parse_yuan(s).map_err(|e| e.message_for(s))
}

pub fn opt_money(s: &str) -> Result<Option<Money>, Text> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        money(s).map(Some)
    }
}

pub fn opt_money_text(m: Option<Money>) -> String {
    m.map(yuan_text).unwrap_or_default()
}

pub fn whole(s: &str) -> Result<u32, Text> {
    figures::parse_count(s, u32::MAX).map_err(|e| match e {
        FieldProblem::Required => FieldProblem::NotAWholeNumber.message(),
        e => e.message_for(s),
    })
}

pub fn opt_whole(s: &str) -> Result<Option<u32>, Text> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        whole(s).map(Some)
    }
}

pub fn opt_whole_text(v: Option<u32>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

/// Data typed in GB (`30`, `1.5`, `30 GB`; `512 MB` still reads as MB),
/// stored as MB: the engine's one rule for typed GB.
pub fn data_mb(s: &str) -> Result<u32, Text> {
    figures::parse_data(s, DataUnit::Gb).map_err(|e| match e {
        FieldProblem::Required => FieldProblem::NotData(DataUnit::Gb).message(),
        e => e.message_for(s),
    })
}

/// Stored MB as a GB field's text (`30`, `1.5`), read back exactly by [`data_mb`].
pub fn data_gb_text(mb: &u32) -> String {
    figures::data_text(*mb, DataUnit::Gb)
}

/// Stored MB as a table or the diff shows it: `30 GB`, `1.5 GB` (`1 MB`
/// when it has no GB form).
pub fn data_gb_shown(mb: u32) -> String {
    let text = figures::data_text(mb, DataUnit::Gb);
    if text.ends_with("MB") {
        text
    } else {
        format!("{text} GB")
    }
}

/// `15`, `7.5`: the unit (%) is shown beside the field.
pub use figures::percent_text;

/// Any percentage; the validator checks its range (a discount at most 100%).
pub fn percent(s: &str) -> Result<Bps, Text> {
    figures::parse_percent(s, Bps(u32::MAX)).map_err(|_| FieldProblem::NotAPercent.message_for(s))
}

/// `slots[2].max` read as (2, `max`) when it starts with `list`.
pub fn indexed<'a>(key: &'a str, list: &str) -> Option<(usize, &'a str)> {
    let rest = key.strip_prefix(list)?.strip_prefix('[')?;
    let (n, rest) = rest.split_once(']')?;
    Some((n.parse().ok()?, rest.strip_prefix('.').unwrap_or(rest)))
}
