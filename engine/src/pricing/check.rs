//! Why a proposal cannot be ordered: an invalid intake, unknown items, a plan
//! of the wrong line kind, ineligible items, mutually exclusive items, a
//! bundle over or under capacity, a promotion above the rep's authority.
use crate::catalog::{Catalog, FeeRole, ItemId, LineKind, Scope};
use crate::customer::{validate_customer_for, Customer};
use crate::text::Text;

use super::capacity::check_bundle;
use super::proposal::{Assignment, Proposal};
use super::rejection::{eligibility_problem, ineligible, reject, Rejection, RejectionKind};

/// The first reason `proposal` cannot be priced for `customer`, if any.
pub fn check(catalog: &Catalog, customer: &Customer, proposal: &Proposal) -> Result<(), Rejection> {
    if let Err(problems) = validate_customer_for(customer, catalog) {
        let first = &problems[0];
        return Err(reject(
            RejectionKind::InvalidIntake,
            first.path.clone(),
            format!("客户信息有误：{}", first.message.zh),
            format!("the intake has a problem: {}", first.message.en),
        ));
    }
    if proposal.lines.len() != customer.lines.len() {
        return Err(reject(
            RejectionKind::LineCount,
            "lines",
            "方案与号码数不一致".into(),
            "the proposal does not cover every line".into(),
        ));
    }
    let mut used: Vec<&ItemId> = Vec::new();
    for (i, (choice, line)) in proposal.lines.iter().zip(&customer.lines).enumerate() {
        check_line(catalog, customer, proposal, i, &mut used)?;
        for (j, pack) in choice.packs.iter().enumerate() {
            let at = || format!("lines[{i}].packs[{j}]");
            let Some(a) = catalog.addon(pack).filter(|a| a.kind.is_pack()) else {
                return Err(reject(
                    RejectionKind::UnknownItem,
                    at(),
                    format!("没有叠加包 {pack}"),
                    format!("no pack {pack}"),
                ));
            };
            if a.scope != Scope::PerLine || !a.line_kinds.contains(&line.kind) {
                let k = line.kind.name();
                return Err(reject(
                    RejectionKind::WrongLineKind,
                    at(),
                    format!("{} 不适用于{}", a.name.zh, k.zh),
                    format!("{} does not fit a {} line", a.name.en, k.en),
                ));
            }
            if choice.assignment == Assignment::Keep || choice.packs[..j].contains(pack) {
                return Err(reject(
                    RejectionKind::Inconsistent,
                    at(),
                    format!("{} 重复或用于保留原套餐的号码", a.name.zh),
                    format!(
                        "{} is listed twice or on a line that keeps its plan",
                        a.name.en
                    ),
                ));
            }
            if let Some(why) = eligibility_problem(&a.eligibility, customer) {
                return Err(ineligible(at(), &a.name, why));
            }
            used.push(pack);
        }
    }
    if let Some(id) = &proposal.bundle {
        check_bundle(catalog, customer, proposal, id)?;
        used.push(id);
    }
    check_promotions(catalog, customer, proposal, &mut used)?;
    check_exclusions(catalog, &used)
}

fn check_line<'a>(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &'a Proposal,
    i: usize,
    used: &mut Vec<&'a ItemId>,
) -> Result<(), Rejection> {
    let line = &customer.lines[i];
    let at = || format!("lines[{i}]");
    match &proposal.lines[i].assignment {
        Assignment::Keep => Ok(()),
        Assignment::Member { .. } if proposal.bundle.is_none() => Err(reject(
            RejectionKind::Inconsistent,
            at(),
            "未选择融合套餐".into(),
            "no bundle chosen for a member line".into(),
        )),
        Assignment::Member { .. } => Ok(()),
        Assignment::Plan { plan } => {
            let Some(p) = catalog.plan(plan) else {
                return Err(reject(
                    RejectionKind::UnknownItem,
                    at(),
                    format!("没有套餐 {plan}"),
                    format!("no plan {plan}"),
                ));
            };
            if p.kind != line.kind {
                let k = line.kind.name();
                return Err(reject(
                    RejectionKind::WrongLineKind,
                    at(),
                    format!("{} 不适用于{}", p.name.zh, k.zh),
                    format!("{} is not for a {} line", p.name.en, k.en),
                ));
            }
            if let Some(why) = eligibility_problem(&p.eligibility, customer) {
                return Err(ineligible(at(), &p.name, why));
            }
            if line.kind == LineKind::Broadband && p.speed_mbps < line.usage.min_speed_mbps {
                return Err(reject(
                    RejectionKind::TooSlow,
                    at(),
                    format!("{} 速率不足 {}M", p.name.zh, line.usage.min_speed_mbps),
                    format!(
                        "{} is slower than {} Mbps",
                        p.name.en, line.usage.min_speed_mbps
                    ),
                ));
            }
            used.push(plan);
            Ok(())
        }
    }
}

