//! Amounts as people type them at the counter.
use super::{Bps, Money, MoneyError};
use crate::text::Text;

/// Why text is not a decimal of the scale asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotDecimal {
    Empty,
    Bad,
    Overflow,
}

/// `12.5` with at most `places` decimals, as an integer of that scale
/// (`12.5`, 2 -> 1250): digits only, no sign; integer arithmetic.
pub(crate) fn scaled(text: &str, places: usize) -> Result<u64, NotDecimal> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && frac.is_empty() || frac.len() > places {
        return Err(NotDecimal::Bad);
    }
    let mut n: u64 = 0;
    for c in whole.chars().chain(frac.chars()) {
        let d = c.to_digit(10).ok_or(NotDecimal::Bad)?;
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(d)))
            .ok_or(NotDecimal::Overflow)?;
    }
    for _ in frac.len()..places {
        n = n.checked_mul(10).ok_or(NotDecimal::Overflow)?;
    }
    Ok(n)
}

/// The amount in `text` (see [`Money::parse_yuan`]), without messages.
pub(crate) fn yuan(text: &str) -> Result<Money, NotDecimal> {
    let normal = crate::figures::ungrouped(text);
    // `-¥12.00` as printed reads back as `-12.00`.
    let (negative, rest) = match normal.strip_prefix('-') {
        Some(rest) if rest.starts_with(['¥', '￥']) => (true, rest),
        _ => (false, normal.as_str()),
    };
    let cleaned: String = rest
        .trim_start_matches(['¥', '￥'])
        .trim_end_matches('元')
        .trim()
        .to_string();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) if !negative => (true, rest),
        Some(_) => return Err(NotDecimal::Bad),
        None => (negative, cleaned.as_str()),
    };
    if digits.is_empty() && !negative {
        return Err(NotDecimal::Empty);
    }
    let fen = i64::try_from(scaled(digits, 2)?).map_err(|_| NotDecimal::Overflow)?;
    Ok(Money(if negative { -fen } else { fen }))
}

/// The percentage in `text` (see [`Bps::parse_percent`]), without messages.
pub(crate) fn percent(text: &str) -> Result<Bps, NotDecimal> {
    let normal = crate::figures::normalize(text);
    let cleaned = normal.trim_end_matches(['%', '％']).trim();
    if cleaned.is_empty() {
        return Err(NotDecimal::Empty);
    }
    u32::try_from(scaled(cleaned, 2)?)
        .map(Bps)
        .map_err(|_| NotDecimal::Overflow)
}

impl Money {
    /// Reads what a person types for an amount of yuan: `128`, `128.5`,
    /// `128.50`, `1,280`, `¥99`, `99元`, `-¥12.00`, full-width `１２８．５`.
    /// Never a silent zero: empty or bad text is an error whose message says
    /// what was expected.
    pub fn parse_yuan(text: &str) -> Result<Money, MoneyError> {
        yuan(text).map_err(|e| match e {
            NotDecimal::Empty => MoneyError::Parse(Text::new(
                "请输入金额（例如 128.50）",
                "enter an amount (e.g. 128.50)",
            )),
            NotDecimal::Bad => MoneyError::Parse(Text::new(
                format!("不是金额：{text}（例如 128.50）"),
                format!("not an amount: {text:?} (e.g. 128.50)"),
            )),
            NotDecimal::Overflow => MoneyError::Overflow,
        })
    }
}

impl Bps {
    /// Reads a percentage as a person types it: `15`, `7.5`, `0.25%`, `15 %`
    /// (at most two decimals: basis points, no float). Never a silent zero:
    /// empty or bad text is an error whose message says what was expected.
    /// The range (e.g. at most 100%) is the validator's to check.
    pub fn parse_percent(text: &str) -> Result<Bps, MoneyError> {
        percent(text).map_err(|e| match e {
            NotDecimal::Empty => MoneyError::Parse(Text::new(
                "请输入百分比（例如 15）",
                "enter a percentage (e.g. 15)",
            )),
            NotDecimal::Bad => MoneyError::Parse(Text::new(
                format!("不是百分比：{text}（例如 15 或 7.5）"),
                format!("not a percentage: {text:?} (e.g. 15 or 7.5)"),
            )),
            NotDecimal::Overflow => MoneyError::Overflow,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Money::parse_yuan("128"), Ok(Money(12_800)));
        assert_eq!(Money::parse_yuan("128.50"), Ok(Money(12_850)));
        assert_eq!(Money::parse_yuan(" 128.5 "), Ok(Money(12_850)));
        assert_eq!(Money::parse_yuan("¥1,280.05"), Ok(Money(128_005)));
        assert_eq!(Money::parse_yuan("￥ 99元"), Ok(Money(9_900)));
        assert_eq!(Money::parse_yuan(".5"), Ok(Money(50)));
        assert_eq!(Money::parse_yuan("-12"), Ok(Money(-1_200)));
        assert_eq!(Money::parse_yuan("-¥12.05"), Ok(Money(-1_205)));
        assert!(Money::parse_yuan("12¥3").is_err());
        assert!(Money::parse_yuan("¥-¥3").is_err());
    }

    #[test]
    fn bad_text_is_an_error_never_zero() {
        for bad in [
            "", " ", "abc", "1.234", "12x", ".", "-", "1.2.3", "1e3", "+5",
        ] {
            let err = Money::parse_yuan(bad).expect_err(bad);
            assert!(!err.message(Lang::ZhCn).is_empty());
            assert!(!err.message(Lang::En).is_empty());
        }
        assert_eq!(
            Money::parse_yuan("99999999999999999999"),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            Money::parse_yuan("92233720368547758.08"),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn percentages_read_as_basis_points_never_zero() {
        assert_eq!(Bps::parse_percent("15"), Ok(Bps(1_500)));
        assert_eq!(Bps::parse_percent(" 7.5 % "), Ok(Bps(750)));
        assert_eq!(Bps::parse_percent("0.25%"), Ok(Bps(25)));
        assert_eq!(Bps::parse_percent("100"), Ok(Bps(10_000)));
        assert_eq!(Bps::parse_percent(".5"), Ok(Bps(50)));
        for bad in ["", "%", "abc", "1.234", "-5", "1e2", ".", "5x"] {
            let err = Bps::parse_percent(bad).expect_err(bad);
            assert!(!err.message(Lang::ZhCn).is_empty());
        }
        assert_eq!(Bps::parse_percent("99999999999"), Err(MoneyError::Overflow));
    }
}
