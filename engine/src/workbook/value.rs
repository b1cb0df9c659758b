//! A cell as the workbook writes it ([`Cell`]) and as it is read back
//! ([`Value`]), and one [`Codec`] per kind of field: money in yuan with two
//! decimals (fen in the engine), percentages as 12.5 for 12.5%, whole
//! numbers, yes/no, the engine's snake-case names, id lists. Every reader
//! refuses what it cannot read, in both languages; a blank cell is "not
//! set": the field's absent value where it has one (an optional figure, an
//! empty list, a rule's default), else a problem, never a zero.
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::figures::{self, FieldProblem};
use crate::money::{Bps, Money};
use crate::text::Text;
use crate::{Date, ItemId};

/// What the writer puts in a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Blank,
    Text(String),
    /// Yuan, written as a number with two decimals.
    Money(Money),
    /// A percentage, written as a number (12.5 for 12.5%).
    Percent(Bps),
    Count(u32),
    Bool(bool),
}

/// What a read cell holds (dates already turned into `YYYY-MM-DD` text).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Blank,
    Text(String),
    Number(f64),
    Bool(bool),
}

impl Value {
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Blank => true,
            Value::Text(s) => figures::normalize(s).is_empty(),
            _ => false,
        }
    }

    /// The cell as text: a number in its shortest form, with a dot.
    pub fn text(&self) -> String {
        match self {
            Value::Blank => String::new(),
            Value::Text(s) => s.clone(),
            Value::Number(n) => format!("{n}"),
            Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        }
    }
}

/// A field's cell both ways.
pub struct Codec<V> {
    pub write: fn(&V) -> Cell,
    pub read: fn(&Value) -> Result<V, Text>,
}

fn required() -> Text {
    Text::new(
        "空白格表示“未设置”，此项必须填写（空白不当作 0）",
        "a blank cell means \"not set\", and this field must be set (blank is never 0)",
    )
}

/// `n` times `scale` when it is a whole number of that scale, within the
/// rounding a spreadsheet adds to 128.5 or 0.29.
fn scaled(n: f64, scale: f64) -> Option<f64> {
    let x = n * scale;
    let r = x.round();
    ((x - r).abs() < 1e-6 && r.is_finite()).then_some(r)
}

fn read_money(v: &Value) -> Result<Money, Text> {
    match v {
        _ if v.is_blank() => Err(required()),
        Value::Number(n) => match scaled(*n, 100.0) {
            Some(fen) if fen.abs() < 9.0e15 => Ok(Money(fen as i64)),
            _ => Err(Text::new(
                format!("金额最多两位小数（元，如 128.50），不是 {n}"),
                format!("an amount has at most two decimals (yuan, e.g. 128.50), not {n}"),
            )),
        },
        Value::Text(s) => figures::parse_yuan(s).map_err(|e| e.message_for(s)),
        Value::Bool(_) | Value::Blank => Err(FieldProblem::NotAnAmount.message_for(&v.text())),
    }
}

fn read_percent(v: &Value) -> Result<Bps, Text> {
    let bad = || FieldProblem::NotAPercent.message_for(&v.text());
    match v {
        _ if v.is_blank() => Err(required()),
        Value::Number(n) => match scaled(*n, 100.0) {
            Some(b) if (0.0..=f64::from(u32::MAX)).contains(&b) => Ok(Bps(b as u32)),
            _ => Err(bad()),
        },
        // The validator says which percentages may pass 100%.
        Value::Text(s) => figures::parse_percent(s, Bps(u32::MAX)).map_err(|_| bad()),
        Value::Bool(_) | Value::Blank => Err(bad()),
    }
}

fn read_count(v: &Value) -> Result<u32, Text> {
    let bad = || FieldProblem::NotAWholeNumber.message_for(&v.text());
    match v {
        _ if v.is_blank() => Err(required()),
        Value::Number(n) => match scaled(*n, 1.0) {
            Some(c) if (0.0..=f64::from(u32::MAX)).contains(&c) => Ok(c as u32),
            _ => Err(bad()),
        },
        Value::Text(s) => figures::parse_count(s, u32::MAX).map_err(|e| e.message_for(s)),
        Value::Bool(_) | Value::Blank => Err(bad()),
    }
}

fn read_bool(v: &Value) -> Result<bool, Text> {
    let t = figures::normalize(&v.text()).to_lowercase();
    match v {
        Value::Bool(b) => Ok(*b),
        _ if v.is_blank() => Ok(false),
        _ => match t.as_str() {
            "true" | "yes" | "y" | "1" | "是" => Ok(true),
            "false" | "no" | "n" | "0" | "否" => Ok(false),
            _ => Err(Text::new(
                format!("请填写 是 或 否（TRUE / FALSE），不是“{t}”"),
                format!("enter yes or no (TRUE / FALSE), not {t:?}"),
            )),
        },
    }
}

/// Text as typed; a number typed into a text column (a hotline) reads as
/// its digits.
pub const TEXT: Codec<String> = Codec {
    write: |s| {
        if s.is_empty() {
            Cell::Blank
        } else {
            Cell::Text(s.clone())
        }
    },
    read: |v| Ok(v.text()),
};