fn check_promotions<'a>(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &'a Proposal,
    used: &mut Vec<&'a ItemId>,
) -> Result<(), Rejection> {
    // Every unit's item and kind of fee: what a promotion may touch.
    let bundle = proposal.bundle.iter().filter(|_| proposal.instances() > 0);
    let targets: Vec<(&ItemId, FeeRole)> = proposal
        .lines
        .iter()
        .filter_map(|c| match &c.assignment {
            Assignment::Plan { plan } => Some((plan, FeeRole::Plan)),
            _ => None,
        })
        .chain(bundle.flat_map(|b| [(b, FeeRole::Bundle), (b, FeeRole::Member)]))
        .collect();
    let kept = proposal
        .lines
        .iter()
        .any(|l| l.assignment == Assignment::Keep);
    for (i, id) in proposal.promotions.iter().enumerate() {
        let at = || format!("promotions[{i}]");
        let Some(promo) = catalog.promotion(id) else {
            return Err(reject(
                RejectionKind::UnknownItem,
                at(),
                format!("没有优惠 {id}"),
                format!("no promotion {id}"),
            ));
        };
        if let Some(why) = eligibility_problem(&promo.eligibility, customer) {
            return Err(ineligible(at(), &promo.name, why));
        }
        // A credit lands on plan lines and bundle instances, never members;
        // `fees.addons` reduces the add-on fees of plan lines and members.
        let touches = |(t, r): &(&ItemId, FeeRole)| promo.touches_unit(t, *r);
        if promo.whole_account && kept {
            return Err(reject(
                RejectionKind::Ineligible,
                at(),
                format!("{} 须整体办理：每个号码都须办理新套餐", promo.name.zh),
                format!(
                    "{} is for the whole account: every line must move",
                    promo.name.en
                ),
            ));
        }
        if proposal.promotions[..i].contains(id) || !targets.iter().any(touches) {
            return Err(reject(
                RejectionKind::Inconsistent,
                at(),
                format!("{} 重复或不适用于所选套餐", promo.name.zh),
                format!(
                    "{} is listed twice or applies to nothing proposed",
                    promo.name.en
                ),
            ));
        }
        used.push(id);
    }
    Ok(())
}

fn check_exclusions(catalog: &Catalog, used: &[&ItemId]) -> Result<(), Rejection> {
    for group in &catalog.exclusion_groups {
        let present: Vec<&Text> = group
            .members
            .iter()
            .filter(|m| used.contains(m))
            .filter_map(|id| catalog.name_of(id))
            .collect();
        if present.len() > 1 {
            let names = |f: fn(&Text) -> &str, sep| {
                present.iter().map(|t| f(t)).collect::<Vec<_>>().join(sep)
            };
            return Err(reject(
                RejectionKind::MutuallyExclusive,
                "exclusion_groups",
                format!(
                    "{} 互斥，不能同时办理（{}）",
                    names(|t| &t.zh, "、"),
                    group.name.zh
                ),
                format!(
                    "{} are mutually exclusive ({})",
                    names(|t| &t.en, ", "),
                    group.name.en
                ),
            ));
        }
    }
    Ok(())
}

/// Whether a rep of `level` (1 rep, 2 supervisor, 3 manager) may grant every
/// promotion of `proposal`: pricing itself does not know who is asking.
pub fn check_authority(catalog: &Catalog, proposal: &Proposal, level: u8) -> Result<(), Rejection> {
    for (i, id) in proposal.promotions.iter().enumerate() {
        if let Some(p) = catalog.promotion(id).filter(|p| p.authority_level > level) {
            return Err(reject(
                RejectionKind::Authority,
                format!("promotions[{i}]"),
                format!("{} 需 {} 级优惠权限", p.name.zh, p.authority_level),
                format!(
                    "{} needs discount authority level {}",
                    p.name.en, p.authority_level
                ),
            ));
        }
    }
    Ok(())
}
