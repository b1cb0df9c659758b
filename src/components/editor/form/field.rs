//! What a form shows: fields, group headings and buttons that change an
//! item's shape. A field is declared once, in its item type's table: its
//! key (the struct field's name, which is also the validator's path suffix,
//! so messages land there), label, unit, how it is typed ([`Codec`]), and
//! where it lives in the item. Reading and writing it as text, the CSV
//! columns and the form's rows all come from that one entry.
use std::borrow::Cow;
use std::rc::Rc;

use proposal_engine::Text;

use super::codec::Codec;
use crate::i18n::editor_form::{ChoiceMsg, FormMsg, UnitMsg};

/// How a field is typed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FieldKind {
    Text,
    /// Item ids, separated by commas.
    Ids,
    /// Any of a fixed list, ticked by label: (value as stored, label); the
    /// text is the stored names, separated by commas.
    Many(&'static [(&'static str, ChoiceMsg)]),
    /// One of a fixed list: (value as stored, label).
    Choice(&'static [(&'static str, ChoiceMsg)]),
    Money,
    /// Money or empty (none).
    OptMoney,
    Whole,
    /// Data stored in MB, shown and typed in GB (`30`, `1.5`; `512 MB` also reads).
    DataMb,
    /// A whole number or empty (no limit).
    OptWhole,
    /// A percentage, stored as basis points.
    Percent,
    /// A day (`YYYY-MM-DD`, a date picker) or empty (no limit).
    OptDate,
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

type Read<T> = Rc<dyn Fn(&T) -> Option<String>>;
type Write<T> = Rc<dyn Fn(&mut T, &str) -> Option<Result<(), Text>>>;

/// One field of an item of type `T`: key, label, unit, type, and how its
/// value is read and written as text.
pub struct Field<T> {
    pub key: Cow<'static, str>,
    pub label: FormMsg,
    pub unit: Option<UnitMsg>,
    pub kind: FieldKind,
    read: Read<T>,
    write: Write<T>,
}

impl<T> Clone for Field<T> {
    fn clone(&self) -> Self {
        Field {
            key: self.key.clone(),
            label: self.label,
            unit: self.unit,
            kind: self.kind,
            read: self.read.clone(),
            write: self.write.clone(),
        }
    }
}

impl<T> std::fmt::Debug for Field<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Field({})", self.key)
    }
}

impl<T: 'static> Field<T> {
    /// The field `key` of a `T`, typed as `codec`, at the value `get`
    /// reaches (none: the item has no such part now, e.g. another promotion type).
    pub fn at<V: 'static>(
        key: impl Into<Cow<'static, str>>,
        label: FormMsg,
        unit: Option<UnitMsg>,
        codec: Codec<V>,
        get: impl Fn(&T) -> Option<&V> + 'static,
        get_mut: impl Fn(&mut T) -> Option<&mut V> + 'static,
    ) -> Field<T> {
        Field {
            key: key.into(),
            label,
            unit,
            kind: codec.kind,
            read: Rc::new(move |x| get(x).map(codec.show)),
            write: Rc::new(move |x, text| {
                let slot = get_mut(x)?;
                Some(
                    (codec.read)(text)
                        .map(|v| *slot = v)
                        .map_err(|e| quoting(e, text)),
                )
            }),
        }
    }

    /// A field read and written by hand, for a value that is more than one
    /// codec (a promotion's type, whose change starts the type's fields afresh).
    pub fn by_hand(
        key: &'static str,
        label: FormMsg,
        kind: FieldKind,
        read: impl Fn(&T) -> String + 'static,
        write: impl Fn(&mut T, &str) -> Result<(), Text> + 'static,
    ) -> Field<T> {
        Field {
            key: Cow::Borrowed(key),
            label,
            unit: None,
            kind,
            read: Rc::new(move |x| Some(read(x))),
            write: Rc::new(move |x, text| Some(write(x, text))),
        }
    }

    /// The field as text; empty when the item has no such part.
    pub fn get(&self, item: &T) -> String {
        (self.read)(item).unwrap_or_default()
    }

    /// Writes `text` into the field; the error says what was expected.
    /// Nothing happens when the item has no such part.
    pub fn set(&self, item: &mut T, text: &str) -> Result<(), Text> {
        (self.write)(item, text).unwrap_or(Ok(()))
    }

    /// This field of a part (an allowance, a slot) inside an item of type
    /// `O`, under `prefix`: `slots[1]` + `max` is `slots[1].max`.
    pub fn under<O: 'static>(
        &self,
        prefix: &str,
        get: impl Fn(&O) -> Option<&T> + 'static,
        get_mut: impl Fn(&mut O) -> Option<&mut T> + 'static,
    ) -> Field<O> {
        let (read, write) = (self.read.clone(), self.write.clone());
        Field {
            key: Cow::Owned(format!("{prefix}.{}", self.key)),
            label: self.label,
            unit: self.unit,
            kind: self.kind,
            read: Rc::new(move |x| read(get(x)?)),
            write: Rc::new(move |x, text| write(get_mut(x)?, text)),
        }
    }
}