pub const ID: Codec<ItemId> = Codec {
    write: |id| Cell::Text(id.0.clone()),
    read: |v| match figures::normalize(&v.text()) {
        id if id.is_empty() => Err(Text::new(
            "编号必须填写：行按编号对应",
            "the id must be set: rows are matched by id",
        )),
        _ => Ok(ItemId::new(v.text().trim())),
    },
};

pub const MONEY: Codec<Money> = Codec {
    write: |m| Cell::Money(*m),
    read: read_money,
};

pub const OPT_MONEY: Codec<Option<Money>> = Codec {
    write: |m| m.map_or(Cell::Blank, Cell::Money),
    read: |v| {
        if v.is_blank() {
            Ok(None)
        } else {
            read_money(v).map(Some)
        }
    },
};

pub const PERCENT: Codec<Bps> = Codec {
    write: |b| Cell::Percent(*b),
    read: read_percent,
};

pub const COUNT: Codec<u32> = Codec {
    write: |n| Cell::Count(*n),
    read: read_count,
};

pub const OPT_COUNT: Codec<Option<u32>> = Codec {
    write: |n| n.map_or(Cell::Blank, Cell::Count),
    read: |v| {
        if v.is_blank() {
            Ok(None)
        } else {
            read_count(v).map(Some)
        }
    },
};

/// A day written `YYYY-MM-DD` (as text, so no spreadsheet reformats it);
/// read from a date cell, `2026-12-31`, `2026/12/31` or `2026年12月31日`,
/// full-width digits too. Blank: not set.
pub const OPT_DATE: Codec<Option<Date>> = Codec {
    write: |d| d.map_or(Cell::Blank, |d| Cell::Text(d.to_string())),
    read: |v| {
        if v.is_blank() {
            return Ok(None);
        }
        let t = figures::normalize(&v.text());
        let parts: Vec<&str> = t
            .split(['-', '/', '.', '年', '月', '日'])
            .filter(|p| !p.is_empty())
            .collect();
        let num = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
        match (parts.len(), num(0), num(1), num(2)) {
            (3, Some(y), Some(m), Some(d)) if y >= 1000 => Date::new(y as i32, m, d).map(Some),
            _ => None,
        }
        .ok_or_else(|| {
            Text::new(
                format!("请填写日期，如 2026-12-31，不是“{t}”"),
                format!("enter a date such as 2026-12-31, not {t:?}"),
            )
        })
    },
};

/// A count whose blank is its rule's default, 0 (a slot's free members).
pub const RULE_COUNT: Codec<u32> = Codec {
    write: |n| Cell::Count(*n),
    read: |v| {
        if v.is_blank() {
            Ok(0)
        } else {
            read_count(v)
        }
    },
};

/// Discount authority 1 to 3 (the validator says when it is out of range).
pub const LEVEL: Codec<u8> = Codec {
    write: |n| Cell::Count(u32::from(*n)),
    read: |v| read_count(v).map(|n| u8::try_from(n).unwrap_or(u8::MAX)),
};

/// Yes or no; blank is no (every yes/no rule's default).
pub const BOOL: Codec<bool> = Codec {
    write: |b| Cell::Bool(*b),
    read: read_bool,
};

/// A fee-role switch whose blank is yes (a promotion touches plan, bundle
/// and member fees unless the tables say otherwise).
pub const BOOL_YES: Codec<bool> = Codec {
    write: |b| Cell::Bool(*b),
    read: |v| if v.is_blank() { Ok(true) } else { read_bool(v) },
};

/// The snake-case name of a serde enum value (`key_account`).
pub fn snake<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap_or_default()
        .trim_matches('"')
        .to_string()
}

/// The enum value named `s`; the error lists the names allowed.
pub fn from_snake<T: DeserializeOwned>(s: &str, allowed: &str) -> Result<T, Text> {
    let s = figures::normalize(s);
    serde_json::from_str(&format!("\"{}\"", s.replace(['"', '\\'], ""))).map_err(|_| {
        Text::new(
            format!("无法识别“{s}”：可填 {allowed}"),
            format!("not recognised: {s:?}; allowed: {allowed}"),
        )
    })
}

