//! A sheet's columns: each has its key (the field's path in the tables'
//! JSON, relative to the row's item, to place the validator's problems),
//! its header in Chinese and English with the unit, and how its cell is
//! written from the item and read into it.
use super::value::{Cell, Value};
use crate::text::Text;

pub struct Col<T> {
    /// `monthly_fee`, `allowance.data_mb`, `kind.discount`.
    pub key: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub get: fn(&T) -> Cell,
    pub set: fn(&mut T, &Value) -> Result<(), Text>,
}

impl<T> Col<T> {
    /// The header cell: `月费（元） / Monthly fee (CNY)`.
    pub fn header(&self) -> String {
        format!("{} / {}", self.zh, self.en)
    }

    /// Whether a header cell names this column: the whole header, either
    /// language's part, or the key.
    pub fn named(&self, header: &str) -> bool {
        let h = header.trim();
        let full = self.header();
        h == full
            || h == self.zh
            || h.eq_ignore_ascii_case(self.en)
            || h == self.key
            || h.split(" / ").map(str::trim).collect::<Vec<_>>() == [self.zh, self.en]
    }
}

/// One sheet: its tab's name in both languages, a new row's item, its columns.
pub struct Sheet<T> {
    pub zh: &'static str,
    pub en: &'static str,
    pub blank: fn() -> T,
    pub columns: Vec<Col<T>>,
}

impl<T> Sheet<T> {
    /// The tab's name: `套餐 Plans`.
    pub fn name(&self) -> String {
        format!("{} {}", self.zh, self.en)
    }
}

/// A column of `$item`'s field `$($f).+` with `$codec` (see `value`).
macro_rules! col {
    ($item:ty, $key:expr, $zh:literal, $en:literal, $codec:expr, $($f:ident).+) => {
        $crate::workbook::columns::Col::<$item> {
            key: $key,
            zh: $zh,
            en: $en,
            get: |item: &$item| ($codec.write)(&item.$($f).+),
            set: |item: &mut $item, v| {
                item.$($f).+ = ($codec.read)(v)?;
                Ok(())
            },
        }
    };
}
pub(crate) use col;
