//! What a form shows: fields (key, label, unit, how typed), group headings
//! and buttons that change an item's shape. A field's key is the validator's
//! path suffix (`monthly_fee`, `slots[1].max`), so its messages land there.
use std::borrow::Cow;

use crate::i18n::editor_form::{Opt, F, U};

/// How a field is typed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FieldKind {
    Text,
    /// Item ids, separated by commas.
    Ids,
    /// Snake-case names from a fixed list, separated by commas; the hint lists them.
    Names(&'static str),
    /// One of a fixed list: (value as stored, label).
    Choice(&'static [(&'static str, Opt)]),
    Money,
    /// Money or empty (none).
    OptMoney,
    Whole,
    /// Data in MB, also typed in GB (`30 GB`); the GB it makes is shown.
    DataMb,
    /// A whole number or empty (no limit).
    OptWhole,
    /// A percentage, stored as basis points.
    Percent,
}

impl FieldKind {
    /// Typed on a numeric keypad, with a unit beside it.
    pub fn is_number(self) -> bool {
        matches!(
            self,
            FieldKind::Money
                | FieldKind::OptMoney
                | FieldKind::Whole
                | FieldKind::DataMb
                | FieldKind::OptWhole
                | FieldKind::Percent
        )
    }
}

/// One field: key, label, unit, type.
#[derive(Clone, PartialEq, Debug)]
pub struct Field {
    pub key: Cow<'static, str>,
    pub label: F,
    pub unit: Option<U>,
    pub kind: FieldKind,
}

/// A field with a fixed key (usable in a `const` table).
pub const fn f(key: &'static str, label: F, unit: Option<U>, kind: FieldKind) -> Field {
    Field {
        key: Cow::Borrowed(key),
        label,
        unit,
        kind,
    }
}

impl Field {
    /// This field inside a list entry: `slots[1].` + `max`.
    pub fn under(&self, prefix: &str) -> Field {
        Field {
            key: Cow::Owned(format!("{prefix}{}", self.key)),
            ..self.clone()
        }
    }
}

/// One entry of a form, in order.
#[derive(Clone, PartialEq, Debug)]
pub enum Entry {
    Field(Field),
    /// A heading over the fields after it (`Slot 2`). Problems at exactly
    /// `key` (`slots`, `adds`) are shown under it; `remove` is the action
    /// that deletes this part.
    Group {
        label: F,
        number: Option<usize>,
        key: String,
        remove: Option<String>,
    },
    /// A button that changes the item's shape (`slots+`: add a slot).
    Action {
        label: F,
        action: String,
    },
}

/// Every field of a fixed table as entries.
pub fn entries(fields: &[Field]) -> Vec<Entry> {
    fields.iter().cloned().map(Entry::Field).collect()
}
