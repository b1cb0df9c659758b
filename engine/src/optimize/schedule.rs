//! A fee schedule computed once per item and promotion set, so the search
//! prices a line on a plan with a few additions per month instead of
//! re-reading the promotions. It reproduces `PromoContext::month` exactly.
use crate::catalog::{CapBase, FeeRole, ItemId};
use crate::money::{Bps, Money};
use crate::pricing::schedule::{PromoContext, Reduction};

/// Per month: the fee after discounts and the credit offered before the cap.
#[derive(Clone, Debug)]
pub struct FeeSchedule {
    fee: Vec<i64>,
    /// Per month, what the promotions with `fees.addons` do to the line's
    /// add-on fees; empty when none touches them in any month.
    addons: Vec<Reduction>,
    /// Per month the bill's weight (1, or a regime's: `reweigh`), for
    /// add-on fees that differ by month.
    bill_weights: Vec<i64>,
    offered: Vec<i64>,
    /// The cap on the unit's own bill; `None` when the tables measure it on
    /// the account's bill (the search's relaxation: see `search`).
    cap: Option<Bps>,
    /// The fees' sum, for a schedule with no credit offered in any month.
    fee_total: i64,
    /// What a month's usage counts for over the horizon: the months, or
    /// their weights' sum once `reweigh`ed.
    usage_weight: i64,
    /// Per month the weights of the bill and of the credit (`reweigh`),
    /// for the credit capped on the unit's bill; `None`: 1 each.
    weights: Option<Box<(Vec<i64>, Vec<i64>)>>,
    credits: bool,
}

impl FeeSchedule {
    /// `role`: whose fee it is (which promotions touch it, whether gifts
    /// land on it: see `PromoContext::month`); `addon_ctx`: the promotions
    /// reducing the line's add-on fees (`fees.addons`), if any.
    pub fn new(
        ctx: &PromoContext,
        addon_ctx: Option<&PromoContext>,
        item: &ItemId,
        role: FeeRole,
        base_fee: Money,
        horizon: u32,
    ) -> FeeSchedule {
        let addons: Vec<Reduction> = addon_ctx
            .map(|a| {
                let applicable = a.applicable_addons(Some(item), Some(role));
                (1..=horizon).map(|m| a.reduction(&applicable, m)).collect()
            })
            .filter(|r: &Vec<Reduction>| r.iter().any(|x| !x.is_none()))
            .unwrap_or_default();
        let fee: Vec<i64> = (1..=horizon)
            .map(|m| {
                ctx.month(Some(item), Some(role), base_fee, Money::ZERO, m)
                    .fee
                    .0
            })
            .collect();
        let credits = role != FeeRole::Member;
        let offered: Vec<i64> = (1..=horizon)
            .map(|m| {
                if credits {
                    ctx.offered_credit(item, role, m).0
                } else {
                    0
                }
            })
            .collect();
        FeeSchedule {
            addons,
            bill_weights: vec![1; horizon as usize],
            fee_total: fee.iter().sum(),
            usage_weight: i64::from(horizon),
            weights: None,
            credits: offered.iter().any(|&o| o != 0),
            fee,
            offered,
            cap: (ctx.policy.credit_cap_on == CapBase::Unit).then_some(ctx.credit_cap),
        }
    }

    /// Whether some month reduces the line's add-on fees (`fees.addons`):
    /// then a line's cost depends on how its usage splits
    /// (`cost_split`), and its cheapest packs may differ by month.
    pub fn touches_addons(&self) -> bool {
        !self.addons.is_empty()
    }

    /// Total over the horizon with `plain` (overage) and `addons` (pack and
    /// feature fees, reduced each month as `PromoContext::month_split`
    /// does) each month.
    pub fn cost_split(&self, plain: Money, addons: Money) -> i64 {
        if self.addons.is_empty() {
            return self.cost(Money(plain.0 + addons.0));
        }
        let usage: Vec<i64> = self
            .addons
            .iter()
            .map(|r| plain.0 + r.apply(addons).0)
            .collect();
        self.cost_by_month(|m| usage[m])
    }

    /// Total over the horizon with `usage` each month.
    pub fn cost(&self, usage: Money) -> i64 {
        if !self.credits {
            return self.fee_total + usage.0 * self.usage_weight;
        }
        if self.cap.is_none() {
            let offered: i64 = self.offered.iter().sum();
            return self.fee_total + usage.0 * self.usage_weight - offered;
        }
        self.cost_by_month(|_| usage.0)
    }

    /// Total over the horizon with `usage[m]` in month m + 1.
    fn cost_by_month(&self, usage: impl Fn(usize) -> i64) -> i64 {
        let weighted = || -> i64 {
            let w = self.bill_weights.iter().enumerate();
            w.map(|(m, w)| usage(m) * w).sum()
        };
        if !self.credits {
            let weighted = weighted();
            return self.fee_total + weighted;
        }
        let Some(cap_bps) = self.cap else {
            let offered: i64 = self.offered.iter().sum();
            return self.fee_total + weighted() - offered;
        };
        let cap = i64::from(cap_bps.0);
        let ones = (1, 1);
        let weight = |m: usize| self.weights.as_ref().map_or(ones, |w| (w.0[m], w.1[m]));
        self.fee
            .iter()
            .zip(&self.offered)
            .enumerate()
            .map(|(m, (&fee, &offered))| {
                let bill = fee + usage(m);
                let credit = if offered == 0 {
                    0
                } else {
                    // `Money::share_floor` in i64 when the product fits (it
                    // always does with validated amounts), else through it.
                    let share = bill.checked_mul(cap).map_or_else(
                        || Money(bill).share_floor(cap_bps).0,
                        |p| p.div_euclid(10_000),
                    );
                    offered.min(share).max(0)
                };
                let (w_bill, w_credit) = weight(m);
                w_bill * bill - w_credit * credit
            })
            .sum()
    }

    /// This schedule with month `m`'s bill counted `bill[m]` times and its
    /// credit `credit[m]` times (a regime's weights: `search::regimes`),
    /// so `cost` is Σ_m bill[m]·(fee + usage) − credit[m]·credit.
    pub fn reweigh(&mut self, bill: &[i64], credit: &[i64]) {
        self.fee_total = self.fee.iter().zip(bill).map(|(f, w)| f * w).sum();
        self.usage_weight = bill.iter().sum();
        self.bill_weights = bill.to_vec();
        if self.cap.is_some() {
            self.weights = Some(Box::new((bill.to_vec(), credit.to_vec())));
        } else {
            // Uncapped, the credits only add up: weigh them once here.
            for (o, w) in self.offered.iter_mut().zip(credit) {
                *o *= w;
            }
        }
    }
}
