//! A fee schedule computed once per item and promotion set, so the search
//! prices a line on a plan with a few additions per month instead of
//! re-reading the promotions. It reproduces `PromoContext::month` exactly.
use crate::catalog::ItemId;
use crate::money::{Bps, Money};
use crate::pricing::schedule::PromoContext;

/// Per month: the fee after discounts and the credit offered before the cap.
#[derive(Clone, Debug)]
pub struct FeeSchedule {
    fee: Vec<i64>,
    offered: Vec<i64>,
    cap: Bps,
    /// The fees' sum, for a schedule with no credit offered in any month.
    fee_total: i64,
    credits: bool,
}

impl FeeSchedule {
    /// `credits`: whether gifts land on this unit (see `PromoContext::month`).
    pub fn new(
        ctx: &PromoContext,
        item: &ItemId,
        base_fee: Money,
        horizon: u32,
        credits: bool,
    ) -> FeeSchedule {
        let fee: Vec<i64> = (1..=horizon)
            .map(|m| ctx.month(Some(item), base_fee, Money::ZERO, m, false).fee.0)
            .collect();
        let offered: Vec<i64> = (1..=horizon)
            .map(|m| {
                if credits {
                    ctx.offered_credit(item, m).0
                } else {
                    0
                }
            })
            .collect();
        FeeSchedule {
            fee_total: fee.iter().sum(),
            credits: offered.iter().any(|&o| o != 0),
            fee,
            offered,
            cap: ctx.credit_cap,
        }
    }

    /// Total over the horizon with `usage` each month.
    pub fn cost(&self, usage: Money) -> i64 {
        if !self.credits {
            return self.fee_total + usage.0 * self.fee.len() as i64;
        }
        let cap = i64::from(self.cap.0);
        self.fee
            .iter()
            .zip(&self.offered)
            .map(|(&fee, &offered)| {
                let bill = fee + usage.0;
                let credit = if offered == 0 {
                    0
                } else {
                    // `Money::share_floor` in i64 when the product fits (it
                    // always does with validated amounts), else through it.
                    let share = bill.checked_mul(cap).map_or_else(
                        || Money(bill).share_floor(self.cap).0,
                        |p| p.div_euclid(10_000),
                    );
                    offered.min(share).max(0)
                };
                bill - credit
            })
            .sum()
    }
}
