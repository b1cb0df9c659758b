//! The one table of limits: the most a figure may be, wherever it is typed
//! (the counter, the package-table editor, the command-line tool) and
//! wherever it is checked (the intake and table validators). Far above any
//! real tariff or usage, low enough that no horizon's sum can overflow.
use super::FieldProblem;
use crate::money::{Bps, Money};

/// A line's monthly fee today (¥100,000.00).
pub const MAX_LINE_FEE: Money = Money(10_000_000);
/// An account's monthly fee today (¥1,000,000.00).
pub const MAX_ACCOUNT_FEE: Money = Money(100_000_000);
/// The early-exit fee of the current contract (¥1,000,000.00).
pub const MAX_EXIT_FEE: Money = Money(100_000_000);
/// Any amount in the package tables (¥1,000,000.00).
pub const MAX_TABLE_AMOUNT: Money = Money(100_000_000);
/// Lines in one proposal (a large group account).
pub const MAX_LINES: usize = 5_000;
/// Voice minutes a month, each kind.
pub const MAX_MINUTES: u32 = 100_000;
/// Text messages a month.
pub const MAX_SMS: u32 = 100_000;
/// Data a month, in MB (10,000 GB).
pub const MAX_DATA_MB: u32 = 10_000_000;
/// A broadband line's speed.
pub const MAX_SPEED_MBPS: u32 = 10_000;
/// The share of calls to the customer's own lines.
pub const MAX_OWN_CALLS: Bps = Bps::FULL;
/// Tenure (网龄), in months (a hundred years).
pub const MAX_TENURE_MONTHS: u32 = 1_200;
/// Tenure as the counter types it, in years.
pub const MAX_TENURE_YEARS: u32 = MAX_TENURE_MONTHS / 12;
/// Months left on the current contract; also the longest contract term or
/// promotion month in the tables (ten years).
pub const MAX_MONTHS: u32 = 120;
/// Free text (a name, a label, an industry): it travels in a shared link.
pub const MAX_TEXT_CHARS: usize = 60;

/// `mb` when it is at most [`MAX_DATA_MB`] (a month's usage).
pub fn data_within(mb: u32) -> Result<u32, FieldProblem> {
    if mb > MAX_DATA_MB {
        Err(FieldProblem::too_large(format!(
            "{} GB",
            super::gb_shown(MAX_DATA_MB)
        )))
    } else {
        Ok(mb)
    }
}

/// `100,000`: a limit as a message shows it.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_read_with_groups() {
        assert_eq!(grouped(100_000), "100,000");
        assert_eq!(grouped(120), "120");
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(1_000_000), "1,000,000");
        assert_eq!(data_within(MAX_DATA_MB), Ok(MAX_DATA_MB));
        assert_eq!(
            data_within(MAX_DATA_MB + 1),
            Err(FieldProblem::too_large("9765.6 GB"))
        );
    }
}
