//! How each type of value is typed in a form: its [`FieldKind`] (keypad,
//! hint, choices) and its text both ways, from the parsers in `parse.rs`.
//! A field table pairs one of these with where the value lives.
use proposal_engine::catalog::{
    AddOnKind, CapBase, CreditBasis, FreeCallScope, HandsetFeeShare, LinesCounted, Scope,
    SegmentKind, Stacking,
};
use proposal_engine::{Bps, ItemId, LineKind, Money, Text};

use super::choices::{
    ADDON_KINDS, AUDIENCES, AUTHORITY, CAP_BASES, CREDIT_BASES, FREE_CALL_SCOPES,
    HANDSET_FEE_SHARES, LINES_COUNTED, LINE_KINDS, ORIGINS, SCOPES, SEGMENTS, STACKINGS, YES_NO,
};
use super::field::FieldKind;
use super::parse::{
    data_gb_text, data_mb, from_snake, ids, ids_text, money, names, opt_money, opt_money_text,
    opt_whole, opt_whole_text, parse_names, percent, percent_text, snake, whole,
};
use crate::components::editor::yuan_text;

/// A value's kind and its text both ways.
pub struct Codec<V> {
    pub kind: FieldKind,
    pub show: fn(&V) -> String,
    pub read: fn(&str) -> Result<V, Text>,
}

impl<V> Clone for Codec<V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<V> Copy for Codec<V> {}

/// Text as typed (names, the hotline).
pub const TEXT: Codec<String> = Codec {
    kind: FieldKind::Text,
    show: String::clone,
    read: |s| Ok(s.to_string()),
};

pub const ID: Codec<ItemId> = Codec {
    kind: FieldKind::Text,
    show: |id| id.0.clone(),
    read: |s| Ok(ItemId::new(s.trim())),
};

pub const IDS: Codec<Vec<ItemId>> = Codec {
    kind: FieldKind::Ids,
    show: |v| ids_text(v),
    read: |s| Ok(ids(s)),
};

pub const MONEY: Codec<Money> = Codec {
    kind: FieldKind::Money,
    show: |m| yuan_text(*m),
    read: money,
};

pub const OPT_MONEY: Codec<Option<Money>> = Codec {
    kind: FieldKind::OptMoney,
    show: |m| opt_money_text(*m),
    read: opt_money,
};

pub const WHOLE: Codec<u32> = Codec {
    kind: FieldKind::Whole,
    show: u32::to_string,
    read: whole,
};

pub const OPT_WHOLE: Codec<Option<u32>> = Codec {
    kind: FieldKind::OptWhole,
    show: |v| opt_whole_text(*v),
    read: opt_whole,
};

/// A day or none: the date picker's `YYYY-MM-DD`, empty for no limit.
pub const OPT_DATE: Codec<Option<proposal_engine::Date>> = Codec {
    kind: FieldKind::OptDate,
    show: |d| d.map(|d| d.to_string()).unwrap_or_default(),
    read: |s| {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        proposal_engine::Date::parse(s).map(Some).ok_or_else(|| {
            Text::new(
                "请填写日期，如 2026-12-31",
                "enter a date such as 2026-12-31",
            )
        })
    },
};

pub const AUDIENCE_LIST: Codec<Vec<proposal_engine::catalog::Audience>> = Codec {
    kind: FieldKind::Many(AUDIENCES),
    show: |v| names(v),
    read: parse_names::<proposal_engine::catalog::Audience>,
};

pub const DATA_MB: Codec<u32> = Codec {
    kind: FieldKind::DataMb,
    show: data_gb_text,
    read: data_mb,
};

pub const PERCENT: Codec<Bps> = Codec {
    kind: FieldKind::Percent,
    show: |b| percent_text(*b),
    read: percent,
};

pub const YES_OR_NO: Codec<bool> = Codec {
    kind: FieldKind::Choice(YES_NO),
    show: bool::to_string,
    read: |s| Ok(s == "true"),
};

/// Discount authority 1 to 3; past 255 stays out of range for the validator to explain.
pub const AUTHORITY_LEVEL: Codec<u8> = Codec {
    kind: FieldKind::Choice(AUTHORITY),
    show: u8::to_string,
    read: |s| whole(s).map(|n| u8::try_from(n).unwrap_or(u8::MAX)),
};

pub const LINE_KIND: Codec<LineKind> = Codec {
    kind: FieldKind::Choice(LINE_KINDS),
    show: snake::<LineKind>,
    read: from_snake::<LineKind>,
};

pub const LINE_KIND_LIST: Codec<Vec<LineKind>> = Codec {
    kind: FieldKind::Many(LINE_KINDS),
    show: |v| names(v),
    read: parse_names::<LineKind>,
};

/// Which lines pay a one-off fee, by where they are today (`origins`).
pub const ORIGIN_LIST: Codec<Vec<proposal_engine::LineOrigin>> = Codec {
    kind: FieldKind::Many(ORIGINS),
    show: |v| names(v),
    read: parse_names::<proposal_engine::LineOrigin>,
};

pub const SEGMENT_LIST: Codec<Vec<SegmentKind>> = Codec {
    kind: FieldKind::Many(SEGMENTS),
    show: |v| names(v),
    read: parse_names::<SegmentKind>,
};

pub const ADDON_KIND: Codec<AddOnKind> = Codec {
    kind: FieldKind::Choice(ADDON_KINDS),
    show: snake::<AddOnKind>,
    read: from_snake::<AddOnKind>,
};

pub const CREDIT_BASIS: Codec<CreditBasis> = Codec {
    kind: FieldKind::Choice(CREDIT_BASES),
    show: snake::<CreditBasis>,
    read: from_snake::<CreditBasis>,
};

pub const FREE_CALL_SCOPE: Codec<FreeCallScope> = Codec {
    kind: FieldKind::Choice(FREE_CALL_SCOPES),
    show: snake::<FreeCallScope>,
    read: from_snake::<FreeCallScope>,
};

pub const HANDSET_SHARE: Codec<HandsetFeeShare> = Codec {
    kind: FieldKind::Choice(HANDSET_FEE_SHARES),
    show: snake::<HandsetFeeShare>,
    read: from_snake::<HandsetFeeShare>,
};

pub const LINES: Codec<LinesCounted> = Codec {
    kind: FieldKind::Choice(LINES_COUNTED),
    show: snake::<LinesCounted>,
    read: from_snake::<LinesCounted>,
};

pub const STACKING: Codec<Stacking> = Codec {
    kind: FieldKind::Choice(STACKINGS),
    show: snake::<Stacking>,
    read: from_snake::<Stacking>,
};

pub const CAP_BASE: Codec<CapBase> = Codec {
    kind: FieldKind::Choice(CAP_BASES),
    show: snake::<CapBase>,
    read: from_snake::<CapBase>,
};

pub const SCOPE: Codec<Scope> = Codec {
    kind: FieldKind::Choice(SCOPES),
    show: snake::<Scope>,
    read: from_snake::<Scope>,
};
