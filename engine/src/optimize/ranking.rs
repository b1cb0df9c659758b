//! How the optimizer orders its alternatives: the allowance score behind
//! "best value", the premium plans, and the recommendation first (cheapest,
//! or the robust pick when the cheapest is fragile across the usage band).
//! Badges hold: "cheapest" only on an alternative that costs less than
//! keeping ([`saves`]); "best value" only on one whose saving is worth its
//! prepayment and contract ([`worth_its_commitments`]).
use crate::catalog::{Allowance, Catalog, ItemId, LineKind, Plan};
use crate::customer::Customer;
use crate::pricing::{Assignment, Priced, Proposal};
use crate::text::Text;

use super::contract_end::later_start;
use super::options::{Alternative, Badge, Band, Objective};

/// A scalar for "how much a customer gets": MB of data plus 20 MB per
/// minute plus 10 MB per Mbps of broadband (a documented product rule).
pub fn allowance_score(a: &Allowance, speed_mbps: u32) -> i64 {
    i64::from(a.data_mb)
        + 20 * i64::from(a.domestic_min + a.long_distance_min)
        + 10 * i64::from(speed_mbps)
}

/// The richest plan of each kind: the premium alternative's plans.
pub fn premium_plans(plans: &[&Plan]) -> Vec<ItemId> {
    LineKind::ALL
        .iter()
        .filter_map(|k| {
            plans
                .iter()
                .filter(|p| p.kind == *k)
                .max_by_key(|p| (allowance_score(&p.allowance, p.speed_mbps), p.monthly_fee))
                .map(|p| p.id.clone())
        })
        .collect()
}

fn proposal_score(catalog: &Catalog, customer: &Customer, proposal: &Proposal) -> i64 {
    let bundle = proposal.bundle.as_ref().and_then(|b| catalog.bundle(b));
    proposal
        .lines
        .iter()
        .zip(&customer.lines)
        .map(|(c, line)| {
            let packs = c
                .packs
                .iter()
                .filter_map(|p| catalog.addon(p))
                .fold(Allowance::default(), |a, p| a.plus(p.adds));
            let (base, speed) = match &c.assignment {
                Assignment::Keep => (Allowance::default(), 0),
                Assignment::Plan { plan } => catalog
                    .plan(plan)
                    .map_or((Allowance::default(), 0), |p| (p.allowance, p.speed_mbps)),
                Assignment::Member { .. } => bundle
                    .and_then(|b| b.slots.iter().find(|s| s.kind == line.kind))
                    .map_or((Allowance::default(), 0), |s| (s.allowance, s.speed_mbps)),
            };
            allowance_score(&base.plus(packs), speed)
        })
        .sum()
}

/// The objective's sort key: what "cheapest" means for the rep's objective.
fn cost_key(a: &Alternative, objective: Objective) -> (crate::Money, crate::Money) {
    match objective {
        Objective::HorizonTotal => (a.priced.total, a.priced.steady_monthly),
        Objective::SteadyMonthly => (a.priced.steady_monthly, a.priced.total),
    }
}

/// The cheapest alternative by the rep's objective (the first on ties).
pub fn cheapest(alts: &[Alternative], objective: Objective) -> Option<usize> {
    (0..alts.len()).min_by_key(|&i| cost_key(&alts[i], objective))
}

/// Whether `a` costs less than keeping what the customer has (`keep`) over
/// the horizon: only then may it be called the cheapest (最省).
pub fn saves(a: &Alternative, keep: &Priced) -> bool {
    a.priced.total < keep.total
}

/// Whether `a`'s saving is worth what it asks of the customer, the rule for
/// "best value" (性价比最高): it saves against keeping over the horizon; that
/// saving is at least its prepayment (预存, money laid out up front); and if
/// it signs a contract, the customer is ahead (its break-even month) by the
/// contract's last month, counted from its start month.
pub fn worth_its_commitments(a: &Alternative) -> bool {
    let p = &a.priced;
    let saving = p.savings.horizon;
    let contract_end = (a.proposal.start_month - 1).saturating_add(p.contract_months);
    let ahead_in_time = p.contract_months == 0
        || p.savings
            .break_even_month
            .is_some_and(|m| m <= contract_end);
    saving.0 > 0 && saving >= p.prepaid && ahead_in_time
}

/// "Best value": among the alternatives other than the cheapest (index
/// `cheapest`) that cost more than it and are [`worth_its_commitments`],
/// the one that adds the most allowance per extra yuan over the cheapest;
/// integer cross-multiplication, no floating point.
pub fn best_value(
    catalog: &Catalog,
    customer: &Customer,
    alts: &[Alternative],
    cheapest: usize,
) -> Option<usize> {
    let base = alts.get(cheapest)?;
    let base_score = proposal_score(catalog, customer, &base.proposal);
    let mut best: Option<(usize, i128, i128)> = None;
    for (i, a) in alts.iter().enumerate() {
        if i == cheapest || !worth_its_commitments(a) {
            continue;
        }
        let gain = i128::from(proposal_score(catalog, customer, &a.proposal) - base_score);
        let extra = i128::from(a.priced.total.0 - base.priced.total.0);
        if gain <= 0 || extra <= 0 {
            continue;
        }
        if best.is_none_or(|(_, g, e)| gain * e > g * extra) {
            best = Some((i, gain, extra));
        }
    }
    best.map(|b| b.0)
}

/// A new alternative; `describe` writes its words once its badges are final.
pub fn alternative(
    catalog: &Catalog,
    customer: &Customer,
    proposal: Proposal,
    priced: Priced,
    badges: Vec<Badge>,
    band: Band,
) -> Alternative {
    let start = later_start(catalog, customer, &proposal, &priced);
    Alternative {
        badges,
        title: Text::default(),
        reason: Text::default(),
        line_reasons: Vec::new(),
        proposal,
        priced,
        band,
        start,
        unproven_by: None,
    }
}

/// The recommendation first: the cheapest by the rep's objective (total, or
/// the steady monthly bill), unless it is fragile across the usage band and
/// another alternative is not (then the one whose worst-case saving is
/// largest, marked robust); then by the objective; premium last.
pub fn rank(alts: &mut [Alternative], objective: Objective) {
    alts.sort_by_key(|a| (a.badges.contains(&Badge::Premium), cost_key(a, objective)));
    let fragile = alts.first().is_some_and(|a| a.band.fragile);
    if fragile {
        let robust = alts
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.band.fragile && !a.badges.contains(&Badge::Premium))
            .max_by_key(|(_, a)| a.band.saving_low_usage.min(a.band.saving_high_usage))
            .map(|(i, _)| i);
        if let Some(i) = robust {
            alts[i].badges.insert(0, Badge::Robust);
            alts[..=i].rotate_right(1);
        }
    }
}
