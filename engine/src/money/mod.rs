//! Money as integer fen, never floating point: a customer's saving must add up
//! to the fen on paper. Overflow is an error, not a wrap. Percentages are basis
//! points; applying one rounds half-up to the fen, once per unit and month.
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::text::{Lang, Text};

mod format;
pub(crate) mod parse;

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
    Parse(Text),
}

impl MoneyError {
    /// The message in `lang`, for the field that was typed into.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            MoneyError::Overflow => Text::new("金额过大", "amount too large").get(lang).into(),
            MoneyError::Parse(m) => m.get(lang).into(),
        }
    }
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl Money {
    pub const ZERO: Money = Money(0);

    /// Whole yuan; `i32` so the fen always fit (no overflow to report).
    pub const fn from_yuan(yuan: i32) -> Money {
        Money(yuan as i64 * 100)
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

    /// Times a count (months, lines, minutes).
    pub fn checked_mul(self, n: i64) -> Result<Money, MoneyError> {
        self.0.checked_mul(n).map(Money).ok_or(MoneyError::Overflow)
    }

    /// `bps` of this amount, rounded half-up (away from zero) to the fen: the
    /// one rounding rule of a discount, applied per unit and month.
    pub fn apply_bps(self, bps: Bps) -> Result<Money, MoneyError> {
        let product = i128::from(self.0) * i128::from(bps.0);
        let half = if product >= 0 { 5_000 } else { -5_000 };
        i64::try_from((product + half) / 10_000)
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
        let share = (i128::from(self.0) * i128::from(bps.0)).div_euclid(10_000);
        Money(share.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64)
    }

    /// This amount divided among `n` (months), rounded half-up to the fen.
    pub fn per(self, n: u32) -> Money {
        if n == 0 {
            return Money::ZERO;
        }
        let n = i128::from(n);
        let half = if self.0 >= 0 { n / 2 } else { -(n / 2) };
        // |result| <= |self|, so it always fits back into i64.
        Money(((i128::from(self.0) + half) / n) as i64)
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
}

impl Bps {
    /// 100%: the most a discount or a credit cap may be.
    pub const FULL: Bps = Bps(10_000);

    /// Whole percent, for tables and tests: `Bps::percent(15)` is 15%.
    pub const fn percent(pct: u16) -> Bps {
        Bps(pct as u32 * 100)
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
    fn apply_bps_rounds_half_up_to_the_fen() {
        assert_eq!(Money(1_999).apply_bps(Bps(5_000)), Ok(Money(1_000))); // 999.5 -> 1000
        assert_eq!(Money(1_997).apply_bps(Bps(5_000)), Ok(Money(999))); // 998.5 -> 999
        assert_eq!(Money(12_900).apply_bps(Bps(1_500)), Ok(Money(1_935)));
        assert_eq!(Money(1_001).apply_bps(Bps(4_995)), Ok(Money(500))); // 499.9995 -> 500
        assert_eq!(Money(-1_999).apply_bps(Bps(5_000)), Ok(Money(-1_000)));
        assert_eq!(
            Money(i64::MAX).apply_bps(Bps(20_000)),
            Err(MoneyError::Overflow)
        );
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
        assert_eq!(Money(i64::MAX).per(1), Money(i64::MAX));
        assert_eq!(Money(i64::MAX).share_floor(Bps(20_000)), Money(i64::MAX));
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        assert_eq!(
            Money(i64::MAX).checked_add(Money(1)),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            Money(i64::MIN).checked_sub(Money(1)),
            Err(MoneyError::Overflow)
        );
        assert_eq!(Money(i64::MAX).checked_mul(2), Err(MoneyError::Overflow));
        assert_eq!(
            checked_sum([Money(i64::MAX), Money(1)]),
            Err(MoneyError::Overflow)
        );
        assert_eq!(checked_sum([Money(1), Money(2)]), Ok(Money(3)));
        assert_eq!(Money::from_yuan(i32::MIN), Money(-214_748_364_800));
    }

    #[test]
    fn serialises_as_plain_fen() {
        assert_eq!(serde_json::to_string(&Money(12_850)).unwrap(), "12850");
        assert_eq!(serde_json::from_str::<Money>("-5").unwrap(), Money(-5));
        assert_eq!(serde_json::to_string(&Bps(750)).unwrap(), "750");
    }
}
