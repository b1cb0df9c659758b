//! A proposal as billing units: each line (on a plan, in a bundle, or kept),
//! each bundle instance's own fee, and the account's features; plus the
//! one-off fees, prepayments and contract term it brings.
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, ItemId, LineKind};
use crate::customer::{Customer, Line};
use crate::money::Money;
use crate::text::Text;

use super::priced::OneOff;
use super::proposal::{Assignment, Proposal};
use super::schedule::PromoContext;
use super::usage::{feature_fees, overage};

/// What a billing unit is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "unit", rename_all = "snake_case")]
pub enum UnitKind {
    Line { index: usize },
    BundleInstance { instance: u32 },
    Account,
}

/// One billing unit: a fee promotions may discount, and usage they may not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub kind: UnitKind,
    /// The plan or bundle whose promotions apply; `None` for a kept line.
    pub item: Option<ItemId>,
    pub base_fee: Money,
    /// Overage, packs and features each month.
    pub usage: Money,
    /// Whether credit gifts land on this unit.
    pub credits: bool,
    pub packs: Vec<ItemId>,
}

/// The unit of one line, given where it goes and its packs. `None` when the
/// assignment does not fit the line (checked before pricing).
pub fn line_unit(
    catalog: &Catalog,
    index: usize,
    line: &Line,
    assignment: &Assignment,
    bundle: Option<&ItemId>,
    packs: &[ItemId],
) -> Option<Unit> {
    let extra = packs
        .iter()
        .filter_map(|id| catalog.addon(id))
        .fold(Default::default(), |a: crate::catalog::Allowance, p| {
            a.plus(p.adds)
        });
    let pack_fees: i64 = packs
        .iter()
        .filter_map(|id| catalog.addon(id))
        .map(|p| p.monthly_fee.0)
        .sum();
    let kind = UnitKind::Line { index };
    let unit = match assignment {
        Assignment::Keep => Unit {
            kind,
            item: None,
            base_fee: line.current_monthly_fee,
            usage: Money::ZERO,
            credits: false,
            packs: Vec::new(),
        },
        Assignment::Plan { plan } => {
            let p = catalog.plan(plan)?;
            let over = overage(&line.usage, &p.allowance.plus(extra), &p.rates, false);
            let features = feature_fees(catalog, &line.features, &p.includes);
            Unit {
                kind,
                item: Some(p.id.clone()),
                base_fee: p.monthly_fee,
                usage: Money(over.0 + pack_fees + features.0),
                credits: true,
                packs: packs.to_vec(),
            }
        }
        Assignment::Member { .. } => {
            let b = catalog.bundle(bundle?)?;
            let slot = b.slots.iter().find(|s| s.kind == line.kind)?;
            let over = overage(
                &line.usage,
                &slot.allowance.plus(extra),
                &b.rates,
                b.free_calls_among_members,
            );
            let features = feature_fees(catalog, &line.features, &b.includes);
            Unit {
                kind,
                item: Some(b.id.clone()),
                base_fee: slot.member_fee,
                usage: Money(over.0 + pack_fees + features.0),
                credits: false,
                packs: packs.to_vec(),
            }
        }
    };
    Some(unit)
}

/// What the proposal is made of, for pricing.
pub(crate) struct Built {
    pub units: Vec<Unit>,
    pub one_offs: Vec<OneOff>,
    /// What keeping would cost once (a wanted handset at retail).
    pub current_one_offs: Money,
    pub prepaid: Money,
    pub contract_months: u32,
}

/// The monthly fee a line commits to, for a contract handset's minimum.
fn committed_fee(
    catalog: &Catalog,
    assignment: &Assignment,
    bundle: Option<&ItemId>,
    kind: LineKind,
) -> Money {
    match assignment {
        Assignment::Keep => Money::ZERO,
        Assignment::Plan { plan } => catalog.plan(plan).map_or(Money::ZERO, |p| p.monthly_fee),
        Assignment::Member { .. } => bundle
            .and_then(|b| catalog.bundle(b))
            .and_then(|b| b.slots.iter().find(|s| s.kind == kind))
            .map_or(Money::ZERO, |s| s.member_fee),
    }
}