/// The message with what was typed, so the manager sees which text was refused.
fn quoting(message: Text, typed: &str) -> Text {
    if message.en.contains(typed) {
        return message;
    }
    Text::new(
        format!("{}（不是“{typed}”）", message.zh),
        format!("{} (not {typed:?})", message.en),
    )
}

/// A field of `$t` named as its struct field: `field!(Plan, monthly_fee,
/// MONEY, FormMsg::MonthlyFee, UnitMsg::YuanMonth)`. The name is written once.
macro_rules! field {
    ($t:ty, $key:ident, $codec:expr, $label:expr) => {
        $crate::components::editor::form::field::Field::at(
            stringify!($key),
            $label,
            None,
            $codec,
            |x: &$t| Some(&x.$key),
            |x: &mut $t| Some(&mut x.$key),
        )
    };
    ($t:ty, $key:ident, $codec:expr, $label:expr, $unit:expr) => {
        $crate::components::editor::form::field::Field::at(
            stringify!($key),
            $label,
            Some($unit),
            $codec,
            |x: &$t| Some(&x.$key),
            |x: &mut $t| Some(&mut x.$key),
        )
    };
}

/// The fields of a part kept in `$t`'s struct field `$key`, under its
/// name: `part!(Plan, allowance, allowance_fields())`.
macro_rules! part {
    ($t:ty, $key:ident, $fields:expr) => {
        $fields.into_iter().map(|f| {
            f.under(
                stringify!($key),
                |x: &$t| Some(&x.$key),
                |x: &mut $t| Some(&mut x.$key),
            )
        })
    };
}
/// A part under a heading that shows the part's own problems:
/// `section!(Plan, allowance, FormMsg::AllowanceTitle, allowance_fields())`.
macro_rules! section {
    ($t:ty, $key:ident, $label:expr, $fields:expr) => {
        $crate::components::editor::form::parts::section(
            $label,
            stringify!($key),
            $crate::components::editor::form::field::part!($t, $key, $fields),
        )
    };
}
pub(crate) use {field, part, section};

/// A change to an item's shape, from a button of its form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// A bundle takes one more kind of member.
    AddSlot,
    RemoveSlot(usize),
    /// A volume discount gets a tier above its last.
    AddTier,
    RemoveTier(usize),
}

/// One entry of a form, in order.
#[derive(Clone, Debug)]
pub enum Entry<T> {
    Field(Field<T>),
    /// A heading over the fields after it (`Slot 2`). Problems at exactly
    /// `key` (`slots`, `adds`) are shown under it; `remove` deletes this part.
    Group {
        label: FormMsg,
        number: Option<usize>,
        key: String,
        remove: Option<Shape>,
    },
    /// A button that changes the item's shape (add a slot).
    Action {
        label: FormMsg,
        action: Shape,
    },
}
