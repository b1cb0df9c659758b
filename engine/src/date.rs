//! Calendar dates for the proposal's issue and validity dates, without a
//! date crate: the proposal only needs to parse, print and add days.
use std::fmt;

use serde::{Deserialize, Serialize};

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A valid date, or `None` (no 31 April, no 29 February in 2026).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let ok = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        ok.then_some(Date { year, month, day })
    }

    /// `YYYY-MM-DD`, the form of `<input type="date">` and of the tables.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let mut num = |len: usize| {
            parts
                .next()
                .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u32>().ok())
        };
        let (y, m, d) = (num(4)?, num(2)?, num(2)?);
        Date::new(y as i32, m, d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i32) -> Date {
        Date::from_days(self.to_days() + i64::from(days))
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    /// `YYYYMMDD`, for quote numbers.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// An optional date as `YYYY-MM-DD` text in the package tables (serde
/// `with`): a manager reads and writes the form the date input shows.
pub mod optional_text {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(t) if t.trim().is_empty() => Ok(None),
            Some(t) => Date::parse(&t)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {t:?}"))),
        }
    }
}

/// How long a proposal is valid unless the rep says otherwise.
pub const VALID_DAYS: i32 = 14;

/// The validity date of a proposal issued on `issued`, from what the rep
/// typed: `Ok` the typed date, or the default (14 days) when nothing was
/// typed; `Err(default)` when the text is not a date on or after `issued`,
/// so the field can say so while the document shows the default.
pub fn valid_until(typed: &str, issued: Date) -> Result<Date, Date> {
    let default = issued.add_days(VALID_DAYS);
    if typed.trim().is_empty() {
        return Ok(default);
    }
    match Date::parse(typed) {
        Some(d) if d >= issued => Ok(d),
        _ => Err(default),
    }
}

#[cfg(test)]
mod tests {
    use super::{valid_until, Date};

    #[test]
    fn validity_defaults_to_fourteen_days_and_refuses_the_past() {
        let issued = Date::parse("2026-11-23").unwrap();
        let default = Date::parse("2026-12-07").unwrap();
        assert_eq!(valid_until("", issued), Ok(default));
        assert_eq!(
            valid_until("2027-01-31", issued),
            Ok(Date::parse("2027-01-31").unwrap())
        );
        assert_eq!(
            valid_until("2026-11-23", issued),
            Ok(issued),
            "today is allowed"
        );
        assert_eq!(valid_until("2026-11-22", issued), Err(default));
        assert_eq!(valid_until("31/01/2027", issued), Err(default));
    }

    #[test]
    fn parses_and_prints_iso_dates() {
        let d = Date::parse("2026-11-23").unwrap();
        assert_eq!(d, Date::new(2026, 11, 23).unwrap());
        assert_eq!(d.to_string(), "2026-11-23");
        assert_eq!(d.compact(), "20261123");
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in [
            "2026-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "",
            "abcd-ef-gh",
            "2026-01-01x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2028-02-29").is_some());
    }

    #[test]
    fn adds_days_across_months_years_and_leap_days() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2026-11-23").add_days(14), d("2026-12-07"));
        assert_eq!(d("2026-12-25").add_days(14), d("2027-01-08"));
        assert_eq!(d("2028-02-20").add_days(14), d("2028-03-05"));
        assert_eq!(d("2027-02-20").add_days(14), d("2027-03-06"));
        assert_eq!(d("2026-03-01").add_days(-1), d("2026-02-28"));
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2026-11-23").days_until(d("2026-12-07")), 14);
    }
}