pub(crate) fn build(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &Proposal,
    ctx: &PromoContext,
) -> Built {
    let bundle = proposal.bundle.as_ref();
    let mut units = Vec::new();
    let mut fees: Vec<(ItemId, u32)> = Vec::new();
    let mut one_offs = Vec::new();
    let mut current_one_offs = Money::ZERO;
    let mut contract_months = 0;
    let mut add_fees = |ids: &[ItemId]| {
        for id in ids {
            match fees.iter_mut().find(|(f, _)| f == id) {
                Some((_, n)) => *n += 1,
                None => fees.push((id.clone(), 1)),
            }
        }
    };
    for (i, (choice, line)) in proposal.lines.iter().zip(&customer.lines).enumerate() {
        if let Some(unit) = line_unit(catalog, i, line, &choice.assignment, bundle, &choice.packs) {
            units.push(unit);
        }
        if let Assignment::Plan { plan } = &choice.assignment {
            if let Some(p) = catalog.plan(plan) {
                add_fees(&p.one_off_fees);
                contract_months = contract_months.max(p.contract_months);
            }
        }
        if let Some(h) = line
            .wants_handset
            .as_ref()
            .and_then(|h| catalog.handset(h))
            .filter(|_| proposal.include_handsets)
        {
            current_one_offs = Money(current_one_offs.0 + h.retail_price.0);
            let on_contract =
                committed_fee(catalog, &choice.assignment, bundle, line.kind) >= h.min_monthly_fee;
            if on_contract {
                contract_months = contract_months.max(h.contract_months);
                one_offs.push(OneOff {
                    label: Text::new(
                        format!("{}（合约价）", h.name.zh),
                        format!("{} (contract price)", h.name.en),
                    ),
                    amount: h.contract_price,
                });
            } else {
                one_offs.push(OneOff {
                    label: Text::new(
                        format!("{}（零售价）", h.name.zh),
                        format!("{} (retail price)", h.name.en),
                    ),
                    amount: h.retail_price,
                });
            }
        }
    }
    let instances = proposal.instances();
    let b = bundle
        .and_then(|id| catalog.bundle(id))
        .filter(|_| instances > 0);
    if let Some(b) = b {
        for instance in 0..instances {
            units.push(Unit {
                kind: UnitKind::BundleInstance { instance },
                item: Some(b.id.clone()),
                base_fee: b.monthly_fee,
                usage: Money::ZERO,
                credits: true,
                packs: Vec::new(),
            });
            add_fees(&b.one_off_fees);
        }
        contract_months = contract_months.max(b.contract_months);
    }
    let included = b.map(|b| b.includes.as_slice()).unwrap_or(&[]);
    let account = feature_fees(catalog, &customer.account_features, included);
    if !customer.account_features.is_empty() {
        units.push(Unit {
            kind: UnitKind::Account,
            item: None,
            base_fee: Money::ZERO,
            usage: account,
            credits: false,
            packs: Vec::new(),
        });
    }
    for (id, n) in fees {
        if let Some(fee) = catalog.fee(&id) {
            let label = if n > 1 {
                Text::new(
                    format!("{} ×{n}", fee.name.zh),
                    format!("{} ×{n}", fee.name.en),
                )
            } else {
                fee.name.clone()
            };
            one_offs.push(OneOff {
                label,
                amount: Money(fee.amount.0 * i64::from(n)),
            });
        }
    }
    if customer.contract.months_left > 0
        && customer.contract.exit_fee.0 > 0
        && !proposal.is_keep_all()
    {
        one_offs.push(OneOff {
            label: Text::new("原合约提前解约费", "Early-exit fee of the current contract"),
            amount: customer.contract.exit_fee,
        });
    }
    let prepaid = Money(
        units
            .iter()
            .filter(|u| u.credits)
            .filter_map(|u| u.item.as_ref())
            .map(|id| ctx.prepay_for(id).0)
            .sum(),
    );
    Built {
        units,
        one_offs,
        current_one_offs,
        prepaid,
        contract_months,
    }
}
