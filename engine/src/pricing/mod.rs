//! Pricing: what a proposal costs month by month over a horizon, itemised,
//! against what the customer pays today, and the savings. See `schedule` for
//! how one month's bill is computed.
pub mod check;
mod priced;
mod proposal;
pub mod schedule;
mod units;
pub mod usage;

pub use check::{check, eligibility_problem, Rejection};
pub use priced::{LineCost, MonthTotals, OneOff, Priced, PromotionEnd, Savings};
pub use proposal::{Assignment, LineChoice, Proposal};
pub use units::{line_unit, Unit, UnitKind};

use crate::catalog::Catalog;
use crate::customer::Customer;
use crate::money::Money;
use schedule::PromoContext;

/// The horizon when nothing proposed has a contract term.
pub const DEFAULT_HORIZON: u32 = 24;

/// The promotions of `proposal` with the customer facts they depend on.
pub fn promo_context<'a>(
    catalog: &'a Catalog,
    customer: &Customer,
    promotions: &[crate::ItemId],
) -> PromoContext<'a> {
    PromoContext {
        promotions: catalog
            .promotions
            .iter()
            .filter(|p| promotions.contains(&p.id))
            .collect(),
        line_count: customer.line_count(),
        tenure_months: customer.tenure_months,
        credit_cap: catalog.credit_cap,
    }
}

/// Prices `proposal` for `customer` over `horizon` months (default: the
/// longest contract term proposed, else 24). Rejects what cannot be ordered.
pub fn price(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &Proposal,
    horizon: Option<u32>,
) -> Result<Priced, Rejection> {
    check(catalog, customer, proposal)?;
    let ctx = promo_context(catalog, customer, &proposal.promotions);
    let built = units::build(catalog, customer, proposal, &ctx);
    let horizon = horizon
        .unwrap_or(if built.contract_months > 0 {
            built.contract_months
        } else {
            DEFAULT_HORIZON
        })
        .max(1);
    let span = horizon.max(12);

    let mut months = Vec::with_capacity(span as usize);
    for m in 1..=span {
        let mut t = MonthTotals {
            month: m,
            ..MonthTotals::default()
        };
        for u in &built.units {
            let x = ctx.month(u.item.as_ref(), u.base_fee, u.usage, m, u.credits);
            t.fees = Money(t.fees.0 + x.fee.0);
            t.discounts = Money(t.discounts.0 + x.discount.0);
            t.usage = Money(t.usage.0 + x.usage.0);
            t.credits = Money(t.credits.0 + x.credit.0);
            t.bill = Money(t.bill.0 + x.net.0);
        }
        months.push(t);
    }
    let lines = built
        .units
        .iter()
        .map(|u| LineCost {
            unit: u.kind.clone(),
            item: u.item.clone(),
            packs: u.packs.clone(),
            base_fee: u.base_fee,
            usage: u.usage,
            first_month: ctx
                .month(u.item.as_ref(), u.base_fee, u.usage, 1, u.credits)
                .net,
            steady: Money(u.base_fee.0 + u.usage.0),
            horizon_total: ctx.horizon_cost(
                u.item.as_ref(),
                u.base_fee,
                u.usage,
                horizon,
                u.credits,
            ),
        })
        .collect();
    let one_offs_total = Money(built.one_offs.iter().map(|o| o.amount.0).sum());
    let current_monthly = customer.current_monthly_bill();
    let current_one_offs = built.current_one_offs;
    let savings = priced::savings(
        &months,
        horizon,
        current_monthly,
        one_offs_total,
        current_one_offs,
    );
    let monthly_total = Money(months[..horizon as usize].iter().map(|m| m.bill.0).sum());
    let total = Money(monthly_total.0 + one_offs_total.0);
    let promotion_ends = ctx
        .promotions
        .iter()
        .map(|p| PromotionEnd {
            promotion: p.id.clone(),
            name: p.name.clone(),
            last_month: p.to_month,
        })
        .collect();
    Ok(Priced {
        horizon,
        months: months.into_iter().take(horizon as usize).collect(),
        one_offs: built.one_offs,
        lines,
        monthly_total,
        total,
        current_monthly,
        current_total: Money(current_monthly.0 * i64::from(horizon) + current_one_offs.0),
        savings,
        effective_monthly: total.per(horizon),
        steady_monthly: built
            .units
            .iter()
            .fold(Money::ZERO, |a, u| Money(a.0 + u.base_fee.0 + u.usage.0)),
        prepaid: built.prepaid,
        contract_months: built.contract_months,
        promotion_ends,
    })
}
