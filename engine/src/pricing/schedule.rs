//! One billing unit's bill in one month, promotions applied. A unit is a line
//! (on a plan, a bundle member, or kept), a bundle instance's own fee, or the
//! account's features. A promotion touches a unit when it applies to the
//! unit's item (`applies_to`) and to the unit's kind of fee (`fees`: plan,
//! bundle, members). Its bill in month `m` is, in this order, the same
//! everywhere (pricing, optimizer, MIP check):
//! 1. fee: the unit's monthly fee (plan fee, member fee, bundle fee; a kept
//!    line's current fee). 0 if a FreeMonths promotion touching it is active
//!    in `m`; then the active PercentOff / VolumeDiscount touching it, in
//!    catalog order: with `policy.stacking` compound, each takes
//!    `fee × bps / 10000` rounded half-up to the fen off what is left (10%
//!    then 5% is 14.5%); with add, their percentages are added (at most
//!    100%) and taken off once, rounded half-up. A volume tier counts every
//!    line of the customer, or with `lines_counted: moved` the lines the
//!    proposal puts on a plan or in a bundle;
//! 2. bill = fee + usage, where usage = overage beyond the allowance + pack
//!    fees + feature add-on fees. Overage is never touched; the add-on fees
//!    (packs and line features, summed per line) only by the promotions
//!    with `fees.addons` applying to the line's plan or bundle: their own
//!    step 1 on that sum (waived, then the percentages as above, rounded
//!    half-up once per line and month), never by a credit;
//! 3. the unit's credit: Σ active PrepayCredit / TenureCredit counted per
//!    unit (`credit_per: unit`) touching it, only on units that take credits
//!    (a line on a plan, a bundle instance; a member is billed with its
//!    instance); with `policy.credit_cap_on: unit` at most
//!    floor(bill × credit_cap / 10000) (送话费不超当月话费50%);
//! 4. the account's month (`settle`): credits counted per account
//!    (`credit_per: account`) are offered once; the month's credit is
//!    min(Σ units' credits + account credits, floor(W × credit_cap / 10000))
//!    with W the month's whole new bill (every unit's bill but kept lines').
//!    With the cap on each unit and no account credit this changes nothing
//!    (Σ floor(b·cap) ≤ floor(Σb·cap)). The month's net = Σ bills − credit,
//!    never below zero, never falling when a bill rises.
//!
//! One-off fees (installation, SIM, handsets, the old contract's exit fee) are
//! paid once, in month 1, outside the monthly bills. A kept line has no item,
//! so no promotion touches it.
use crate::catalog::{CapBase, FeeRole, ItemId, Policy, Promotion, PromotionKind, Stacking};
use crate::money::{Bps, Money};

/// The promotions chosen for a proposal and the facts they depend on.
#[derive(Clone, Debug)]
pub struct PromoContext<'a> {
    pub promotions: Vec<&'a Promotion>,
    /// Lines on the account (volume tiers counting every line).
    pub line_count: u32,
    /// Lines the proposal moves onto a plan or a bundle (tiers counting moved lines).
    pub moved_lines: u32,
    pub tenure_months: u32,
    pub credit_cap: Bps,
    pub policy: Policy,
}

/// Step 1 for one month: what the active fee reductions do to an amount
/// (a unit's fee, or a line's add-on fees with `fees.addons`). The same
/// function everywhere, so the optimizer's schedules reproduce it exactly.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reduction {
    /// A free-months promotion is active: the amount is waived.
    pub free: bool,
    /// The percentages taken off in turn (compound), each rounded half-up;
    /// with `policy.stacking: add`, their sum (at most 100%) as one step.
    pub steps: Vec<Bps>,
}

impl Reduction {
    /// The amount after the reductions (never below zero for an amount ≥ 0,
    /// never falling when the amount rises).
    pub fn apply(&self, amount: Money) -> Money {
        let mut fee = if self.free { Money::ZERO } else { amount };
        for &bps in &self.steps {
            fee = Money(fee.0 - fee.apply_bps(bps).unwrap_or(fee).0);
        }
        fee
    }

