//! The one table of limits: the most a figure may be, wherever it is typed
//! (the counter, the package-table editor, the command-line tool) and
//! wherever it is checked (the intake and table validators). Far above any
//! real tariff or usage, low enough that no horizon's sum can overflow.
use super::FieldProblem;
use crate::money::{Bps, Money};

/// A line's monthly fee today (¥100,000.00).
pub const MAX_LINE_FEE: Money = Money(10_000_000);
/// The most one line plausibly costs a month today (¥3,000.00): above it the
/// counter asks the rep to check the fee (a warning, never a refusal: a key
/// account's line with roaming may cost more). ¥99,999 typed for ¥99.99 is
/// caught here, far below [`MAX_LINE_FEE`].
pub const PLAUSIBLE_LINE_FEE: Money = Money(300_000);
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
        Err(FieldProblem::TooLarge)
    } else {
        Ok(mb)
    }
}

/// The warning at a line's fee above [`PLAUSIBLE_LINE_FEE`]: it does not
/// block the proposal.
pub fn fee_warning(fee: Money) -> Option<crate::text::Text> {
    (fee > PLAUSIBLE_LINE_FEE).then(|| {
        crate::text::Text::new(
            format!(
                "一条线路每月 {} 偏高（通常不超过 {}），请与客户核对",
                fee.format(crate::Lang::ZhCn),
                PLAUSIBLE_LINE_FEE.format(crate::Lang::ZhCn)
            ),
            format!(
                "{} a month is high for one line (usually at most {}); check with the customer",
                fee.format(crate::Lang::En),
                PLAUSIBLE_LINE_FEE.format(crate::Lang::En)
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_implausible_fee_is_questioned_not_refused() {
        assert_eq!(fee_warning(PLAUSIBLE_LINE_FEE), None);
        let w = fee_warning(Money(9_999_900)).unwrap();
        assert_eq!(
            w.zh,
            "一条线路每月 ¥99,999.00 偏高（通常不超过 ¥3,000.00），请与客户核对"
        );
        assert!(w.en.starts_with("¥99,999.00 a month is high for one line"));
        assert!(PLAUSIBLE_LINE_FEE < MAX_LINE_FEE);
    }

    #[test]
    fn data_is_within_its_limit() {
        assert_eq!(data_within(MAX_DATA_MB), Ok(MAX_DATA_MB));
        assert_eq!(data_within(MAX_DATA_MB + 1), Err(FieldProblem::TooLarge));
    }
}
