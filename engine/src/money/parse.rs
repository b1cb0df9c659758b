//! Amounts as people type them at the counter.
use super::{Bps, Money, MoneyError};
use crate::text::Text;

impl Money {
    /// Reads what a person types for an amount of yuan: `128`, `128.5`,
    /// `128.50`, `1,280`, `¥99`, `99元`, `-¥12.00`, full-width `１２８．５`.
    /// Never a silent zero: empty or bad text is an error whose message says
    /// what was expected.
    pub fn parse_yuan(text: &str) -> Result<Money, MoneyError> {
        let normal = crate::figures::normalize(text);
        // `-¥12.00` as printed reads back as `-12.00`.
        let (sign, rest) = match normal.strip_prefix('-') {
            Some(rest) if rest.starts_with(['¥', '￥']) => ("-", rest),
            _ => ("", normal.as_str()),
        };
        let cleaned: String = sign
            .chars()
            .chain(
                rest.trim_start_matches(['¥', '￥'])
                    .trim_end_matches('元')
                    .chars(),
            )
            .collect::<String>()
            .trim()
            .chars()
            .filter(|c| *c != ',')
            .collect();
        let bad = || {
            MoneyError::Parse(Text::new(
                format!("不是金额：{text}（例如 128.50）"),
                format!("not an amount: {text:?} (e.g. 128.50)"),
            ))
        };
        if cleaned.is_empty() {
            return Err(MoneyError::Parse(Text::new(
                "请输入金额（例如 128.50）",
                "enter an amount (e.g. 128.50)",
            )));
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

impl Bps {
    /// Reads a percentage as a person types it: `15`, `7.5`, `0.25%`, `15 %`
    /// (at most two decimals: basis points, no float). Never a silent zero:
    /// empty or bad text is an error whose message says what was expected.
    /// The range (e.g. at most 100%) is the validator's to check.
    pub fn parse_percent(text: &str) -> Result<Bps, MoneyError> {
        let normal = crate::figures::normalize(text);
        let cleaned = normal.trim_end_matches(['%', '％']).trim();
        let bad = || {
            MoneyError::Parse(Text::new(
                format!("不是百分比：{text}（例如 15 或 7.5）"),
                format!("not a percentage: {text:?} (e.g. 15 or 7.5)"),
            ))
        };
        if cleaned.is_empty() {
            return Err(MoneyError::Parse(Text::new(
                "请输入百分比（例如 15）",
                "enter a percentage (e.g. 15)",
            )));
        }
        let (whole, frac) = cleaned.split_once('.').unwrap_or((cleaned, ""));
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        if whole.is_empty() && frac.is_empty() || frac.len() > 2 || !digits(whole) || !digits(frac)
        {
            return Err(bad());
        }
        let whole: u32 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| MoneyError::Overflow)?
        };
        let frac: u32 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
        whole
            .checked_mul(100)
            .and_then(|w| w.checked_add(frac))
            .map(Bps)
            .ok_or(MoneyError::Overflow)
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
