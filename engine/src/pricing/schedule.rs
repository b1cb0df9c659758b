//! One billing unit's bill in one month, promotions applied. A unit is a line
//! (on a plan, a bundle member, or kept), a bundle instance's own fee, or the
//! account's features. Its bill in month `m` is, in this order, the same
//! everywhere (pricing, optimizer, MIP check):
//! 1. fee: the unit's monthly fee (plan fee, member fee, bundle fee; a kept
//!    line's current fee). 0 if a FreeMonths promotion on its item is active
//!    in `m`; then each active PercentOff / VolumeDiscount on its item, in
//!    catalog order, takes `fee × bps / 10000` rounded half-up to the fen off
//!    what is left (so 10% then 5% is 14.5%, not 15%);
//! 2. bill = fee + usage, where usage = overage beyond the allowance + pack
//!    fees + feature add-on fees (never discounted, never waived);
//! 3. credit = min(Σ active PrepayCredit / TenureCredit credits on its item,
//!    floor(bill × credit_cap / 10000)) (送话费不超当月话费50%), only on
//!    units that take credits (a line on a plan, a bundle instance);
//!    net = bill − credit. Since the cap is at most 100%, net never falls when
//!    the bill rises, and never goes below zero.
//!
//! One-off fees (installation, SIM, handsets, the old contract's exit fee) are
//! paid once, in month 1, outside the monthly bills. A kept line has no item,
//! so no promotion touches it.
use crate::catalog::{ItemId, Promotion, PromotionKind};
use crate::money::{Bps, Money};

/// The promotions chosen for a proposal and the facts they depend on.
#[derive(Clone, Debug)]
pub struct PromoContext<'a> {
    pub promotions: Vec<&'a Promotion>,
    /// Lines on the account (volume tiers).
    pub line_count: u32,
    pub tenure_months: u32,
    pub credit_cap: Bps,
}

/// One unit's amounts in one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UnitMonth {
    /// The monthly fee after discounts.
    pub fee: Money,
    /// What the discounts took off the fee.
    pub discount: Money,
    /// Overage, packs and features.
    pub usage: Money,
    pub credit: Money,
    /// What the customer pays for this unit this month.
    pub net: Money,
}

