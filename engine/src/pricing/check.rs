//! Why a proposal cannot be ordered: ineligible items, mutually exclusive
//! items, a bundle over or under capacity, a plan of the wrong line kind.
use crate::catalog::{Catalog, Eligibility, ItemId, LineKind};
use crate::customer::Customer;
use crate::text::Text;

use super::proposal::{Assignment, Proposal};

/// A reason a rep can read out, in both languages, and where it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    pub path: String,
    pub message: Text,
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message.en)
    }
}

fn reject(path: impl Into<String>, zh: String, en: String) -> Rejection {
    Rejection {
        path: path.into(),
        message: Text::new(zh, en),
    }
}

/// Why `customer` may not order an item with `rule`, if they may not.
pub fn eligibility_problem(rule: &Eligibility, customer: &Customer) -> Option<Text> {
    let lines = customer.line_count();
    if !rule.segments.is_empty() && !rule.segments.contains(&customer.segment.kind()) {
        return Some(Text::new(
            "仅限指定客户群办理",
            "only for other customer groups",
        ));
    }
    if let Some(min) = rule.min_lines.filter(|&m| lines < m) {
        return Some(Text::new(
            format!("需至少 {min} 个号码"),
            format!("needs at least {min} lines"),
        ));
    }
    if let Some(max) = rule.max_lines.filter(|&m| lines > m) {
        return Some(Text::new(
            format!("最多 {max} 个号码"),
            format!("at most {max} lines"),
        ));
    }
    if let Some(min) = rule
        .min_tenure_months
        .filter(|&m| customer.tenure_months < m)
    {
        return Some(Text::new(
            format!("需网龄满 {min} 个月"),
            format!("needs {min} months of tenure"),
        ));
    }
    None
}

fn kind_name(kind: LineKind) -> (&'static str, &'static str) {
    match kind {
        LineKind::Mobile => ("手机", "mobile"),
        LineKind::Landline => ("固话", "landline"),
        LineKind::Broadband => ("宽带", "broadband"),
    }
}

/// Every reason `proposal` cannot be priced for `customer`; the first is returned.
pub fn check(catalog: &Catalog, customer: &Customer, proposal: &Proposal) -> Result<(), Rejection> {
    if proposal.lines.len() != customer.lines.len() {
        return Err(reject(
            "lines",
            "方案与号码数不一致".into(),
            "the proposal does not cover every line".into(),
        ));
    }
    let mut used: Vec<&ItemId> = Vec::new();
    for (i, (choice, line)) in proposal.lines.iter().zip(&customer.lines).enumerate() {
        match &choice.assignment {
            Assignment::Keep => {}
            Assignment::Plan { plan } => {
                let Some(p) = catalog.plan(plan) else {
                    return Err(reject(
                        format!("lines[{i}]"),
                        format!("没有套餐 {plan}"),
                        format!("no plan {plan}"),
                    ));
                };
                if p.kind != line.kind {
                    let (zh, en) = kind_name(line.kind);
                    return Err(reject(
                        format!("lines[{i}]"),
                        format!("{} 不适用于{zh}", p.name.zh),
                        format!("{} is not for a {en} line", p.name.en),
                    ));
                }
                if let Some(why) = eligibility_problem(&p.eligibility, customer) {
                    return Err(reject(
                        format!("lines[{i}]"),
                        format!("{}：{}", p.name.zh, why.zh),
                        format!("{}: {}", p.name.en, why.en),
                    ));
                }
                if line.kind == LineKind::Broadband && p.speed_mbps < line.usage.min_speed_mbps {
                    return Err(reject(
                        format!("lines[{i}]"),
                        format!("{} 速率不足", p.name.zh),
                        format!("{} is slower than needed", p.name.en),
                    ));
                }
                used.push(plan);
            }
            Assignment::Member { .. } => {
                if proposal.bundle.is_none() {
                    return Err(reject(
                        format!("lines[{i}]"),
                        "未选择融合套餐".into(),
                        "no bundle chosen for a member line".into(),
                    ));
                }
            }
        }
        for pack in &choice.packs {
            let ok = catalog
                .addon(pack)
                .is_some_and(|a| a.kind.is_pack() && a.line_kinds.contains(&line.kind));
            if !ok {
                return Err(reject(
                    format!("lines[{i}].packs"),
                    format!("叠加包 {pack} 不适用"),
                    format!("pack {pack} does not fit this line"),
                ));
            }
            used.push(pack);
        }
    }
    if let Some(id) = &proposal.bundle {
        check_bundle(catalog, customer, proposal, id)?;
        used.push(id);
    }
    for id in &proposal.promotions {
        let Some(promo) = catalog.promotion(id) else {
            return Err(reject(
                "promotions",
                format!("没有优惠 {id}"),
                format!("no promotion {id}"),
            ));
        };
        if let Some(why) = eligibility_problem(&promo.eligibility, customer) {
            return Err(reject(
                "promotions",
                format!("{}：{}", promo.name.zh, why.zh),
                format!("{}: {}", promo.name.en, why.en),
            ));
        }
        used.push(id);
    }
    for group in &catalog.exclusion_groups {
        let mut present: Vec<&ItemId> = group.members.iter().filter(|m| used.contains(m)).collect();
        present.dedup();
        if present.len() > 1 {
            let names: Vec<String> = present
                .iter()
                .filter_map(|id| catalog.name_of(id))
                .map(|t| t.en.clone())
                .collect();
            let names_zh: Vec<String> = present
                .iter()
                .filter_map(|id| catalog.name_of(id))
                .map(|t| t.zh.clone())
                .collect();
            return Err(reject(
                "exclusion_groups",
                format!(
                    "{} 互斥，不能同时办理（{}）",
                    names_zh.join("、"),
                    group.name.zh
                ),
                format!(
                    "{} are mutually exclusive ({})",
                    names.join(", "),
                    group.name.en
                ),
            ));
        }
    }
    Ok(())
}

