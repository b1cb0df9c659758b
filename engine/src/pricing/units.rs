//! A proposal as billing units: each line (on a plan, in a bundle, or kept),
//! each bundle instance's own fee, and the account's features; plus the
//! one-off fees, prepayments and contract term it brings. Each unit's cost
//! depends only on its own choice and the account-level promotion context,
//! which is what lets the optimizer price lines independently.
use serde::{Deserialize, Serialize};

use crate::catalog::{Allowance, Catalog, FeeRole, ItemId, LineKind};
use crate::customer::{Customer, HandsetMode, Line};
use crate::money::Money;
use crate::text::Text;

use super::free_share::{free_share, FreeShare};
use super::one_off::{due, OneOff, OneOffKind};
use super::proposal::{Assignment, Proposal};
use super::schedule::PromoContext;
use super::seat::{seats, Seat};
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
    /// Overage, packs and features each month (`overage` included).
    pub usage: Money,
    /// The part of `usage` beyond the allowance.
    pub overage: Money,
    /// Whose fee it is (which promotions touch it, whether credits land on
    /// it); `None` for a kept line and the account's features.
    pub role: Option<FeeRole>,
    pub packs: Vec<ItemId>,
}

/// The unit of one line, given where it goes, its seat if a member
/// ([`seats`]) and its packs. `None` when the assignment does not fit the
/// line (checked before pricing).
pub fn line_unit(
    catalog: &Catalog,
    index: usize,
    line: &Line,
    assignment: &Assignment,
    bundle: Option<&ItemId>,
    seat: Seat,
    packs: &[ItemId],
) -> Option<Unit> {
    let chosen = || packs.iter().filter_map(|id| catalog.addon(id));
    let extra = chosen().fold(Allowance::default(), |a, p| a.plus(p.adds));
    let pack_fees = chosen().fold(0i64, |a, p| a.saturating_add(p.monthly_fee.0));
    let kind = UnitKind::Line { index };
    let (item, base_fee, over, features, role) = match assignment {
        Assignment::Keep => {
            return Some(Unit {
                kind,
                item: None,
                base_fee: line.current_monthly_fee,
                usage: Money::ZERO,
                overage: Money::ZERO,
                role: None,
                packs: Vec::new(),
            })
        }
        Assignment::Plan { plan } => {
            let p = catalog.plan(plan)?;
            let over = overage(
                &line.usage,
                &p.allowance.plus(extra),
                &p.rates,
                FreeShare::NONE,
            );
            let features = feature_fees(catalog, &line.features, &p.includes);
            (&p.id, p.monthly_fee, over, features, FeeRole::Plan)
        }
        Assignment::Member { .. } => {
            let b = catalog.bundle(bundle?)?;
            let slot = b.slot(line.kind)?;
            let allowance = slot.allowance.plus(extra);
            let over = overage(&line.usage, &allowance, &b.rates, free_share(b, seat));
            let features = feature_fees(catalog, &line.features, &b.includes);
            (
                &b.id,
                slot.fee_of_seat(seat.position),
                over,
                features,
                FeeRole::Member,
            )
        }
    };
    Some(Unit {
        kind,
        item: Some(item.clone()),
        base_fee,
        usage: Money(over.0.saturating_add(pack_fees).saturating_add(features.0)),
        overage: over,
        role: Some(role),
        packs: packs.to_vec(),
    })
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
    proposal: &Proposal,
    choice: &Assignment,
    kind: LineKind,
) -> Money {
    match choice {
        Assignment::Keep => Money::ZERO,
        Assignment::Plan { plan } => catalog.plan(plan).map_or(Money::ZERO, |p| p.monthly_fee),
        Assignment::Member { instance } => {
            let members = proposal
                .lines
                .iter()
                .filter(|c| {
                    c.assignment
                        == Assignment::Member {
                            instance: *instance,
                        }
                })
                .count() as u32;
            proposal
                .bundle
                .as_ref()
                .and_then(|b| catalog.bundle(b))
                .filter(|b| b.slot(kind).is_some())
                .map_or(Money::ZERO, |b| b.handset_committed_fee(kind, members))
        }
    }
}

/// Counts one-off fees by id, in first-seen order, so ten SIM cards print as
/// one item "×10".
#[derive(Default)]
struct FeeCounts(Vec<(ItemId, u32)>);

