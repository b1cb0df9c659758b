//! What the counter offers a rep to pick for a line or the account, in the
//! tables' words with their prices: the per-line services that fit a kind
//! of line, the handsets with both prices, the minimum monthly fee and the
//! contract term, and the per-account services.
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Handset, ItemId, LineKind, Scope};
use crate::text::Text;

/// One service to toggle: "天翼对讲 ¥10.00/月".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceChoice {
    pub id: ItemId,
    pub name: Text,
    /// "¥10.00/月".
    pub price: Text,
}

/// One handset to pick.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandsetChoice {
    pub id: ItemId,
    /// "华为 nova 12 · 合约价 ¥1,699.00（月费 ≥ ¥129.00，24 个月）· 零售价 ¥2,699.00".
    pub label: Text,
}

fn monthly(m: crate::Money) -> Text {
    let y = m.format(crate::Lang::ZhCn);
    Text::new(format!("{y}/月"), format!("{y}/month"))
}

/// The per-line services (not packs, which the optimizer picks) for a line of `kind`.
pub fn line_services(catalog: &Catalog, kind: LineKind) -> Vec<ServiceChoice> {
    catalog
        .addons
        .iter()
        .filter(|a| !a.kind.is_pack() && a.scope == Scope::PerLine && a.line_kinds.contains(&kind))
        .map(|a| ServiceChoice {
            id: a.id.clone(),
            name: a.name.clone(),
            price: monthly(a.monthly_fee),
        })
        .collect()
}

/// The per-account services (switchboard, surveillance, ring-back tone).
pub fn account_services(catalog: &Catalog) -> Vec<ServiceChoice> {
    catalog
        .addons
        .iter()
        .filter(|a| !a.kind.is_pack() && a.scope == Scope::PerAccount)
        .map(|a| ServiceChoice {
            id: a.id.clone(),
            name: a.name.clone(),
            price: monthly(a.monthly_fee),
        })
        .collect()
}

/// A handset's label with both prices, the minimum monthly fee and its term.
pub fn handset_label(h: &Handset) -> Text {
    let y = |m: crate::Money| m.format(crate::Lang::ZhCn);
    Text::new(
        format!(
            "{} · 合约价 {}（月费 ≥ {}，{} 个月）· 零售价 {}",
            h.name.zh,
            y(h.contract_price),
            y(h.min_monthly_fee),
            h.contract_months,
            y(h.retail_price)
        ),
        format!(
            "{} · contract {} (plan ≥ {}/month, {} months) · retail {}",
            h.name.en,
            y(h.contract_price),
            y(h.min_monthly_fee),
            h.contract_months,
            y(h.retail_price)
        ),
    )
}

/// Every handset of the tables.
pub fn handsets(catalog: &Catalog) -> Vec<HandsetChoice> {
    catalog
        .handsets
        .iter()
        .map(|h| HandsetChoice {
            id: h.id.clone(),
            label: handset_label(h),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::default_catalog;

    #[test]
    fn a_mobile_line_is_offered_push_to_talk_with_its_price_and_a_landline_is_not() {
        let cat = default_catalog();
        let m = line_services(&cat, LineKind::Mobile);
        assert_eq!(m.len(), 1);
        assert_eq!(
            (m[0].name.zh.as_str(), m[0].price.zh.as_str()),
            ("天翼对讲", "¥10.00/月")
        );
        assert!(line_services(&cat, LineKind::Landline).is_empty());
        let account = account_services(&cat);
        let a: Vec<&str> = account.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(a, ["addon.switchboard", "addon.surveillance", "addon.rbt"]);
        let h = handsets(&cat);
        assert_eq!(
            h[1].label.zh,
            "华为 nova 12 · 合约价 ¥1,699.00（月费 ≥ ¥129.00，24 个月）· 零售价 ¥2,699.00"
        );
    }
}
