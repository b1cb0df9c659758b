//! Pricing: what a proposal costs month by month over a horizon, itemised,
//! against what the customer pays today, and the savings.
//!
//! How a month's bill is computed is in [`schedule`] (fees → discounts →
//! usage → credits capped at 50% → one-offs in the start month). How the whole
//! horizon adds up, which is what the optimizer and a MIP model reproduce:
//!
//! ```text
//! total = Σ_units Σ_{m=1..horizon} net(unit, m)     (monthly_total)
//!       + Σ one-offs                                (one_offs_total)
//! ```
//!
//! The units are one per line (a plan with its packs, a bundle member, or
//! the kept line at its current fee), one per bundle instance (the bundle's
//! own fee, which takes the credit gifts), and one for the account's
//! features not included in the bundle (keeping everything: the account's
//! extras at today's `current_account_fee`, so keeping is today's bill). With the account-level choices fixed
//! (the set of promotions, hence the volume tier, which counts all the
//! customer's lines), `net(unit, m)` depends only on that unit's own item,
//! fee, usage and whether it takes credits, so the total is a sum of
//! independent per-line and per-instance costs (a bundle member's also on
//! its [`Seat`]: its position for free main cards, which voice lines share
//! its instance for free calls within it): [`line_unit`] and
//! [`schedule::PromoContext::horizon_cost`] are those building blocks.
//! One-offs: each plan's and each bundle instance's one-off fees, each
//! wanted handset (contract price if the line's committed fee reaches the
//! handset's minimum, else retail), and the old contract's exit fee once if
//! any line changes while the contract runs.
//!
//! The start month (`Proposal::start_month`, [`start`]): the new packages
//! start in month `s` (1: now; `months_left + 1`: at the current contract's
//! end). Months before `s` are today's bill (each line's current fee, the
//! account's current extras, no promotion); from `s` every unit bills as
//! above with promotion months counted from `s`; one-offs are paid in
//! month `s`; the exit fee is due only when `s ≤ contract.months_left`. So
//! `net(unit, m)` is still each unit's own, and a proposal starting in `s`
//! costs `(s − 1) × today's bill` plus the same proposal started now over
//! `horizon − s + 1` months (less the exit fee after the contract's end).
mod capacity;
mod check;
mod free_share;
mod on_sale;
mod one_off;
mod priced;
mod proposal;
mod rejection;
pub(crate) use rejection::audience_problem;
mod savings;
pub mod schedule;
mod seat;
mod start;
mod units;
pub mod usage;

pub use check::{check, check_authority};
pub use free_share::{free_share, FreeShare};
pub use on_sale::{check_on_sale, ending_warnings, ending_within, EndingSoon, ENDING_WARNING_DAYS};
pub use one_off::{due, OneOff, OneOffKind};
pub use priced::{LineCost, MonthTotals, Priced, PromotionEnd, Savings};
pub use proposal::{Assignment, LineChoice, Proposal};
pub use rejection::{
    audience_name, audiences_text, eligibility_problem, offer_problem, sale_problem, Rejection,
    RejectionKind,
};
pub use seat::{is_voice, seats, Seat};
pub use start::contract_end_start;
pub use units::{line_unit, Unit, UnitKind};

use std::collections::HashMap;

use crate::catalog::{Catalog, FeeRole, ItemId, Promotion};
use crate::customer::Customer;
use crate::money::{Money, MoneyError};
use rejection::reject;
use schedule::PromoContext;

/// The horizon when nothing proposed has a contract term.
pub const DEFAULT_HORIZON: u32 = 24;
/// The longest horizon priced (ten years).
pub const MAX_HORIZON: u32 = 120;

/// A unit's promotions and the fee side of each promotion month (index
/// `m − 1`), shared by the units of one item, kind of fee and fee.
#[derive(Default)]
struct FeeSide<'a> {
    applicable: Vec<&'a Promotion>,
    addon_applicable: Vec<&'a Promotion>,
    months: Vec<schedule::FeeMonth>,
}

/// The promotions of `proposal` with the customer facts they depend on;
/// `moved_lines`: the lines the proposal puts on a plan or in a bundle.
pub fn promo_context<'a>(
    catalog: &'a Catalog,
    customer: &Customer,
    promotions: &[ItemId],
    moved_lines: u32,
) -> PromoContext<'a> {
    PromoContext {
        promotions: catalog
            .promotions
            .iter()
            .filter(|p| promotions.contains(&p.id))
            .collect(),
        line_count: customer.line_count(),
        moved_lines,
        tenure_months: customer.tenure_months,
        credit_cap: catalog.credit_cap,
        policy: catalog.policy,
    }
}

