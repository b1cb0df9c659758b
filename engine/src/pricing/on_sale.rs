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

/// An item on sale today that stops soon (the editor's warning).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndingSoon {
    /// The item in the tables (`promotions[2]`).
    pub path: String,
    pub id: ItemId,
    pub name: Text,
    /// Its last day on sale.
    pub until: Date,
    /// Days from `day` to `until` (0: today is the last day).
    pub days_left: i64,
}

/// How many days ahead the editor warns of an offer's end.
pub const ENDING_WARNING_DAYS: i64 = 14;

/// `catalog`'s items on sale on `day` whose last day is within `days` days,
/// soonest first.
pub fn ending_within(catalog: &Catalog, day: Date, days: i64) -> Vec<EndingSoon> {
    let lists = [
        (
            "plans",
            catalog
                .plans
                .iter()
                .map(|p| (&p.id, &p.name, &p.eligibility))
                .collect::<Vec<_>>(),
        ),
        (
            "bundles",
            catalog
                .bundles
                .iter()
                .map(|b| (&b.id, &b.name, &b.eligibility))
                .collect(),
        ),
        (
            "addons",
            catalog
                .addons
                .iter()
                .map(|a| (&a.id, &a.name, &a.eligibility))
                .collect(),
        ),
        (
            "promotions",
            catalog
                .promotions
                .iter()
                .map(|p| (&p.id, &p.name, &p.eligibility))
                .collect(),
        ),
    ];
    let mut out = Vec::new();
    for (key, items) in lists {
        for (i, (id, name, rule)) in items.into_iter().enumerate() {
            let Some(until) = rule.on_sale_until else {
                continue;
            };
            let days_left = day.days_until(until);
            if sale_problem(rule, day).is_none() && days_left <= days {
                out.push(EndingSoon {
                    path: format!("{key}[{i}]"),
                    id: id.clone(),
                    name: name.clone(),
                    until,
                    days_left,
                });
            }
        }
    }
    out.sort_by_key(|e| e.until);
    out
}

/// The editor's warnings for offers ending within
/// [`ENDING_WARNING_DAYS`] of `day`, at each one's last-day field.
pub fn ending_warnings(catalog: &Catalog, day: Date) -> Vec<crate::problem::Problem> {
    ending_within(catalog, day, ENDING_WARNING_DAYS)
        .into_iter()
        .map(|e| {
            let (zh, en) = if e.days_left == 0 {
                (
                    "今天是最后一天".to_string(),
                    "today is the last day".to_string(),
                )
            } else {
                (
                    format!("还有 {} 天", e.days_left),
                    format!("in {} days", e.days_left),
                )
            };
            crate::problem::Problem::new(
                format!("{}.eligibility.on_sale_until", e.path),
                format!(
                    "{} 将于 {} 结束办理（{zh}）：请准备续期或替代优惠",
                    e.name.zh, e.until
                ),
                format!(
                    "{} stops on {} ({en}): extend it or prepare what replaces it",
                    e.name.en, e.until
                ),
            )
        })
        .collect()
}
