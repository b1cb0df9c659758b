//! Why each line got what it got: its usage, what its plan includes, the
//! add-ons, and whether it keeps, switches or joins a bundle.
use crate::catalog::{Catalog, LineKind};
use crate::customer::Line;
use crate::figures::gb_shown as gb;
use crate::pricing::{Assignment, LineChoice, Proposal};
use crate::text::Text;

use super::item_name;

pub(super) fn line_reason(
    catalog: &Catalog,
    proposal: &Proposal,
    c: &LineChoice,
    line: &Line,
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
        Assignment::Keep => Text::new(
            format!("保留原套餐：没有更省的选择（{use_zh}）"),
            format!("Keeps its plan: nothing cheaper fits ({use_en})"),
        ),
        Assignment::Plan { plan } => {
            let p = catalog.plan(plan);
            let inc = p
                .map(|p| (p.allowance.domestic_min, gb(p.allowance.data_mb)))
                .unwrap_or_default();
            let name = item_name(catalog, plan);
            Text::new(
                format!(
                    "{}：含 {} 分钟、{} GB，{use_zh}{pz}，是此用量下最省的选择",
                    name.zh, inc.0, inc.1
                ),
                format!(
                    "{}: {} min and {} GB included; {use_en}{pe}; the cheapest fit for this usage",
                    name.en, inc.0, inc.1
                ),
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