fn overflow(_: MoneyError) -> Rejection {
    reject(
        RejectionKind::Overflow,
        "total",
        "金额过大，无法计算".into(),
        "the amounts are too large to compute".into(),
    )
}

/// Prices `proposal` for `customer` over `horizon` months (default: the
/// longest contract term proposed, else 24). Rejects what cannot be ordered,
/// with a reason. Expects validated tables (`Catalog::load`); with others it
/// still never panics.
pub fn price(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &Proposal,
    horizon: Option<u32>,
) -> Result<Priced, Rejection> {
    check(catalog, customer, proposal)?;
    let ctx = promo_context(
        catalog,
        customer,
        &proposal.promotions,
        proposal.moved_lines(),
    );
    let mut built = units::build(catalog, customer, proposal, &ctx);
    let start = proposal.start_month;
    let horizon = horizon
        .unwrap_or_else(|| start::default_horizon(start, built.contract_months, DEFAULT_HORIZON));
    if !(1..=MAX_HORIZON).contains(&horizon) {
        return Err(reject(
            RejectionKind::Horizon,
            "horizon",
            format!("比较期须为 1 至 {MAX_HORIZON} 个月"),
            format!("the horizon must be 1 to {MAX_HORIZON} months"),
        ));
    }
    if !(1..=horizon).contains(&start) {
        return Err(reject(
            RejectionKind::StartMonth,
            "start_month",
            format!("起始月须为比较期内的第 1 至 {horizon} 个月"),
            format!("the start month must be month 1 to {horizon} of the horizon"),
        ));
    }
    if !start::exit_fee_due(customer, start) {
        built.one_offs.retain(|o| o.kind != OneOffKind::ExitFee);
    }
    start::account_unit_for_months_before(&mut built.units, customer, start);
    let span = horizon.max(12);
    let mut months: Vec<MonthTotals> = (1..=span)
        .map(|month| MonthTotals {
            month,
            ..MonthTotals::default()
        })
        .collect();
    let mut lines = Vec::with_capacity(built.units.len() + 1);
    let mut steady = Money::ZERO;
    // Per month: the units' own credits and the whole new bill (step 4).
    let mut unit_credits = vec![Money::ZERO; span as usize];
    let mut whole = vec![Money::ZERO; span as usize];
    let add = |a: Money, b: Money| a.checked_add(b).map_err(overflow);
    // Per item, kind of fee and fee: its promotions and each month's fee
    // side (`FeeMonth`), the same for every unit that shares them.
    // A unit without an item (a kept line, the account's features) has no
    // promotion: its fee as it is, every month.
    let mut by_fee: HashMap<(&ItemId, Option<FeeRole>, Money), FeeSide> = HashMap::new();
    let mut plain = FeeSide::default();
    for u in &built.units {
        let side = match &u.item {
            None => {
                plain.months.clear();
                let fee_month = ctx.fee_month(&[], u.role, u.base_fee, 1);
                plain.months.resize(span as usize, fee_month);
                &plain
            }
            Some(item) => by_fee.entry((item, u.role, u.base_fee)).or_insert_with(|| {
                let applicable = ctx.applicable(Some(item), u.role);
                let months = (1..=span)
                    .map(|m| ctx.fee_month(&applicable, u.role, u.base_fee, m))
                    .collect();
                FeeSide {
                    addon_applicable: ctx.applicable_addons(Some(item), u.role),
                    applicable,
                    months,
                }
            }),
        };
        let (applicable, addon_applicable) = (&side.applicable, &side.addon_applicable);
        let kept = u.role.is_none() && matches!(u.kind, UnitKind::Line { .. });
        let addons = u.usage.checked_sub(u.overage).map_err(overflow)?;
        let (mut horizon_total, mut first_month) = (Money::ZERO, Money::ZERO);
        let mut monthly = Vec::with_capacity(horizon as usize);
        let before = start::fee_before_start(u, customer);
        for (i, t) in months.iter_mut().enumerate() {
            let x = match start::promotion_month(t.month, start) {
                Some(m) => {
                    t.overage = add(t.overage, u.overage)?;
                    let x = if addon_applicable.is_empty() {
                        ctx.with_usage(side.months[m as usize - 1], u.usage)
                    } else {
                        ctx.month_split(
                            applicable,
                            addon_applicable,
                            u.role,
                            u.base_fee,
                            u.usage,
                            addons,
                            m,
                        )
                    };
                    // The add-on fees billed, after `fees.addons` reductions.
                    t.addons = add(t.addons, Money(x.usage.0 - u.overage.0))?;
                    x
                }
                // Before the start: today's fee, untouched by any promotion.
                None => ctx.month_among(&[], None, before, Money::ZERO, 1),
            };
            t.fees = add(t.fees, x.fee)?;
            t.discounts = add(t.discounts, x.discount)?;
            t.usage = add(t.usage, x.usage)?;
            t.bill = add(t.bill, x.net)?;
            unit_credits[i] = add(unit_credits[i], x.credit)?;
            if !kept && t.month >= start {
                whole[i] = add(whole[i], add(x.fee, x.usage)?)?;
            }
            if t.month <= horizon {
                horizon_total = add(horizon_total, x.net)?;
                monthly.push(x.net);
            }
            if t.month == start {
                first_month = x.net;
            }
        }
        let unit_steady = u.base_fee.checked_add(u.usage).map_err(overflow)?;
        steady = steady.checked_add(unit_steady).map_err(overflow)?;
        lines.push(LineCost {
            unit: u.kind.clone(),
            item: u.item.clone(),
            packs: u.packs.clone(),
            base_fee: u.base_fee,
            usage: u.usage,
            overage: u.overage,
            first_month,
            steady: unit_steady,
            horizon_total,
            monthly,
        });
    }
    // Step 4: the account's credits and the cap on the whole bill; what it
    // changes from the units' own credits is the account's line.
    let (mut account_first, mut account_total) = (Money::ZERO, Money::ZERO);
    let mut account_monthly = Vec::with_capacity(horizon as usize);
    for (i, t) in months.iter_mut().enumerate() {
        // Before the start no promotion runs, so the account has no credit.
        t.credits = match start::promotion_month(t.month, start) {
            Some(m) => ctx.settle(m, unit_credits[i], whole[i]),
            None => unit_credits[i],
        };
        let change = t.credits.checked_sub(unit_credits[i]).map_err(overflow)?;
        t.bill = t.bill.checked_sub(change).map_err(overflow)?;
        if t.month == start {
            account_first = Money(-change.0);
        }
        if t.month <= horizon {
            account_total = account_total.checked_sub(change).map_err(overflow)?;
            account_monthly.push(Money(-change.0));
        }
    }
    if account_total != Money::ZERO || account_first != Money::ZERO {
        lines.push(LineCost {
            unit: UnitKind::Account,
            item: None,
            packs: Vec::new(),
            base_fee: Money::ZERO,
            usage: Money::ZERO,
            overage: Money::ZERO,
            first_month: account_first,
            steady: Money::ZERO,
            horizon_total: account_total,
            monthly: account_monthly,
        });
    }
    let sum = |xs: &mut dyn Iterator<Item = Money>| crate::money::checked_sum(xs).map_err(overflow);
    let one_offs_total = sum(&mut built.one_offs.iter().map(|o| o.amount))?;
    let monthly_total = sum(&mut months[..horizon as usize].iter().map(|m| m.bill))?;
    let total = monthly_total
        .checked_add(one_offs_total)
        .map_err(overflow)?;
    let current_monthly = customer.current_monthly_bill();
    let current_total = current_monthly
        .checked_mul(i64::from(horizon))
        .and_then(|m| m.checked_add(built.current_one_offs))
        .map_err(overflow)?;
    let savings = savings::savings(
        &months,
        horizon,
        current_monthly,
        one_offs_total,
        built.current_one_offs,
        start,
    )
    .map_err(overflow)?;
    let promotion_ends = ctx
        .promotions
        .iter()
        .map(|p| PromotionEnd {
            promotion: p.id.clone(),
            name: p.name.clone(),
            first_month: p.from_month.saturating_add(start - 1),
            last_month: p.to_month.saturating_add(start - 1),
        })
        .collect();
    months.truncate(horizon as usize);
    Ok(Priced {
        horizon,
        months,
        one_offs: built.one_offs,
        lines,
        monthly_total,
        one_offs_total,
        total,
        current_monthly,
        current_total,
        savings,
        effective_monthly: total.per(horizon),
        steady_monthly: steady,
        prepaid: built.prepaid,
        contract_months: built.contract_months,
        promotion_ends,
    })
}
