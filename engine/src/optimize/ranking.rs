//! How the optimizer orders its alternatives: the allowance score behind
//! "best value", the premium plans, and the recommendation first (cheapest,
//! or the robust pick when the cheapest is fragile across the usage band).
use crate::catalog::{Allowance, Catalog, ItemId, LineKind, Plan};
use crate::customer::Customer;
use crate::pricing::{Assignment, Priced, Proposal};
use crate::text::Text;

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

/// The alternative that adds the most allowance per yuan above the cheapest
/// (index 0); integer cross-multiplication, no floating point.
pub fn best_value(catalog: &Catalog, customer: &Customer, alts: &[Alternative]) -> Option<usize> {
    let cheapest = alts.first()?;
    let base_score = proposal_score(catalog, customer, &cheapest.proposal);
    let mut best: Option<(usize, i128, i128)> = None;
    for (i, a) in alts.iter().enumerate().skip(1) {
        let gain = i128::from(proposal_score(catalog, customer, &a.proposal) - base_score);
        let extra = i128::from(a.priced.total.0 - cheapest.priced.total.0);
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
    _: &Catalog,
    _: &Customer,
    proposal: Proposal,
    priced: Priced,
    badges: Vec<Badge>,
    band: Band,
) -> Alternative {
    Alternative {
        badges,
        title: Text::default(),
        reason: Text::default(),
        line_reasons: Vec::new(),
        proposal,
        priced,
        band,
    }
}

/// The recommendation first: the cheapest by the rep's objective (total, or
/// the steady monthly bill), unless it is fragile across the usage band and
/// another alternative is not (then the one whose worst-case saving is
/// largest, marked robust); then by the objective; premium last.
pub fn rank(alts: &mut [Alternative], objective: Objective) {
    alts.sort_by_key(|a| {
        let cost = match objective {
            Objective::HorizonTotal => (a.priced.total, a.priced.steady_monthly),
            Objective::SteadyMonthly => (a.priced.steady_monthly, a.priced.total),
        };
        (a.badges.contains(&Badge::Premium), cost)
    });
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
