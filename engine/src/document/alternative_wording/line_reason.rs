//! Why each line got what it got: its usage, what its plan includes, the
//! add-ons, and whether it keeps, switches or joins a bundle.
use crate::catalog::{Catalog, LineKind};
use crate::customer::Line;
use crate::document::rows::allowance_words;
use crate::figures::gb_shown as gb;
use crate::pricing::{Assignment, LineChoice, Proposal};
use crate::text::Text;

use super::item_name;

/// Why a line is on its plan, as its alternative allows saying it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum PlanWhy {
    /// The premium option: the richest plans, not the cheapest.
    Premium,
    /// An alternative that saves against keeping: its plans are the
    /// cheapest fits (最省).
    Cheapest,
    /// One that does not save: never called the cheapest.
    Chosen,
}

pub(super) fn line_reason(
    catalog: &Catalog,
    proposal: &Proposal,
    c: &LineChoice,
    line: &Line,
    why: PlanWhy,
) -> Text {
    let u = &line.usage;
    let (use_zh, use_en) = match line.kind {
        LineKind::Broadband => (
            format!("需 {} Mbps", u.min_speed_mbps),
            format!("needs {} Mbps", u.min_speed_mbps),
        ),
        LineKind::Landline => (
            format!("用量 {} 分钟", u.domestic_min + u.long_distance_min),
            format!("uses {} min", u.domestic_min + u.long_distance_min),
        ),
        _ => (
            format!(
                "用量 {} 分钟、{} GB",
                u.domestic_min + u.long_distance_min,
                gb(u.data_mb)
            ),
            format!(
                "uses {} min, {} GB",
                u.domestic_min + u.long_distance_min,
                gb(u.data_mb)
            ),
        ),
    };
    let packs: Vec<&Text> = c.packs.iter().map(|p| item_name(catalog, p)).collect();
    let (pz, pe) = if packs.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(
                "，加{}",
                packs
                    .iter()
                    .map(|t| t.zh.as_str())
                    .collect::<Vec<_>>()
                    .join("、")
            ),
            format!(
                ", plus {}",
                packs
                    .iter()
                    .map(|t| t.en.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    };
    match &c.assignment {
        // A kept line keeps its plan (by the search or the rep's lock): it
        // says so, not that nothing cheaper exists.
        Assignment::Keep => {
            let fee = line.current_monthly_fee.format(crate::Lang::ZhCn);
            Text::new(
                format!("保留原套餐，每月 {fee} 不变（{use_zh}）"),
                format!("Keeps its current plan at {fee} a month ({use_en})"),
            )
        }
        Assignment::Plan { plan } => {
            // What the plan includes, leaving out what is zero (a broadband
            // or landline plan has no data or no minutes to state).
            let inc = catalog
                .plan(plan)
                .map(|p| allowance_words(&p.allowance, p.speed_mbps, Some(p.kind)))
                .unwrap_or_default();
            let (inc_zh, inc_en) = if inc.zh.is_empty() {
                (String::new(), String::new())
            } else {
                (format!("含{}，", inc.zh), format!("{} included; ", inc.en))
            };
            let (why_zh, why_en) = match why {
                PlanWhy::Premium => ("本方案的最高配置", "the richest plan offered"),
                PlanWhy::Cheapest => ("是此用量下最省的选择", "the cheapest fit for this usage"),
                PlanWhy::Chosen => ("按此用量选出的套餐", "the plan chosen for this usage"),
            };
            let name = item_name(catalog, plan);
            Text::new(
                format!("{}：{inc_zh}{use_zh}{pz}，{why_zh}", name.zh),
                format!("{}: {inc_en}{use_en}{pe}; {why_en}", name.en),
            )
        }
        Assignment::Member { instance } => {
            let name = proposal
                .bundle
                .as_ref()
                .map(|b| item_name(catalog, b).clone())
                .unwrap_or_default();
            Text::new(
                format!(
                    "加入{}（第 {} 份）：比单独办理更省，{use_zh}{pz}",
                    name.zh,
                    instance + 1
                ),
                format!(
                    "Joins {} (instance {}): cheaper than a plan of its own; {use_en}{pe}",
                    name.en,
                    instance + 1
                ),
            )
        }
    }
}
