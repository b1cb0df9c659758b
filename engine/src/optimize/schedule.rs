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
        let fee = (1..=horizon)
            .map(|m| ctx.month(Some(item), base_fee, Money::ZERO, m, false).fee.0)
            .collect();
        let offered = (1..=horizon)
            .map(|m| {
                if credits {
                    ctx.offered_credit(item, m).0
                } else {
                    0
                }
            })
            .collect();
        FeeSchedule {
            fee,
            offered,
            cap: ctx.credit_cap,
        }
    }

    /// Total over the horizon with `usage` each month.
    pub fn cost(&self, usage: Money) -> i64 {
        self.fee
            .iter()
            .zip(&self.offered)
            .map(|(&fee, &offered)| {
                let bill = fee + usage.0;
                let credit = if offered == 0 {
                    0
                } else {
                    offered.min(Money(bill).share_floor(self.cap).0).max(0)
                };
                bill - credit
            })
            .sum()
    }
}
