//! Field values as text and back: amounts with the engine's yuan parser,
//! percentages with its basis-point parser, whole numbers, id lists and
//! snake-case names. Never a float, never a silent zero: bad text is an error
//! in both languages, shown at the field.
use proposal_engine::{Bps, ItemId, Lang, Money, Text};

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
    Money::parse_yuan(s).map_err(|e| Text::new(e.message(Lang::ZhCn), e.message(Lang::En)))
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
    s.trim().parse().map_err(|_| {
        Text::new(
            format!("请输入整数，例如 300（不是“{s}”）"),
            format!("enter a whole number, e.g. 300 (not {s:?})"),
        )
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

/// Data as MB: `30720`, `512 MB`, or in GB: `30 GB`, `1.5G` (1 GB = 1024
/// MB; at most three decimals, rounded half-up to the MB).
pub fn data_mb(s: &str) -> Result<u32, Text> {
    let text = s.trim().to_ascii_lowercase();
    let bad = || {
        Text::new(
            format!("请输入 MB 整数，或 GB，例如 30 GB（不是“{s}”）"),
            format!("enter whole MB, or GB such as 30 GB (not {s:?})"),
        )
    };
    let Some(gb) = text.strip_suffix("gb").or_else(|| text.strip_suffix('g')) else {
        let mb = text.strip_suffix("mb").unwrap_or(&text);
        return mb.trim().parse().map_err(|_| bad());
    };
    let (whole, frac) = gb.trim().split_once('.').unwrap_or((gb.trim(), ""));
    let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() && frac.is_empty() || frac.len() > 3 || !digits(whole) || !digits(frac) {
        return Err(bad());
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let thousandths = whole
        .checked_mul(1000)
        .and_then(|w| w.checked_add(format!("{frac:0<3}").parse().ok()?))
        .ok_or_else(bad)?;
    let mb = thousandths
        .checked_mul(1024)
        .and_then(|x| x.checked_add(500))
        .ok_or_else(bad)?
        / 1000;
    u32::try_from(mb).map_err(|_| bad())
}

/// What `mb` is in GB, beside a data field: `= 30 GB`, `≈ 1.5 GB`.
pub fn gb_note(mb: u32) -> Option<String> {
    if mb < 1024 {
        return None;
    }
    if mb.is_multiple_of(1024) {
        return Some(format!("= {} GB", mb / 1024));
    }
    let tenths = (u64::from(mb) * 10 + 512) / 1024;
    Some(format!("≈ {}.{} GB", tenths / 10, tenths % 10))
}

/// `15`, `7.5`: the unit (%) is shown beside the field.
pub fn percent_text(b: Bps) -> String {
    b.format(Lang::En).trim_end_matches('%').to_string()
}

pub fn percent(s: &str) -> Result<Bps, Text> {
    Bps::parse_percent(s).map_err(|e| Text::new(e.message(Lang::ZhCn), e.message(Lang::En)))
}

/// `slots[2].max` read as (2, `max`) when it starts with `list`.
pub fn indexed<'a>(key: &'a str, list: &str) -> Option<(usize, &'a str)> {
    let rest = key.strip_prefix(list)?.strip_prefix('[')?;
    let (n, rest) = rest.split_once(']')?;
    Some((n.parse().ok()?, rest.strip_prefix('.').unwrap_or(rest)))
}
