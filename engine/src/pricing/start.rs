//! When the new packages start (`Proposal::start_month`, 1 = now). A later
//! start is how a customer with a current contract switches at its end
//! instead of paying the early-exit fee. The rule, in full:
//! - months before the start: each line bills its current fee
//!   (`Line::current_monthly_fee`) and the account its current extras
//!   (`Customer::current_account_fee`), so those months are today's bill;
//!   a bundle instance bills nothing yet; no promotion runs;
//! - from the start: each unit bills as a proposal starting in month 1
//!   would, and every promotion's months count from the start month
//!   (a promotion of months 1–3 runs in months `s` to `s + 2`);
//! - the old contract's exit fee is due only when the start is inside the
//!   contract (`start_month ≤ contract.months_left`); at or after its end
//!   (`months_left + 1`) nothing is due;
//! - one-off fees (installation, SIM, handsets) are paid in the start month;
//! - the default horizon is the months before the start plus the longest
//!   contract term proposed (else 24).
//!
//! So a proposal starting in month `s` over `h` months costs exactly
//! `(s − 1) × today's bill` plus the same proposal started now over
//! `h − s + 1` months, less the exit fee when `s > months_left`: which is
//! what the optimizer's contract-end alternative relies on.
use crate::customer::Customer;
use crate::money::Money;

use super::units::{Unit, UnitKind};

/// The month the current contract has ended by, when switching then saves
/// its exit fee: `months_left + 1`; `None` without a contract or exit fee.
pub fn contract_end_start(customer: &Customer) -> Option<u32> {
    let c = customer.contract;
    (c.months_left > 0 && c.exit_fee.0 > 0).then(|| c.months_left.saturating_add(1))
}

/// The promotions' month for calendar month `month` (1-based from the
/// start); `None` before the start.
pub(crate) fn promotion_month(month: u32, start: u32) -> Option<u32> {
    month.checked_sub(start).map(|m| m + 1)
}

/// What `unit` bills in a month before the start: today's fee of its line,
/// or the account's extras today; a bundle instance nothing.
pub(crate) fn fee_before_start(unit: &Unit, customer: &Customer) -> Money {
    match unit.kind {
        UnitKind::Line { index } => customer
            .lines
            .get(index)
            .map_or(Money::ZERO, |l| l.current_monthly_fee),
        UnitKind::Account => customer.current_account_fee,
        UnitKind::BundleInstance { .. } => Money::ZERO,
    }
}

/// Whether the old contract's exit fee is due for a start in `start`.
pub(crate) fn exit_fee_due(customer: &Customer, start: u32) -> bool {
    start <= customer.contract.months_left
}

/// Adds the account's unit (no fee from the start) when months before the
/// start bill the account's extras today and the proposal has no account
/// unit of its own, so those months are exactly today's bill.
pub(crate) fn account_unit_for_months_before(
    units: &mut Vec<Unit>,
    customer: &Customer,
    start: u32,
) {
    let has_account = units.iter().any(|u| u.kind == UnitKind::Account);
    if start > 1 && !has_account && customer.current_account_fee.0 != 0 {
        units.push(Unit {
            kind: UnitKind::Account,
            item: None,
            base_fee: Money::ZERO,
            usage: Money::ZERO,
            overage: Money::ZERO,
            role: None,
            packs: Vec::new(),
        });
    }
}

/// The default horizon: the months before the start and the longest
/// contract term proposed, else `default`.
pub(crate) fn default_horizon(start: u32, contract_months: u32, default: u32) -> u32 {
    match contract_months {
        0 => default.max(start),
        term => term.saturating_add(start - 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promotions_count_from_the_start() {
        assert_eq!(promotion_month(5, 6), None);
        assert_eq!(promotion_month(6, 6), Some(1));
        assert_eq!(promotion_month(8, 6), Some(3));
        assert_eq!(promotion_month(1, 1), Some(1));
    }

    #[test]
    fn default_horizon_covers_the_months_before_and_the_term() {
        assert_eq!(default_horizon(1, 0, 24), 24);
        assert_eq!(default_horizon(6, 0, 24), 24);
        assert_eq!(default_horizon(6, 12, 24), 17);
        assert_eq!(default_horizon(1, 24, 24), 24);
    }
}
