//! A priced proposal: the months, the one-offs, each unit's cost, and the
//! savings against keeping what the customer has. Everything a printed
//! proposal shows, so no screen recomputes a number.
use serde::{Deserialize, Serialize};

use crate::catalog::ItemId;
use crate::money::Money;
use crate::text::Text;

use super::one_off::OneOff;
use super::units::UnitKind;

/// One month of the proposal, all units together.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthTotals {
    pub month: u32,
    /// Monthly fees after discounts.
    pub fees: Money,
    /// What free months and percent/volume discounts took off the fees
    /// (and off add-on fees, with `fees.addons`).
    pub discounts: Money,
    /// Charges beyond the allowances.
    pub overage: Money,
    /// Packs and feature add-ons, after reductions with `fees.addons`.
    pub addons: Money,
    /// `overage + addons`: the part of the bill beside the fees (no
    /// promotion touches it but through `fees.addons`).
    pub usage: Money,
    /// Credit gifts, already capped.
    pub credits: Money,
    /// What the customer pays this month: `fees + usage − credits`.
    pub bill: Money,
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
    /// The part of `usage` beyond the allowance.
    pub overage: Money,
    /// Its bill in the start month: month 1, or the first month on the new
    /// packages when the proposal starts later (`Proposal::start_month`).
    pub first_month: Money,
    /// Each month once every promotion has ended.
    pub steady: Money,
    /// Its monthly bills over the horizon (one-offs aside).
    pub horizon_total: Money,
    /// Its bill in each month 1..=horizon (they add up to `horizon_total`),
    /// so a document row states the months each amount applies to.
    #[serde(default)]
    pub monthly: Vec<Money>,
}

/// The last month a promotion applies, so a saving that ends is visible.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromotionEnd {
    pub promotion: ItemId,
    pub name: Text,
    pub first_month: u32,
    pub last_month: u32,
}

/// Savings against keeping what the customer has (positive: the customer saves).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Savings {
    /// Month 1's bill against today's, one-offs aside.
    pub this_month: Money,
    /// The horizon's saving spread over its months (half-up).
    pub average_month: Money,
    /// The first 12 months, one-offs included (beyond a shorter horizon too).
    pub first_year: Money,
    /// The whole horizon, one-offs included: exactly `current_total − total`.
    pub horizon: Money,
    /// The first month from which the cumulative saving stays at or above
    /// zero to the horizon's end; `None` if it is negative at the end.
    pub break_even_month: Option<u32>,
    /// Cumulative cost at the end of each month (a wanted handset at retail
    /// in month 1), today's way.
    pub cumulative_current: Vec<Money>,
    /// Likewise, the proposal (its one-offs in its start month).
    pub cumulative_proposed: Vec<Money>,
}

/// The whole priced proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Priced {
    pub horizon: u32,
    /// Months 1..=horizon.
    pub months: Vec<MonthTotals>,
    pub one_offs: Vec<OneOff>,
    pub lines: Vec<LineCost>,
    /// The monthly bills over the horizon.
    pub monthly_total: Money,
    /// Every one-off, the old contract's exit fee included.
    pub one_offs_total: Money,
    /// `monthly_total + one_offs_total`: what the customer pays over the horizon.
    pub total: Money,
    pub current_monthly: Money,
    /// Today's bill over the horizon, plus what keeping would cost once (a
    /// wanted handset at retail).
    pub current_total: Money,
    pub savings: Savings,
    /// `total / horizon` (half-up), the way comparison sites quote a price.
    pub effective_monthly: Money,
    /// The monthly bill after the contract and every promotion end.
    pub steady_monthly: Money,
    /// Paid up front as account balance (prepay promotions): it pays later
    /// bills, so it is shown, not added to the total.
    pub prepaid: Money,
    /// The longest contract term proposed (plan, bundle or handset); 0: none.
    pub contract_months: u32,
    pub promotion_ends: Vec<PromotionEnd>,
}
