//! How amounts and percentages read on a screen and on paper.
use std::fmt;

use super::{Bps, Money};
use crate::text::Lang;

impl Money {
    /// `¥1,234.50` (negative: `-¥12.00`). Both languages use the form of
    /// Chinese bills (yuan sign, comma groups); the language is a parameter so
    /// no caller changes when a locale gets its own form.
    pub fn format(self, _lang: Lang) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let yuan = (abs / 100).to_string();
        let mut grouped = String::with_capacity(yuan.len() + yuan.len() / 3);
        for (i, c) in yuan.chars().enumerate() {
            if i > 0 && (yuan.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        format!("{sign}¥{grouped}.{:02}", abs % 100)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Lang::ZhCn))
    }
}

impl Bps {
    /// `15%`, `7.5%`, `0.25%`: no trailing zeros, the same in both languages.
    pub fn format(self, _lang: Lang) -> String {
        let (whole, frac) = (self.0 / 100, self.0 % 100);
        match frac {
            0 => format!("{whole}%"),
            f if f % 10 == 0 => format!("{whole}.{}%", f / 10),
            f => format!("{whole}.{f:02}%"),
        }
    }
}

impl fmt::Display for Bps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_grouping_and_sign() {
        assert_eq!(Money(123_450).format(Lang::En), "¥1,234.50");
        assert_eq!(Money(123_450).format(Lang::ZhCn), "¥1,234.50");
        assert_eq!(Money(-1_200).format(Lang::ZhCn), "-¥12.00");
        assert_eq!(Money(-5).format(Lang::En), "-¥0.05");
        assert_eq!(Money(0).format(Lang::En), "¥0.00");
        assert_eq!(Money(99_999).format(Lang::En), "¥999.99");
        assert_eq!(Money(100_000_000).format(Lang::En), "¥1,000,000.00");
        assert_eq!(
            Money(i64::MIN).format(Lang::En),
            "-¥92,233,720,368,547,758.08"
        );
        assert_eq!(Money(12_345).to_string(), "¥123.45");
    }

    #[test]
    fn basis_points_format_without_trailing_zeros() {
        assert_eq!(Bps::percent(15).format(Lang::En), "15%");
        assert_eq!(Bps(750).format(Lang::ZhCn), "7.5%");
        assert_eq!(Bps(25).to_string(), "0.25%");
        assert_eq!(Bps(10_000).to_string(), "100%");
    }
}
