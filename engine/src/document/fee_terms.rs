//! A plan's or bundle's one-off fees in its tariff terms (计费规则), with who
//! pays each (`OneOffFee::line_kinds`, `origins`), so a rep can defend why a
//! line moved from this operator pays no installation and one from another
//! operator does: "一次性费用：固话装机费 ¥50（每部固话；仅异网、新装号码）".
use crate::catalog::{Catalog, ItemId, OneOffFee};
use crate::text::Text;

use super::yuan;

/// Who pays `fee` where it is listed on a plan (`bundle: false`) or a bundle.
fn who(fee: &OneOffFee, bundle: bool) -> Text {
    let kinds = |zh: bool| {
        fee.line_kinds
            .iter()
            .map(|k| {
                let n = k.name();
                if zh {
                    n.zh
                } else {
                    n.en
                }
            })
            .collect::<Vec<_>>()
    };
    let each = match (fee.line_kinds.is_empty(), bundle) {
        (true, true) => Text::new("每套一次", "once per bundle"),
        (true, false) => Text::new("每个号码一次", "once per line"),
        (false, _) => Text::new(
            format!("每部{}", kinds(true).join("、")),
            format!("per {} line", kinds(false).join(" or ")),
        ),
    };
    if fee.origins.is_empty() {
        return each;
    }
    let names = |zh: bool| {
        fee.origins
            .iter()
            .map(|o| {
                if zh {
                    o.name().zh
                } else {
                    o.name().en.to_ascii_lowercase()
                }
            })
            .collect::<Vec<_>>()
    };
    Text::new(
        format!("{}；仅{}号码", each.zh, names(true).join("、")),
        format!("{}; only lines: {}", each.en, names(false).join(", ")),
    )
}

/// `charging` followed by the one-off fees `ids` lists, each with its amount
/// and who pays it; `charging` itself when none.
pub fn with_one_offs(catalog: &Catalog, charging: Text, ids: &[ItemId], bundle: bool) -> Text {
    let fees: Vec<&OneOffFee> = ids.iter().filter_map(|id| catalog.fee(id)).collect();
    if fees.is_empty() {
        return charging;
    }
    let line = |f: &OneOffFee, zh: bool| {
        let w = who(f, bundle);
        if zh {
            format!("{} {}（{}）", f.name.zh, yuan(f.amount), w.zh)
        } else {
            format!("{} {} ({})", f.name.en, yuan(f.amount), w.en)
        }
    };
    let zh: Vec<String> = fees.iter().map(|f| line(f, true)).collect();
    let en: Vec<String> = fees.iter().map(|f| line(f, false)).collect();
    Text::new(
        format!(
            "{}；一次性费用在开通当月收取：{}",
            charging.zh,
            zh.join("，")
        ),
        format!(
            "{}; one-off fees, paid in the first month: {}",
            charging.en,
            en.join(", ")
        ),
    )
}