/// Items of a list cell: separated by commas (also `，`, `、`, `;`).
pub fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split([',', '，', '、', ';', '；'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

pub fn list_cell(items: Vec<String>) -> Cell {
    if items.is_empty() {
        Cell::Blank
    } else {
        Cell::Text(items.join(", "))
    }
}

pub const IDS: Codec<Vec<ItemId>> = Codec {
    write: |ids| list_cell(ids.iter().map(|i| i.0.clone()).collect()),
    read: |v| Ok(split(&v.text()).map(ItemId::new).collect()),
};

/// An enum column: `$name` a codec for `$ty`, required (no default), the
/// allowed names listed in its errors.
macro_rules! enum_codec {
    ($name:ident, $ty:ty, $allowed:literal) => {
        pub const $name: Codec<$ty> = Codec {
            write: |v| Cell::Text(snake(v)),
            read: |v| {
                if v.is_blank() {
                    Err(required())
                } else {
                    from_snake(&v.text(), $allowed)
                }
            },
        };
    };
    // A rule whose blank is its default.
    ($name:ident, $ty:ty, $allowed:literal, default) => {
        pub const $name: Codec<$ty> = Codec {
            write: |v| Cell::Text(snake(v)),
            read: |v| {
                if v.is_blank() {
                    Ok(<$ty>::default())
                } else {
                    from_snake(&v.text(), $allowed)
                }
            },
        };
    };
}

/// A list of enum values, blank is none.
macro_rules! enum_list_codec {
    ($name:ident, $ty:ty, $allowed:literal) => {
        pub const $name: Codec<Vec<$ty>> = Codec {
            write: |v| list_cell(v.iter().map(snake).collect()),
            read: |v| {
                split(&v.text())
                    .map(|s| from_snake::<$ty>(s, $allowed))
                    .collect()
            },
        };
    };
}

use crate::catalog::{
    AddOnKind, Audience, CapBase, CreditBasis, FreeCallScope, HandsetFeeShare, LinesCounted, Scope,
    SegmentKind, Stacking,
};
use crate::{LineKind, LineOrigin};

enum_codec!(LINE_KIND, LineKind, "mobile, landline, broadband");
enum_codec!(
    ADDON_KIND,
    AddOnKind,
    "data_pack, long_distance_pack, push_to_talk, switchboard, surveillance, ring_back_tone, other"
);
enum_codec!(SCOPE, Scope, "per_line, per_account");
enum_codec!(
    FREE_CALL_SCOPE,
    FreeCallScope,
    "all_own_lines, same_instance",
    default
);
enum_codec!(
    HANDSET_SHARE,
    HandsetFeeShare,
    "member_fee, shared",
    default
);
enum_codec!(CREDIT_BASIS, CreditBasis, "unit, account", default);
enum_codec!(LINES_COUNTED, LinesCounted, "all, moved", default);
enum_codec!(STACKING, Stacking, "compound, add", default);
enum_codec!(CAP_BASE, CapBase, "unit, account", default);
enum_list_codec!(LINE_KINDS, LineKind, "mobile, landline, broadband");
enum_list_codec!(ORIGINS, LineOrigin, "this_operator, other_operator, new");
enum_list_codec!(
    AUDIENCES,
    Audience,
    "new_customers, from_other_operator, contract_ending"
);
enum_list_codec!(
    SEGMENTS,
    SegmentKind,
    "individual, family, business, key_account"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_numbers_and_text_and_never_a_blank() {
        assert_eq!((MONEY.read)(&Value::Number(128.5)), Ok(Money(12_850)));
        assert_eq!((MONEY.read)(&Value::Number(0.29)), Ok(Money(29)));
        assert_eq!((MONEY.read)(&Value::Number(-3.05)), Ok(Money(-305)));
        assert_eq!(
            (MONEY.read)(&Value::Text("¥1,280.50".into())),
            Ok(Money(128_050))
        );
        assert!((MONEY.read)(&Value::Number(1.005)).is_err());
        assert!((MONEY.read)(&Value::Blank).is_err());
        assert!((MONEY.read)(&Value::Text("  ".into())).is_err());
        assert_eq!((OPT_MONEY.read)(&Value::Blank), Ok(None));
    }

    #[test]
    fn counts_percentages_and_yes_no() {
        assert_eq!((COUNT.read)(&Value::Number(12.0)), Ok(12));
        assert!((COUNT.read)(&Value::Number(1.5)).is_err());
        assert!((COUNT.read)(&Value::Number(-1.0)).is_err());
        assert!((COUNT.read)(&Value::Blank).is_err());
        assert_eq!((OPT_COUNT.read)(&Value::Blank), Ok(None));
        assert_eq!((PERCENT.read)(&Value::Number(12.5)), Ok(Bps(1_250)));
        assert_eq!((PERCENT.read)(&Value::Text("7.5%".into())), Ok(Bps(750)));
        assert_eq!((BOOL.read)(&Value::Text("是".into())), Ok(true));
        assert_eq!((BOOL_YES.read)(&Value::Blank), Ok(true));
        assert!((BOOL.read)(&Value::Text("maybe".into())).is_err());
    }

    #[test]
    fn names_and_lists() {
        assert_eq!(
            (LINE_KIND.read)(&Value::Text(" landline ".into())),
            Ok(LineKind::Landline)
        );
        let e = (LINE_KIND.read)(&Value::Text("fax".into())).unwrap_err();
        assert!(e.en.contains("mobile, landline, broadband"), "{}", e.en);
        assert_eq!(
            (SEGMENTS.read)(&Value::Text("family，business".into())),
            Ok(vec![SegmentKind::Family, SegmentKind::Business])
        );
        assert_eq!((IDS.read)(&Value::Blank), Ok(vec![]));
        assert_eq!((STACKING.read)(&Value::Blank), Ok(Stacking::Compound));
    }
}