impl PromoContext<'_> {
    fn discount_of(&self, promo: &Promotion) -> Option<Bps> {
        match &promo.kind {
            PromotionKind::PercentOff { discount } => Some(*discount),
            PromotionKind::VolumeDiscount { tiers } => tiers
                .iter()
                .rev()
                .find(|t| self.line_count >= t.min_lines)
                .map(|t| t.discount),
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
    /// to (`None`: a kept line, no promotions). `credits`: whether credit gifts
    /// land on this unit (a plan's line, a bundle's instance; not each member).
    pub fn month(
        &self,
        item: Option<&ItemId>,
        base_fee: Money,
        usage: Money,
        month: u32,
        credits: bool,
    ) -> UnitMonth {
        let Some(id) = item else {
            return self.month_among(&[], base_fee, usage, month, credits);
        };
        let active = self
            .promotions
            .iter()
            .copied()
            .filter(|p| p.active_in(month) && p.applies_to(id));
        self.bill(active, base_fee, usage, credits)
    }

    /// The promotions of this context that apply to `item` in any month:
    /// filtered once per unit, so a horizon is priced without re-reading them.
    pub fn applicable(&self, item: Option<&ItemId>) -> Vec<&Promotion> {
        match item {
            Some(id) => self
                .promotions
                .iter()
                .copied()
                .filter(|p| p.applies_to(id))
                .collect(),
            None => Vec::new(),
        }
    }

    /// `month` for a unit whose applicable promotions are `applicable`
    /// (from `applicable`); the same result as `month`.
    pub fn month_among(
        &self,
        applicable: &[&Promotion],
        base_fee: Money,
        usage: Money,
        month: u32,
        credits: bool,
    ) -> UnitMonth {
        let active = applicable.iter().copied().filter(|p| p.active_in(month));
        self.bill(active, base_fee, usage, credits)
    }

    /// Steps 1 to 3 of the module's rule, for the promotions active this month.
    fn bill<'p>(
        &self,
        active: impl Iterator<Item = &'p Promotion> + Clone,
        base_fee: Money,
        usage: Money,
        credits: bool,
    ) -> UnitMonth {
        let free = active
            .clone()
            .any(|p| matches!(p.kind, PromotionKind::FreeMonths));
        let mut fee = if free { Money::ZERO } else { base_fee };
        let mut offered = 0i64;
        for promo in active {
            if let Some(bps) = self.discount_of(promo) {
                fee = Money(fee.0 - fee.apply_bps(bps).unwrap_or(fee).0);
            }
            if credits {
                offered = offered.saturating_add(self.credit_of(promo).0);
            }
        }
        let bill = Money(fee.0.saturating_add(usage.0));
        let credit = Money(offered)
            .min(bill.share_floor(self.credit_cap))
            .max(Money::ZERO);
        UnitMonth {
            fee,
            discount: Money(base_fee.0 - fee.0),
            usage,
            credit,
            net: Money(bill.0 - credit.0),
        }
    }

    /// The credit gifts offered to a unit on `item` in `month`, before the cap.
    pub fn offered_credit(&self, item: &ItemId, month: u32) -> Money {
        Money(
            self.promotions
                .iter()
                .filter(|p| p.active_in(month) && p.applies_to(item))
                .map(|p| self.credit_of(p).0)
                .sum(),
        )
    }

    /// What the unit costs over months 1..=horizon.
    pub fn horizon_cost(
        &self,
        item: Option<&ItemId>,
        base_fee: Money,
        usage: Money,
        horizon: u32,
        credits: bool,
    ) -> Money {
        let applicable = self.applicable(item);
        Money(
            (1..=horizon)
                .map(|m| {
                    self.month_among(&applicable, base_fee, usage, m, credits)
                        .net
                        .0
                })
                .fold(0i64, i64::saturating_add),
        )
    }

    /// Up-front prepayments the chosen promotions ask of a unit on `item`.
    pub fn prepay_for(&self, item: &ItemId) -> Money {
        Money(
            self.promotions
                .iter()
                .filter(|p| p.applies_to(item))
                .map(|p| match p.kind {
                    PromotionKind::PrepayCredit { prepay, .. } => prepay.0,
                    PromotionKind::FreeMonths
                    | PromotionKind::PercentOff { .. }
                    | PromotionKind::TenureCredit { .. }
                    | PromotionKind::VolumeDiscount { .. } => 0,
                })
                .sum(),
        )
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
        }
    }

    fn ctx<'a>(promotions: Vec<&'a Promotion>) -> PromoContext<'a> {
        PromoContext {
            promotions,
            line_count: 5,
            tenure_months: 60,
            credit_cap: Bps(5_000),
        }
    }

    #[test]
    fn free_months_waive_the_fee_but_not_usage() {
        let free = promo("f", PromotionKind::FreeMonths, 1, 3);
        let c = ctx(vec![&free]);
        let p = ItemId::new("p");
        assert_eq!(
            c.month(Some(&p), Money(12_900), Money(500), 3, true).net,
            Money(500)
        );
        assert_eq!(
            c.month(Some(&p), Money(12_900), Money(500), 4, true).net,
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
        let m = c.month(Some(&p), Money(12_900), Money::ZERO, 1, true);
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
        let small = c.month(Some(&p), Money(5_900), Money::ZERO, 1, true);
        assert_eq!(small.credit, Money(2_950));
        assert_eq!(small.net, Money(2_950));
        let big = c.month(Some(&p), Money(19_900), Money::ZERO, 1, true);
        assert_eq!(big.credit, Money(5_000));
        assert_eq!(c.prepay_for(&p), Money(60_000));
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
            c.month(Some(&ItemId::new("p")), Money(10_000), Money::ZERO, 1, true)
                .credit,
            Money::ZERO
        );
    }
}