    /// Whether it changes nothing.
    pub fn is_none(&self) -> bool {
        !self.free && self.steps.is_empty()
    }
}

/// What a unit's month owes to its fee and promotions alone, before its
/// usage (`PromoContext::fee_month`): the same for every unit of the same
/// item, kind of fee and fee, so `price()` computes it once for them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FeeMonth {
    /// The monthly fee after step 1.
    pub fee: Money,
    /// What step 1 took off.
    pub discount: Money,
    /// Step 3's credits offered, before any cap (0 on a unit that takes none).
    pub offered: i64,
}

/// One unit's amounts in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UnitMonth {
    /// The monthly fee after discounts.
    pub fee: Money,
    /// What the discounts took off the fee (and off the line's add-on
    /// fees, with `fees.addons`).
    pub discount: Money,
    /// Overage, packs and features (the add-on fees after their
    /// reductions, with `fees.addons`).
    pub usage: Money,
    /// The unit's own credit (step 3), before the account's month settles it.
    pub credit: Money,
    /// The unit's bill less its own credit.
    pub net: Money,
}

impl PromoContext<'_> {
    fn discount_of(&self, promo: &Promotion) -> Option<Bps> {
        match &promo.kind {
            PromotionKind::PercentOff { discount } => Some(*discount),
            PromotionKind::VolumeDiscount { tiers } => {
                let lines = match promo.lines_counted {
                    crate::catalog::LinesCounted::All => self.line_count,
                    crate::catalog::LinesCounted::Moved => self.moved_lines,
                };
                tiers
                    .iter()
                    .rev()
                    .find(|t| lines >= t.min_lines)
                    .map(|t| t.discount)
            }
            // Listed, not `_`: a new promotion type must say whether it discounts.
            PromotionKind::FreeMonths
            | PromotionKind::PrepayCredit { .. }
            | PromotionKind::TenureCredit { .. } => None,
        }
    }

    fn credit_of(&self, promo: &Promotion) -> Money {
        match &promo.kind {
            PromotionKind::PrepayCredit {
                credit_per_month, ..
            } => *credit_per_month,
            PromotionKind::TenureCredit {
                min_tenure_months,
                credit_per_month,
            } => {
                if self.tenure_months >= *min_tenure_months {
                    *credit_per_month
                } else {
                    Money::ZERO
                }
            }
            PromotionKind::FreeMonths
            | PromotionKind::PercentOff { .. }
            | PromotionKind::VolumeDiscount { .. } => Money::ZERO,
        }
    }

    /// The unit's bill in `month`. `item` is the plan or bundle the fee belongs
    /// to and `role` whose fee it is (`None`: a kept line or the account's
    /// features, no promotions).
    pub fn month(
        &self,
        item: Option<&ItemId>,
        role: Option<FeeRole>,
        base_fee: Money,
        usage: Money,
        month: u32,
    ) -> UnitMonth {
        let applicable = self.applicable(item, role);
        self.month_among(&applicable, role, base_fee, usage, month)
    }

    /// The promotions of this context that touch a unit on `item` with a
    /// `role` fee in any month (account credits apart: see `settle`),
    /// filtered once per unit, so a horizon is priced without re-reading them.
    pub fn applicable(&self, item: Option<&ItemId>, role: Option<FeeRole>) -> Vec<&Promotion> {
        match (item, role) {
            (Some(id), Some(role)) => self
                .promotions
                .iter()
                .copied()
                .filter(|p| p.applies_to_unit(id, role) && !p.is_account_credit())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The promotions of this context that reduce the add-on fees (packs
    /// and line features, `fees.addons`) of a line on `item` with a `role`
    /// fee: a line on a plan or a bundle member; never a credit (validated).
    pub fn applicable_addons(
        &self,
        item: Option<&ItemId>,
        role: Option<FeeRole>,
    ) -> Vec<&Promotion> {
        match (item, role) {
            (Some(id), Some(FeeRole::Plan | FeeRole::Member)) => self
                .promotions
                .iter()
                .copied()
                .filter(|p| p.fees.addons && p.applies_to(id) && !p.kind.is_credit())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Step 1's reduction in `month` by the promotions `applicable`.
    pub fn reduction(&self, applicable: &[&Promotion], month: u32) -> Reduction {
        let active = applicable.iter().copied().filter(|p| p.active_in(month));
        self.reduction_of(active)
    }

    fn reduction_of<'p>(&self, active: impl Iterator<Item = &'p Promotion>) -> Reduction {
        let mut r = Reduction::default();
        let mut added = 0u32;
        for promo in active {
            r.free |= matches!(promo.kind, PromotionKind::FreeMonths);
            if let Some(bps) = self.discount_of(promo) {
                match self.policy.stacking {
                    Stacking::Compound => r.steps.push(bps),
                    Stacking::Add => added = added.saturating_add(bps.0),
                }
            }
        }
        if added > 0 {
            r.steps.push(Bps(added.min(10_000)));
        }
        r
    }

    /// `month` for a unit whose applicable promotions are `applicable`
    /// (from `applicable`); the same result as `month`.
    pub fn month_among(
        &self,
        applicable: &[&Promotion],
        role: Option<FeeRole>,
        base_fee: Money,
        usage: Money,
        month: u32,
    ) -> UnitMonth {
        self.month_split(applicable, &[], role, base_fee, usage, Money::ZERO, month)
    }

    /// `month_among` for a line whose `usage` includes `addons` of add-on
    /// fees (packs and features), reduced in `month` by `addon_applicable`
    /// (from `applicable_addons`): the add-on amount's own step 1, rounded
    /// once, its reduction counted in `discount`.
    #[allow(clippy::too_many_arguments)]
    pub fn month_split(
        &self,
        applicable: &[&Promotion],
        addon_applicable: &[&Promotion],
        role: Option<FeeRole>,
        base_fee: Money,
        usage: Money,
        addons: Money,
        month: u32,
    ) -> UnitMonth {
        let active = applicable.iter().copied().filter(|p| p.active_in(month));
        let credits = matches!(role, Some(FeeRole::Plan | FeeRole::Bundle));
        let addon_off = if addon_applicable.is_empty() {
            Money::ZERO
        } else {
            let r = self.reduction(addon_applicable, month);
            Money(addons.0 - r.apply(addons).0)
        };
        let fees = self.fees_among(active, base_fee, credits);
        let mut x = self.with_usage(fees, Money(usage.0 - addon_off.0));
        x.discount = Money(x.discount.0 + addon_off.0);
        x
    }

    /// Steps 1 and 3 (uncapped) in `month` for a unit whose applicable
    /// promotions are `applicable` (from `applicable`): with `with_usage`,
    /// the same as `month_among`.
    pub fn fee_month(
        &self,
        applicable: &[&Promotion],
        role: Option<FeeRole>,
        base_fee: Money,
        month: u32,
    ) -> FeeMonth {
        let active = applicable.iter().copied().filter(|p| p.active_in(month));
        let credits = matches!(role, Some(FeeRole::Plan | FeeRole::Bundle));
        self.fees_among(active, base_fee, credits)
    }

    fn fees_among<'p>(
        &self,
        active: impl Iterator<Item = &'p Promotion> + Clone,
        base_fee: Money,
        credits: bool,
    ) -> FeeMonth {
        let fee = self.reduce(active.clone(), base_fee);
        let offered = if credits {
            active.fold(0i64, |o, p| o.saturating_add(self.credit_of(p).0))
        } else {
            0
        };
        FeeMonth {
            fee,
            discount: Money(base_fee.0 - fee.0),
            offered,
        }
    }

    /// `reduction_of(active).apply(amount)` without building the steps: a
    /// free month waives the amount (a percentage of nothing is nothing),
    /// else the percentages in turn or added, as `Reduction::apply`.
    fn reduce<'p>(&self, active: impl Iterator<Item = &'p Promotion>, amount: Money) -> Money {
        let off = |fee: Money, bps: Bps| Money(fee.0 - fee.apply_bps(bps).unwrap_or(fee).0);
        let (mut free, mut fee, mut added) = (false, amount, 0u32);
        for promo in active {
            free |= matches!(promo.kind, PromotionKind::FreeMonths);
            if let Some(bps) = self.discount_of(promo) {
                match self.policy.stacking {
                    Stacking::Compound => fee = off(fee, bps),
                    Stacking::Add => added = added.saturating_add(bps.0),
                }
            }
        }
        if added > 0 {
            fee = off(fee, Bps(added.min(10_000)));
        }
        if free {
            Money::ZERO
        } else {
            fee
        }
    }

    /// Steps 2 and 3 of the module's rule on a unit's month `f` (from
    /// `fee_month`): its bill with `usage`, and its credit, capped on that
    /// bill where the cap is per unit.
    pub fn with_usage(&self, f: FeeMonth, usage: Money) -> UnitMonth {
        let bill = Money(f.fee.0.saturating_add(usage.0));
        let credit = match self.policy.credit_cap_on {
            CapBase::Unit => Money(f.offered).min(bill.share_floor(self.credit_cap)),
            CapBase::Account => Money(f.offered),
        }
        .max(Money::ZERO);
        UnitMonth {
            fee: f.fee,
            discount: f.discount,
            usage,
            credit,
            net: Money(bill.0 - credit.0),
        }
    }

    /// The credits counted once per account in `month`, before the cap.
    pub fn account_offered(&self, month: u32) -> Money {
        Money(
            self.promotions
                .iter()
                .filter(|p| p.is_account_credit() && p.active_in(month))
                .map(|p| self.credit_of(p).0)
                .fold(0i64, i64::saturating_add),
        )
    }

    /// Step 4: the month's whole credit, from the units' own credits and
    /// the month's whole new bill `whole` (before any credit).
    pub fn settle(&self, month: u32, unit_credits: Money, whole: Money) -> Money {
        let offered = Money(unit_credits.0.saturating_add(self.account_offered(month).0));
        offered
            .min(whole.share_floor(self.credit_cap))
            .max(Money::ZERO)
    }

    /// The credit gifts per unit offered to a unit on `item` in `month`,
    /// before the cap (a unit that takes credits).
    pub fn offered_credit(&self, item: &ItemId, role: FeeRole, month: u32) -> Money {
        Money(
            self.applicable(Some(item), Some(role))
                .iter()
                .filter(|p| p.active_in(month))
                .map(|p| self.credit_of(p).0)
                .sum(),
        )
    }

    /// What the unit costs over months 1..=horizon, before the account's
    /// months settle (exact when no account credit or account cap applies),
    /// with no add-on reduction (`fees.addons`: see `month_split`).
    pub fn horizon_cost(
        &self,
        item: Option<&ItemId>,
        role: Option<FeeRole>,
        base_fee: Money,
        usage: Money,
        horizon: u32,
    ) -> Money {
        let applicable = self.applicable(item, role);
        Money(
            (1..=horizon)
                .map(|m| {
                    self.month_among(&applicable, role, base_fee, usage, m)
                        .net
                        .0
                })
                .fold(0i64, i64::saturating_add),
        )
    }

    /// Up-front prepayments the chosen promotions ask of a unit on `item`
    /// (counted per unit).
    pub fn prepay_for(&self, item: &ItemId, role: FeeRole) -> Money {
        Money(
            self.applicable(Some(item), Some(role))
                .iter()
                .map(|p| prepay_of(p).0)
                .sum(),
        )
    }

    /// Up-front prepayments counted once per account.
    pub fn account_prepay(&self) -> Money {
        Money(
            self.promotions
                .iter()
                .filter(|p| p.is_account_credit())
                .map(|p| prepay_of(p).0)
                .sum(),
        )
    }
}

fn prepay_of(p: &Promotion) -> Money {
    match p.kind {
        PromotionKind::PrepayCredit { prepay, .. } => prepay,
        PromotionKind::FreeMonths
        | PromotionKind::PercentOff { .. }
        | PromotionKind::TenureCredit { .. }
        | PromotionKind::VolumeDiscount { .. } => Money::ZERO,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Eligibility, VolumeTier};
    use crate::text::Text;

    fn promo(id: &str, kind: PromotionKind, from: u32, to: u32) -> Promotion {
        Promotion {
            id: ItemId::new(id),
            name: Text::new(id, id),
            description: Text::default(),
            kind,
            applies_to: vec![ItemId::new("p")],
            from_month: from,
            to_month: to,
            eligibility: Eligibility::default(),
            authority_level: 1,
            ..Promotion::default()
        }
    }

    fn ctx<'a>(promotions: Vec<&'a Promotion>) -> PromoContext<'a> {
        PromoContext {
            promotions,
            line_count: 5,
            moved_lines: 5,
            tenure_months: 60,
            credit_cap: Bps(5_000),
            policy: Policy::default(),
        }
    }

    #[test]
    fn free_months_waive_the_fee_but_not_usage() {
        let free = promo("f", PromotionKind::FreeMonths, 1, 3);
        let c = ctx(vec![&free]);
        let p = ItemId::new("p");
        assert_eq!(
            c.month(Some(&p), Some(FeeRole::Plan), Money(12_900), Money(500), 3)
                .net,
            Money(500)
        );
        assert_eq!(
            c.month(Some(&p), Some(FeeRole::Plan), Money(12_900), Money(500), 4)
                .net,
            Money(13_400)
        );
    }

    #[test]
    fn discounts_apply_in_turn_rounded_half_up() {
        let off = promo(
            "o",
            PromotionKind::PercentOff {
                discount: Bps(1_000),
            },
            1,
            12,
        );
        let vol = promo(
            "v",
            PromotionKind::VolumeDiscount {
                tiers: vec![
                    VolumeTier {
                        min_lines: 3,
                        discount: Bps(500),
                    },
                    VolumeTier {
                        min_lines: 10,
                        discount: Bps(1_500),
                    },
                ],
            },
            1,
            24,
        );
        let c = ctx(vec![&off, &vol]);
        let p = ItemId::new("p");
        // 129.00 -> 116.10 (10% off) -> 116.10 - 5.805 (rounded 5.81) = 110.29
        let m = c.month(Some(&p), Some(FeeRole::Plan), Money(12_900), Money::ZERO, 1);
        assert_eq!(m.fee, Money(11_029));
        assert_eq!(m.discount, Money(1_871));
    }

    #[test]
    fn credits_never_pass_half_the_bill() {
        let gift = promo(
            "g",
            PromotionKind::PrepayCredit {
                prepay: Money(60_000),
                credit_per_month: Money(5_000),
            },
            1,
            12,
        );
        let c = ctx(vec![&gift]);
        let p = ItemId::new("p");
        let small = c.month(Some(&p), Some(FeeRole::Plan), Money(5_900), Money::ZERO, 1);
        assert_eq!(small.credit, Money(2_950));
        assert_eq!(small.net, Money(2_950));
        let big = c.month(Some(&p), Some(FeeRole::Plan), Money(19_900), Money::ZERO, 1);
        assert_eq!(big.credit, Money(5_000));
        assert_eq!(c.prepay_for(&p, FeeRole::Plan), Money(60_000));
    }

    #[test]
    fn tenure_credit_needs_the_tenure() {
        let t = promo(
            "t",
            PromotionKind::TenureCredit {
                min_tenure_months: 120,
                credit_per_month: Money(1_000),
            },
            1,
            12,
        );
        let c = ctx(vec![&t]);
        assert_eq!(
            c.month(
                Some(&ItemId::new("p")),
                Some(FeeRole::Plan),
                Money(10_000),
                Money::ZERO,
                1
            )
            .credit,
            Money::ZERO
        );
    }
}