impl FeeCounts {
    fn add<'c>(&mut self, fees: impl Iterator<Item = &'c crate::catalog::OneOffFee>) {
        for id in fees.map(|f| &f.id) {
            match self.0.iter_mut().find(|(f, _)| f == id) {
                Some((_, n)) => *n += 1,
                None => self.0.push((id.clone(), 1)),
            }
        }
    }

    fn into_one_offs(self, catalog: &Catalog, out: &mut Vec<OneOff>) {
        for (id, n) in self.0 {
            let Some(fee) = catalog.fee(&id) else {
                continue;
            };
            let label = if n > 1 {
                Text::new(
                    format!("{} ×{n}", fee.name.zh),
                    format!("{} ×{n}", fee.name.en),
                )
            } else {
                fee.name.clone()
            };
            let amount = Money(fee.amount.0.saturating_mul(i64::from(n)));
            out.push(OneOff {
                kind: OneOffKind::Fee,
                label,
                amount,
            });
        }
    }
}

/// The account's own unit: its extras today, or its features' fees.
fn account_unit(base_fee: Money, usage: Money) -> Unit {
    Unit {
        kind: UnitKind::Account,
        item: None,
        base_fee,
        usage,
        overage: Money::ZERO,
        role: None,
        packs: Vec::new(),
    }
}

pub(crate) fn build(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &Proposal,
    ctx: &PromoContext,
) -> Built {
    let bundle = proposal.bundle.as_ref();
    let mut units = Vec::with_capacity(customer.lines.len() + 2);
    let mut fees = FeeCounts::default();
    let mut one_offs = Vec::new();
    let mut current_one_offs = Money::ZERO;
    let mut contract_months = 0;
    let seats = seats(customer, proposal);
    for (i, (choice, line)) in proposal.lines.iter().zip(&customer.lines).enumerate() {
        units.extend(line_unit(
            catalog,
            i,
            line,
            &choice.assignment,
            bundle,
            seats.get(i).copied().unwrap_or_default(),
            &choice.packs,
        ));
        if let Assignment::Plan { plan } = &choice.assignment {
            if let Some(p) = catalog.plan(plan) {
                fees.add(due::on_plan(catalog, &p.one_off_fees, line));
                contract_months = contract_months.max(p.contract_months);
            }
        }
        if let (Assignment::Member { .. }, Some(b)) =
            (&choice.assignment, bundle.and_then(|id| catalog.bundle(id)))
        {
            fees.add(due::as_member(catalog, &b.one_off_fees, line));
        }
        let handset = line.wants_handset.as_ref().and_then(|h| catalog.handset(h));
        if let Some(h) = handset.filter(|_| proposal.include_handsets) {
            current_one_offs = Money(current_one_offs.0.saturating_add(h.retail_price.0));
            let committed = committed_fee(catalog, proposal, &choice.assignment, line.kind);
            // A kept line signs no new contract: its handset is at retail.
            let kept = choice.assignment == Assignment::Keep;
            let on_contract = line.handset_mode == HandsetMode::Contract;
            let (zh, en, amount) = if on_contract && !kept && committed >= h.min_monthly_fee {
                contract_months = contract_months.max(h.contract_months);
                ("合约价", "contract price", h.contract_price)
            } else {
                ("零售价", "retail price", h.retail_price)
            };
            let label = Text::new(
                format!("{}（{zh}）", h.name.zh),
                format!("{} ({en})", h.name.en),
            );
            one_offs.push(OneOff {
                kind: OneOffKind::Handset,
                label,
                amount,
            });
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
                overage: Money::ZERO,
                role: Some(FeeRole::Bundle),
                packs: Vec::new(),
            });
            fees.add(due::per_instance(catalog, &b.one_off_fees));
        }
        contract_months = contract_months.max(b.contract_months);
    }
    if proposal.is_keep_all() {
        // Keeping everything is today's bill: the account's extras at what
        // the customer pays for them now, not at the tables' fees.
        if customer.current_account_fee.0 != 0 || !customer.account_features.is_empty() {
            units.push(account_unit(customer.current_account_fee, Money::ZERO));
        }
    } else if !customer.account_features.is_empty() {
        let included = b.map(|b| b.includes.as_slice()).unwrap_or(&[]);
        let fees = feature_fees(catalog, &customer.account_features, included);
        units.push(account_unit(Money::ZERO, fees));
    }
    fees.into_one_offs(catalog, &mut one_offs);
    let contract = customer.contract;
    if contract.months_left > 0 && contract.exit_fee.0 > 0 && !proposal.is_keep_all() {
        one_offs.push(OneOff {
            kind: OneOffKind::ExitFee,
            label: Text::new("原合约提前解约费", "Early-exit fee of the current contract"),
            amount: contract.exit_fee,
        });
    }
    let prepaid = units
        .iter()
        .filter_map(|u| match (&u.item, u.role) {
            (Some(id), Some(role @ (FeeRole::Plan | FeeRole::Bundle))) => Some((id, role)),
            _ => None,
        })
        .fold(ctx.account_prepay().0, |a, (id, role)| {
            a.saturating_add(ctx.prepay_for(id, role).0)
        });
    Built {
        units,
        one_offs,
        current_one_offs,
        prepaid: Money(prepaid),
        contract_months,
    }
}
