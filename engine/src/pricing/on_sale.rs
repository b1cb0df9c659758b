//! Whether every item a proposal orders is on sale on the proposal's day
//! (the items' `on_sale_from` / `on_sale_until`). Kept apart from `check`:
//! what a combination costs does not depend on the day, offering it does.
use crate::catalog::{Catalog, Eligibility, ItemId};
use crate::date::Date;
use crate::text::Text;

use super::proposal::{Assignment, Proposal};
use super::rejection::{reject, sale_problem, Rejection, RejectionKind};

/// The first item of `proposal` that is not on sale on `day`, if any.
pub fn check_on_sale(catalog: &Catalog, proposal: &Proposal, day: Date) -> Result<(), Rejection> {
    let mut items: Vec<(String, &Text, &Eligibility)> = Vec::new();
    for (i, choice) in proposal.lines.iter().enumerate() {
        if let Assignment::Plan { plan } = &choice.assignment {
            if let Some(p) = catalog.plan(plan) {
                items.push((format!("lines[{i}]"), &p.name, &p.eligibility));
            }
        }
        for (j, pack) in choice.packs.iter().enumerate() {
            if let Some(a) = catalog.addon(pack) {
                items.push((format!("lines[{i}].packs[{j}]"), &a.name, &a.eligibility));
            }
        }
    }
    if let Some(b) = proposal.bundle.as_ref().and_then(|id| catalog.bundle(id)) {
        items.push(("bundle".into(), &b.name, &b.eligibility));
    }
    for (i, id) in proposal.promotions.iter().enumerate() {
        if let Some(p) = catalog.promotion(id) {
            items.push((format!("promotions[{i}]"), &p.name, &p.eligibility));
        }
    }
    for (path, name, rule) in items {
        if let Some(why) = sale_problem(rule, day) {
            return Err(reject(
                RejectionKind::NotOnSale,
                path,
                format!("{}：{}", name.zh, why.zh),
                format!("{}: {}", name.en, why.en),
            ));
        }
    }
    Ok(())
}

/// The ids of `catalog`'s items on sale on `day` that stop within `days`
/// days (the editor's warning), with their last day, soonest first.
pub fn ending_within(catalog: &Catalog, day: Date, days: i64) -> Vec<(ItemId, Text, Date)> {
    let rules = catalog
        .plans
        .iter()
        .map(|p| (&p.id, &p.name, &p.eligibility))
        .chain(catalog.bundles.iter().map(|b| (&b.id, &b.name, &b.eligibility)))
        .chain(catalog.addons.iter().map(|a| (&a.id, &a.name, &a.eligibility)))
        .chain(
            catalog
                .promotions
                .iter()
                .map(|p| (&p.id, &p.name, &p.eligibility)),
        );
    let mut out: Vec<(ItemId, Text, Date)> = rules
        .filter_map(|(id, name, rule)| {
            let until = rule.on_sale_until?;
            let left = day.days_until(until);
            (sale_problem(rule, day).is_none() && left <= days)
                .then(|| (id.clone(), name.clone(), until))
        })
        .collect();
    out.sort_by_key(|(_, _, until)| *until);
    out
}