fn check_bundle(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &Proposal,
    id: &ItemId,
) -> Result<(), Rejection> {
    let Some(bundle) = catalog.bundle(id) else {
        return Err(reject(
            "bundle",
            format!("没有融合套餐 {id}"),
            format!("no bundle {id}"),
        ));
    };
    if let Some(why) = eligibility_problem(&bundle.eligibility, customer) {
        return Err(reject(
            "bundle",
            format!("{}：{}", bundle.name.zh, why.zh),
            format!("{}: {}", bundle.name.en, why.en),
        ));
    }
    let instances = proposal.instances();
    for instance in 0..instances {
        for slot in &bundle.slots {
            let members = proposal
                .lines
                .iter()
                .zip(&customer.lines)
                .filter(|(c, l)| {
                    c.assignment == Assignment::Member { instance } && l.kind == slot.kind
                })
                .count() as u32;
            let (zh, en) = kind_name(slot.kind);
            if members < slot.min {
                return Err(reject(
                    "bundle",
                    format!("{} 每份需至少 {} 个{zh}", bundle.name.zh, slot.min),
                    format!(
                        "{} needs at least {} {en} line(s) per instance",
                        bundle.name.en, slot.min
                    ),
                ));
            }
            if members > slot.max {
                return Err(reject(
                    "bundle",
                    format!("{} 每份最多 {} 个{zh}", bundle.name.zh, slot.max),
                    format!(
                        "{} takes at most {} {en} line(s) per instance",
                        bundle.name.en, slot.max
                    ),
                ));
            }
        }
    }
    for (i, (choice, line)) in proposal.lines.iter().zip(&customer.lines).enumerate() {
        if matches!(choice.assignment, Assignment::Member { .. }) {
            let Some(slot) = bundle.slots.iter().find(|s| s.kind == line.kind) else {
                let (zh, en) = kind_name(line.kind);
                return Err(reject(
                    format!("lines[{i}]"),
                    format!("{} 不含{zh}", bundle.name.zh),
                    format!("{} takes no {en} lines", bundle.name.en),
                ));
            };
            if line.kind == LineKind::Broadband && slot.speed_mbps < line.usage.min_speed_mbps {
                return Err(reject(
                    format!("lines[{i}]"),
                    format!("{} 宽带速率不足", bundle.name.zh),
                    format!("{} broadband is slower than needed", bundle.name.en),
                ));
            }
        }
    }
    if instances == 0 {
        return Err(reject(
            "bundle",
            format!("{} 没有成员", bundle.name.zh),
            format!("{} has no members", bundle.name.en),
        ));
    }
    Ok(())
}
