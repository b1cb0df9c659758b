//! Regimes: a proven lower bound, and often the proven least, where the
//! relaxation of `settle` is not tight (the credit cap on the account's
//! whole bill, `policy.credit_cap_on: account`, or account credits).
//!
//! Per month m, with B_m the account's new bill (every moved unit's bill as
//! `price()` counts it for the cap; kept lines apart) and O_m the credits
//! offered (the units' and the account's), the month's real cost is
//! B_m − min(O_m, ⌊c·B_m⌋) = max(B_m − O_m, ⌈(1 − c)·B_m⌉), c the cap.
//! A regime gives each month one side: "credit" (B_m − O_m, the credits
//! uncapped) or "cap" ((1 − c)·B_m exactly, no credit). Either side is at
//! most the real cost, so for every regime R and proposal x, h_R(x) ≤ f(x),
//! and min_x h_R(x) bounds every proposal. h_R is the search's own objective
//! with each month weighted (the bill counted `bill[m]` times and the credit
//! `credit[m]` times, in units of 1/`scale` fen so the weights are whole):
//! separable per unit as before, every weight ≥ 0 (so the packs, tier and
//! bundle arguments of the search hold unchanged), so each regime's search
//! is exact for h_R. The bound is the most over the regimes, ⌈min h_R⌉ (f is
//! whole fen); each regime's pick is priced by `price()` and the cheapest
//! kept, proven when its price reaches the bound.
//!
//! Months in which the same promotions are active are the same in every
//! schedule and account credit, so they take one regime (a group); months
//! with no credit promotion active offer no credit and take "credit"
//! (B_m − 0 ≥ (1 − c)·B_m). With k such groups, the 2^k − 1 regimes other
//! than all-"credit" (the relaxation itself) are each one search; only when
//! the relaxation was not tight, and only up to `MAX_GROUPS` groups.
use crate::pricing::Proposal;

use super::{PlanFilter, Search, Solution, NO_KEEP};
use crate::optimize::schedule::FeeSchedule;

/// The most groups whose regimes are enumerated (2^6 − 1 searches).
const MAX_GROUPS: usize = 6;

/// A regime's per-month weights, months 1..=horizon at index m − 1.
#[derive(Clone, Debug)]
pub struct Weights {
    /// Every amount outside the account's bill (kept lines, one-offs) is
    /// counted this many times: the unit is 1/scale fen.
    pub scale: i64,
    bill: Vec<i64>,
    credit: Vec<i64>,
}

impl Weights {
    /// The weight of month `m`'s credits.
    pub fn credit(&self, m: u32) -> i64 {
        self.credit[m as usize - 1]
    }

    /// The bill's weights over the horizon (for a fee billed every month).
    pub fn bill_total(&self) -> i64 {
        self.bill.iter().sum()
    }

    pub fn reweigh(&self, schedule: &mut FeeSchedule) {
        schedule.reweigh(&self.bill, &self.credit);
    }
}

/// ⌈x / d⌉ for d > 0.
fn div_ceil(x: i64, d: i64) -> i64 {
    -(-x).div_euclid(d)
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

impl Search<'_> {
    /// The months (1-based) of each group whose months offer a credit.
    fn credit_groups(&self) -> Vec<Vec<u32>> {
        let mut groups: Vec<(Vec<bool>, Vec<u32>)> = Vec::new();
        for m in 1..=self.horizon() {
            let active: Vec<bool> = self.promotions.iter().map(|p| p.active_in(m)).collect();
            let credit = self
                .promotions
                .iter()
                .any(|p| p.active_in(m) && p.kind.is_credit());
            if !credit {
                continue;
            }
            match groups.iter_mut().find(|g| g.0 == active) {
                Some(g) => g.1.push(m),
                None => groups.push((active, vec![m])),
            }
        }
        groups.into_iter().map(|g| g.1).collect()
    }

    fn priced(&self, p: &Proposal) -> i64 {
        crate::pricing::price(self.catalog, self.customer, p, Some(self.horizon()))
            .map_or(i64::MAX, |x| x.total.0)
    }

    /// Raises each kind's bound to the most over the regimes and keeps the
    /// cheapest of their picks at `price()` (see the top); `proven` where
    /// the price reaches the bound.
    pub(super) fn regimes(&self, solutions: &mut [Option<Solution>], plans: PlanFilter) {
        let open = |s: &[Option<Solution>]| s.iter().flatten().any(|x| x.cost > x.bound);
        let groups = self.credit_groups();
        if groups.is_empty() || groups.len() > MAX_GROUPS || !open(solutions) {
            return;
        }
        let cap = i64::from(self.catalog.credit_cap.0.min(10_000));
        let g = gcd(10_000, cap);
        let (scale, cap_weight) = (10_000 / g, (10_000 - cap) / g);
        // Weighted totals stay far below `NO_KEEP` (which marks a kept line
        // where none may be kept), else no regime is tried.
        let today = self.customer.current_monthly_bill().0 * i64::from(self.horizon());
        let most = solutions.iter().flatten().map(|s| s.cost.abs()).max();
        let magnitude = today.abs().saturating_add(most.unwrap_or(0));
        if magnitude.saturating_mul(scale).saturating_mul(64) >= NO_KEEP {
            return;
        }
        let months = self.horizon() as usize;
        for r in 1u32..1 << groups.len() {
            if !open(solutions) {
                break;
            }
            let (mut bill, mut credit) = (vec![scale; months], vec![scale; months]);
            for (_, group) in groups.iter().enumerate().filter(|(i, _)| r >> i & 1 == 1) {
                for &m in group {
                    bill[m as usize - 1] = cap_weight;
                    credit[m as usize - 1] = 0;
                }
            }
            let weights = Weights {
                scale,
                bill,
                credit,
            };
            let search = self.sibling(false, Some(weights));
            let best = search.run(plans);
            let theirs = std::iter::once(best.no_bundle).chain(best.with_bundle);
            for (mine, theirs) in solutions.iter_mut().zip(theirs) {
                let (Some(m), Some(t)) = (mine, theirs) else {
                    continue;
                };
                m.bound = m.bound.max(div_ceil(t.cost, scale));
                if m.cost > m.bound {
                    let price = self.priced(&t.proposal);
                    if price < m.cost {
                        m.cost = price;
                        m.proposal = t.proposal;
                    }
                }
            }
        }
        for s in solutions.iter_mut().flatten() {
            s.proven = s.cost == s.bound;
        }
    }
}
