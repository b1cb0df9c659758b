//! A priced proposal: the months, the one-offs, each unit's cost, and the
//! savings against keeping what the customer has.
use serde::{Deserialize, Serialize};

use crate::catalog::ItemId;
use crate::money::Money;
use crate::text::Text;

use super::units::UnitKind;

/// One month of the proposal, all units together.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthTotals {
    pub month: u32,
    /// Monthly fees after discounts.
    pub fees: Money,
    pub discounts: Money,
    /// Overage, packs and feature add-ons.
    pub usage: Money,
    pub credits: Money,
    /// What the customer pays this month.
    pub bill: Money,
}

/// A fee paid once, in month 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneOff {
    pub label: Text,
    pub amount: Money,
}

/// What one billing unit (a line, a bundle's fee, the account) costs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineCost {
    pub unit: UnitKind,
    pub item: Option<ItemId>,
    pub packs: Vec<ItemId>,
    /// The monthly fee before promotions.
    pub base_fee: Money,
    /// Overage, packs and features each month.
    pub usage: Money,
    pub first_month: Money,
    /// Each month once every promotion has ended.
    pub steady: Money,
    pub horizon_total: Money,
}

/// The last month a promotion applies, so a saving that ends is visible.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromotionEnd {
    pub promotion: ItemId,
    pub name: Text,
    pub last_month: u32,
}

/// Savings against keeping what the customer has (positive: the customer saves).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Savings {
    /// Month 1's bill against today's, one-offs aside.
    pub this_month: Money,
    /// The horizon's saving spread over its months (half-up).
    pub average_month: Money,
    /// The first 12 months, one-offs included.
    pub first_year: Money,
    /// The whole horizon, one-offs included.
    pub horizon: Money,
    /// The first month from which the cumulative saving stays at or above
    /// zero to the horizon's end; `None` if it never does.
    pub break_even_month: Option<u32>,
    /// Cumulative cost at the end of each month (one-offs in month 1), today's way.
    pub cumulative_current: Vec<Money>,
    /// Likewise, the proposal.
    pub cumulative_proposed: Vec<Money>,
}

/// The whole priced proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priced {
    pub horizon: u32,
    pub months: Vec<MonthTotals>,
    pub one_offs: Vec<OneOff>,
    pub lines: Vec<LineCost>,
    /// The monthly bills over the horizon.
    pub monthly_total: Money,
    /// Monthly bills plus one-offs: what the customer pays over the horizon.
    pub total: Money,
    pub current_monthly: Money,
    /// Today's bill over the horizon, plus what keeping would cost once (a
    /// wanted handset at retail).
    pub current_total: Money,
    pub savings: Savings,
    /// `total / horizon`, the way comparison sites quote a price.
    pub effective_monthly: Money,
    /// The monthly bill after the contract and every promotion end.
    pub steady_monthly: Money,
    /// Paid up front as account balance (prepay promotions): it pays later
    /// bills, so it is shown, not added to the total.
    pub prepaid: Money,
    pub contract_months: u32,
    pub promotion_ends: Vec<PromotionEnd>,
}

/// Savings from the monthly series (`months` may run past the horizon to
/// cover a first year).
pub(crate) fn savings(
    months: &[MonthTotals],
    horizon: u32,
    current_monthly: Money,
    one_offs: Money,
    current_one_offs: Money,
) -> Savings {
    let mut cumulative_current = Vec::with_capacity(months.len());
    let mut cumulative_proposed = Vec::with_capacity(months.len());
    let (mut cur, mut pro) = (current_one_offs.0, one_offs.0);
    for m in months {
        cur += current_monthly.0;
        pro += m.bill.0;
        cumulative_current.push(Money(cur));
        cumulative_proposed.push(Money(pro));
    }
    let h = horizon as usize;
    let saving_at = |i: usize| cumulative_current[i].0 - cumulative_proposed[i].0;
    let horizon_saving = Money(saving_at(h - 1));
    let break_even_month = (0..h)
        .find(|&start| (start..h).all(|i| saving_at(i) >= 0))
        .map(|i| i as u32 + 1);
    let first_year = Money(saving_at(11.min(months.len() - 1)));
    cumulative_current.truncate(h);
    cumulative_proposed.truncate(h);
    Savings {
        this_month: Money(current_monthly.0 - months[0].bill.0),
        average_month: horizon_saving.per(horizon),
        first_year,
        horizon: horizon_saving,
        break_even_month,
        cumulative_current,
        cumulative_proposed,
    }
}
