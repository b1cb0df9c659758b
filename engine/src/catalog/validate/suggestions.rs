//! Checks of the suggestions section: every id is an item of the right
//! kind, an industry can be matched and says what it is, spend bands do not
//! overlap for the same customers (a bill would have two featured packages),
//! and a cluster market is ordered once.
use super::{money, text, Catalog};
use crate::catalog::SpendBand;
use crate::problem::Problems;

pub(super) fn suggestions(c: &Catalog, p: &mut Problems) {
    let s = &c.suggestions;
    for (i, ind) in s.industries.iter().enumerate() {
        let at = format!("suggestions.industries[{i}]");
        text(p, &format!("{at}.name"), &ind.name);
        p.check(
            ind.words.iter().all(|w| w.trim().is_empty()),
            || format!("{at}.words"),
            "至少填一个行业词（如 酒店）",
            "needs at least one word for the industry (such as 酒店)",
        );
        for (j, sv) in ind.services.iter().enumerate() {
            let path = format!("{at}.services[{j}].addon");
            match c.addon(&sv.addon) {
                None => p.add(
                    path,
                    format!("找不到编号为 {} 的增值业务", sv.addon),
                    format!("no add-on {}", sv.addon),
                ),
                Some(a) if a.kind.is_pack() => p.add(
                    path,
                    "流量包、长途包由系统按用量选择，不作行业建议",
                    "packs are chosen from usage by the optimizer, not suggested by industry",
                ),
                Some(_) => {}
            }
        }
    }
    for (i, b) in s.spend_bands.iter().enumerate() {
        let at = format!("suggestions.spend_bands[{i}]");
        money(p, &format!("{at}.from"), b.from);
        if let Some(to) = b.to {
            money(p, &format!("{at}.to"), to);
            p.check(
                to <= b.from,
                || format!("{at}.to"),
                "须大于起点（from）",
                "must be more than from",
            );
        }
        if c.plan(&b.featured).is_none() && c.bundle(&b.featured).is_none() {
            p.add(
                format!("{at}.featured"),
                format!("找不到编号为 {} 的套餐或融合套餐", b.featured),
                format!("no plan or bundle {}", b.featured),
            );
        }
        let overlaps = s.spend_bands[..i].iter().position(|a| {
            let shared = a.segments.is_empty()
                || b.segments.is_empty()
                || a.segments.iter().any(|x| b.segments.contains(x));
            let below = |x: &SpendBand, y: &SpendBand| x.to.is_some_and(|to| to <= y.from);
            shared && !below(a, b) && !below(b, a)
        });
        if let Some(k) = overlaps {
            p.add(
                at,
                format!("与第 {} 档消费区间重叠：同一月消费会有两个主推套餐", k + 1),
                format!(
                    "overlaps spend band {}: one bill would have two featured packages",
                    k + 1
                ),
            );
        }
    }
    for (i, o) in s.cluster_order.iter().enumerate() {
        let at = format!("suggestions.cluster_order[{i}]");
        p.check(
            s.cluster_order[..i].iter().any(|x| x.cluster == o.cluster),
            || format!("{at}.cluster"),
            "该聚类市场已排过顺序",
            "this cluster market is ordered twice",
        );
        let twice = (1..o.kinds.len()).find(|&j| o.kinds[..j].contains(&o.kinds[j]));
        p.check(
            twice.is_some(),
            || format!("{at}.kinds[{}]", twice.unwrap_or(0)),
            "同一种类列了两次",
            "a kind is listed twice",
        );
    }
}
