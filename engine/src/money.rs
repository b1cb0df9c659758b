//! Money as integer fen, never floating point: a customer's saving must add up
//! to the fen on paper. Overflow is an error, not a wrap. Percentages are basis
//! points; applying one rounds half-up to the fen, once per month and item.
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::text::Lang;

/// An amount in fen (1/100 yuan). Serialised as a plain integer of fen.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

/// A percentage in basis points (1/100 of a percent): 2_000 is 20%.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Bps(pub u32);

/// Why an amount could not be computed or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// The result does not fit: an absurd input, reported rather than wrapped.
    Overflow,
    /// The text is not an amount; the message says what was expected.
    Parse(String),
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoneyError::Overflow => write!(f, "amount too large"),
            MoneyError::Parse(m) => write!(f, "{m}"),
        }
    }
}

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn from_yuan(yuan: i64) -> Money {
        Money(yuan * 100)
    }

    pub fn fen(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.0
            .checked_add(other.0)
            .map(Money)
            .ok_or(MoneyError::Overflow)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.0
            .checked_sub(other.0)
            .map(Money)
            .ok_or(MoneyError::Overflow)
    }

    pub fn checked_mul(self, n: i64) -> Result<Money, MoneyError> {
        self.0.checked_mul(n).map(Money).ok_or(MoneyError::Overflow)
    }

    /// `bps` of this amount, rounded half-up (away from zero) to the fen.
    pub fn percent(self, bps: Bps) -> Result<Money, MoneyError> {
        let product = i128::from(self.0) * i128::from(bps.0);
        let half = if product >= 0 { 5_000 } else { -5_000 };
        let fen = (product + half) / 10_000;
        i64::try_from(fen)
            .map(Money)
            .map_err(|_| MoneyError::Overflow)
    }

    /// Half of this amount, rounded down to the fen: the most a credit gift
    /// may be (送话费不超当月话费50%), so rounding never lets it pass half.
    pub fn half_floor(self) -> Money {
        Money(self.0.div_euclid(2))
    }

    /// `bps` of this amount rounded down: a cap is never passed by rounding.
    pub fn share_floor(self, bps: Bps) -> Money {
        Money(((i128::from(self.0) * i128::from(bps.0)).div_euclid(10_000)) as i64)
    }

    /// This amount divided among `n` (months), rounded half-up to the fen.
    pub fn per(self, n: u32) -> Money {
        if n == 0 {
            return Money::ZERO;
        }
        let n = i64::from(n);
        let half = if self.0 >= 0 { n / 2 } else { -(n / 2) };
        Money((self.0 + half) / n)
    }

    pub fn max(self, other: Money) -> Money {
        if self >= other {
            self
        } else {
            other
        }
    }

    pub fn min(self, other: Money) -> Money {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// `¥1,234.50` (negative: `-¥12.00`); the same in both languages, the
    /// form Chinese price lists and bills use.
    pub fn format(self, _lang: Lang) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let yuan = (abs / 100).to_string();
        let mut grouped = String::new();
        for (i, c) in yuan.chars().enumerate() {
            if i > 0 && (yuan.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        format!("{sign}¥{grouped}.{:02}", abs % 100)
    }

    /// Reads what a person types for an amount of yuan: `128`, `128.5`,
    /// `128.50`, `1,280`, `¥99`. Never a silent zero: empty or bad text is an error.
    pub fn parse_yuan(text: &str) -> Result<Money, MoneyError> {
        let cleaned: String = text
            .trim()
            .trim_start_matches(['¥', '￥'])
            .chars()
            .filter(|c| *c != ',')
            .collect();
        let bad = || MoneyError::Parse(format!("not an amount: {text:?} (e.g. 128.50)"));
        if cleaned.is_empty() {
            return Err(MoneyError::Parse("enter an amount (e.g. 128.50)".into()));
        }
        let (negative, digits) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty() && frac.is_empty() || frac.len() > 2 {
            return Err(bad());
        }
        if !whole
            .chars()
            .chain(frac.chars())
            .all(|c| c.is_ascii_digit())
        {
            return Err(bad());
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| MoneyError::Overflow)?
        };
        let frac: i64 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
        let fen = whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(frac))
            .ok_or(MoneyError::Overflow)?;
        Ok(Money(if negative { -fen } else { fen }))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Lang::ZhCn))
    }
}

/// Sums amounts with overflow checked.
pub fn checked_sum(items: impl IntoIterator<Item = Money>) -> Result<Money, MoneyError> {
    items.into_iter().try_fold(Money::ZERO, Money::checked_add)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_grouping_and_sign() {
        assert_eq!(Money(123_450).format(Lang::En), "¥1,234.50");
        assert_eq!(Money(-1_200).format(Lang::ZhCn), "-¥12.00");
        assert_eq!(Money(5).format(Lang::En), "¥0.05");
        assert_eq!(Money(100_000_000).format(Lang::En), "¥1,000,000.00");
    }

    #[test]
    fn percent_rounds_half_up_to_the_fen() {
        assert_eq!(Money(1_999).percent(Bps(5_000)), Ok(Money(1_000))); // 999.5 -> 1000
        assert_eq!(Money(1_997).percent(Bps(5_000)), Ok(Money(999))); // 998.5 -> 999
        assert_eq!(Money(12_900).percent(Bps(1_500)), Ok(Money(1_935)));
        assert_eq!(Money(-1_999).percent(Bps(5_000)), Ok(Money(-1_000)));
    }

    #[test]
    fn half_floor_never_passes_half() {
        assert_eq!(Money(1_999).half_floor(), Money(999));
        assert_eq!(Money(2_000).half_floor(), Money(1_000));
    }

    #[test]
    fn shares_and_averages_round_as_stated() {
        assert_eq!(Money(1_999).share_floor(Bps(5_000)), Money(999));
        assert_eq!(Money(10_001).per(2), Money(5_001)); // 5000.5 -> 5001
        assert_eq!(Money(-10_001).per(2), Money(-5_001));
        assert_eq!(Money(10_000).per(3), Money(3_333));
        assert_eq!(Money(100).per(0), Money::ZERO);
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        assert_eq!(
            Money(i64::MAX).checked_add(Money(1)),
            Err(MoneyError::Overflow)
        );
        assert_eq!(Money(i64::MAX).checked_mul(2), Err(MoneyError::Overflow));
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Money::parse_yuan("128"), Ok(Money(12_800)));
        assert_eq!(Money::parse_yuan(" 128.5 "), Ok(Money(12_850)));
        assert_eq!(Money::parse_yuan("¥1,280.05"), Ok(Money(128_005)));
        assert_eq!(Money::parse_yuan(".5"), Ok(Money(50)));
        for bad in ["", "abc", "1.234", "12x", ".", "1.2.3"] {
            assert!(Money::parse_yuan(bad).is_err(), "{bad:?} must be rejected");
        }
        assert_eq!(
            Money::parse_yuan("99999999999999999999"),
            Err(MoneyError::Overflow)
        );
    }
}
