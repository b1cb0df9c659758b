//! A bundle's capacity: each instance takes between `min` and `max` lines of
//! each slot's kind, and only kinds it has slots for.
use crate::catalog::{Catalog, ItemId, LineKind};
use crate::customer::Customer;

use super::proposal::{Assignment, Proposal};
use super::rejection::{eligibility_problem, reject, Rejection, RejectionKind};

pub(crate) fn check_bundle(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &Proposal,
    id: &ItemId,
) -> Result<(), Rejection> {
    let Some(bundle) = catalog.bundle(id) else {
        return Err(reject(
            RejectionKind::UnknownItem,
            "bundle",
            format!("没有融合套餐 {id}"),
            format!("no bundle {id}"),
        ));
    };
    if let Some(why) = eligibility_problem(&bundle.eligibility, customer) {
        return Err(reject(
            RejectionKind::Ineligible,
            "bundle",
            format!("{}：{}", bundle.name.zh, why.zh),
            format!("{}: {}", bundle.name.en, why.en),
        ));
    }
    let instances = proposal.instances();
    if instances == 0 {
        return Err(reject(
            RejectionKind::Inconsistent,
            "bundle",
            format!("{} 没有成员", bundle.name.zh),
            format!("{} has no members", bundle.name.en),
        ));
    }
    let members = proposal.lines.iter().zip(&customer.lines).enumerate();
    for (i, (choice, line)) in members {
        if !matches!(choice.assignment, Assignment::Member { .. }) {
            continue;
        }
        let k = line.kind.name();
        let Some(slot) = bundle.slot(line.kind) else {
            return Err(reject(
                RejectionKind::WrongLineKind,
                format!("lines[{i}]"),
                format!("{} 不含{}", bundle.name.zh, k.zh),
                format!("{} takes no {} lines", bundle.name.en, k.en),
            ));
        };
        if line.kind == LineKind::Broadband && slot.speed_mbps < line.usage.min_speed_mbps {
            return Err(reject(
                RejectionKind::TooSlow,
                format!("lines[{i}]"),
                format!(
                    "{} 宽带速率不足 {}M",
                    bundle.name.zh, line.usage.min_speed_mbps
                ),
                format!(
                    "{} broadband is slower than {} Mbps",
                    bundle.name.en, line.usage.min_speed_mbps
                ),
            ));
        }
    }
    // Every instance needs a member (some slot has min >= 1), so numbers past
    // the line count are gaps; rejecting them first bounds the count below.
    if instances as usize > customer.lines.len() {
        return Err(reject(
            RejectionKind::Inconsistent,
            "bundle",
            format!("{} 份数编号不连续", bundle.name.zh),
            format!("{} instances must be numbered without gaps", bundle.name.en),
        ));
    }
    if bundle.max_instances > 0 && instances > bundle.max_instances {
        return Err(reject(
            RejectionKind::OverCapacity,
            "bundle",
            format!("{} 每户限办 {} 份", bundle.name.zh, bundle.max_instances),
            format!(
                "{} allows at most {} instance(s) per account",
                bundle.name.en, bundle.max_instances
            ),
        ));
    }
    // Members per instance and kind, counted in one pass.
    let mut counts = vec![[0u32; 3]; instances as usize];
    for (choice, line) in proposal.lines.iter().zip(&customer.lines) {
        if let Assignment::Member { instance } = choice.assignment {
            counts[instance as usize][kind_index(line.kind)] += 1;
        }
    }
    for (instance, count) in counts.iter().enumerate() {
        for slot in &bundle.slots {
            let n = count[kind_index(slot.kind)];
            let k = slot.kind.name();
            let at = || format!("bundle (instance {})", instance + 1);
            if n < slot.min {
                return Err(reject(
                    RejectionKind::UnderCapacity,
                    at(),
                    format!("{} 每份需至少 {} 个{}", bundle.name.zh, slot.min, k.zh),
                    format!(
                        "{} needs at least {} {} line(s) per instance",
                        bundle.name.en, slot.min, k.en
                    ),
                ));
            }
            if n > slot.max {
                return Err(reject(
                    RejectionKind::OverCapacity,
                    at(),
                    format!("{} 每份最多 {} 个{}", bundle.name.zh, slot.max, k.zh),
                    format!(
                        "{} takes at most {} {} line(s) per instance",
                        bundle.name.en, slot.max, k.en
                    ),
                ));
            }
        }
    }
    Ok(())
}

fn kind_index(kind: LineKind) -> usize {
    match kind {
        LineKind::Mobile => 0,
        LineKind::Landline => 1,
        LineKind::Broadband => 2,
    }
}
