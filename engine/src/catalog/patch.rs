//! A manager's edits as a patch against the published tables: only the items
//! that changed or were added, and the ids removed. Small enough for a share
//! link to carry, so a proposal priced with draft prices reopens on the
//! customer's phone with exactly those prices (and marked as not published).
use serde::{Deserialize, Serialize};

use super::{AddOn, Bundle, Catalog, ExclusionGroup, Handset, ItemId, OneOffFee, Plan, Promotion};
use crate::money::Bps;

/// The table-wide fields, when any of them changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderPatch {
    pub id: String,
    pub version: u32,
    pub effective_from: String,
    pub brand: super::Brand,
    pub credit_cap: Bps,
    /// The tables' promotion policy; absent in links made before it
    /// existed, which keep the base's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<super::Policy>,
}

/// What a draft changes in the tables it was made from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CatalogPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<HeaderPatch>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub plans: Vec<Plan>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bundles: Vec<Bundle>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub addons: Vec<AddOn>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub promotions: Vec<Promotion>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub handsets: Vec<Handset>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fees: Vec<OneOffFee>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exclusion_groups: Vec<ExclusionGroup>,
    /// Items of the base that the draft no longer has.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<ItemId>,
    /// The draft's suggestions when they differ from the base's (whole).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestions: Option<super::Suggestions>,
}

trait Keyed: Clone + PartialEq {
    fn key(&self) -> &ItemId;
}

macro_rules! keyed {
    ($($t:ty),*) => { $(impl Keyed for $t { fn key(&self) -> &ItemId { &self.id } })* };
}
keyed!(
    Plan,
    Bundle,
    AddOn,
    Promotion,
    Handset,
    OneOffFee,
    ExclusionGroup
);

fn changed<T: Keyed>(base: &[T], draft: &[T], removed: &mut Vec<ItemId>) -> Vec<T> {
    removed.extend(
        base.iter()
            .filter(|b| !draft.iter().any(|d| d.key() == b.key()))
            .map(|b| b.key().clone()),
    );
    draft
        .iter()
        .filter(|d| !base.iter().any(|b| b == *d))
        .cloned()
        .collect()
}

fn merged<T: Keyed>(base: &[T], patch: &[T], removed: &[ItemId]) -> Vec<T> {
    let mut out: Vec<T> = base
        .iter()
        .filter(|b| !removed.contains(b.key()))
        .map(|b| {
            patch
                .iter()
                .find(|p| p.key() == b.key())
                .unwrap_or(b)
                .clone()
        })
        .collect();
    out.extend(
        patch
            .iter()
            .filter(|p| !base.iter().any(|b| b.key() == p.key()))
            .cloned(),
    );
    out
}

impl CatalogPatch {
    /// The patch that turns `base` into `draft` (empty when they are equal).
    pub fn between(base: &Catalog, draft: &Catalog) -> CatalogPatch {
        let mut removed = Vec::new();
        let header = HeaderPatch {
            id: draft.id.clone(),
            version: draft.version,
            effective_from: draft.effective_from.clone(),
            brand: draft.brand.clone(),
            credit_cap: draft.credit_cap,
            policy: Some(draft.policy),
        };
        let same_header = base.id == header.id
            && base.version == header.version
            && base.effective_from == header.effective_from
            && base.brand == header.brand
            && base.credit_cap == header.credit_cap
            && base.policy == draft.policy;
        CatalogPatch {
            header: (!same_header).then_some(header),
            plans: changed(&base.plans, &draft.plans, &mut removed),
            bundles: changed(&base.bundles, &draft.bundles, &mut removed),
            addons: changed(&base.addons, &draft.addons, &mut removed),
            promotions: changed(&base.promotions, &draft.promotions, &mut removed),
            handsets: changed(&base.handsets, &draft.handsets, &mut removed),
            fees: changed(&base.fees, &draft.fees, &mut removed),
            exclusion_groups: changed(
                &base.exclusion_groups,
                &draft.exclusion_groups,
                &mut removed,
            ),
            removed,
            suggestions: (base.suggestions != draft.suggestions).then(|| draft.suggestions.clone()),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == CatalogPatch::default()
    }

    /// `base` with the patch applied: changed items in place, removed ones
    /// gone, added ones at the end. The caller checks the result's
    /// fingerprint when it must be exactly the draft.
    pub fn apply(&self, base: &Catalog) -> Catalog {
        let r = &self.removed;
        let mut c = Catalog {
            plans: merged(&base.plans, &self.plans, r),
            bundles: merged(&base.bundles, &self.bundles, r),
            addons: merged(&base.addons, &self.addons, r),
            promotions: merged(&base.promotions, &self.promotions, r),
            handsets: merged(&base.handsets, &self.handsets, r),
            fees: merged(&base.fees, &self.fees, r),
            exclusion_groups: merged(&base.exclusion_groups, &self.exclusion_groups, r),
            ..base.clone()
        };
        if let Some(h) = &self.header {
            c.id = h.id.clone();
            c.version = h.version;
            c.effective_from = h.effective_from.clone();
            c.brand = h.brand.clone();
            c.credit_cap = h.credit_cap;
            if let Some(policy) = h.policy {
                c.policy = policy;
            }
        }
        if let Some(s) = &self.suggestions {
            c.suggestions = s.clone();
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::fingerprint;
    use crate::money::Money;

    #[test]
    fn an_edit_travels_as_a_small_patch_and_rebuilds_the_draft_exactly() {
        let base = crate::default_catalog();
        let mut draft = base.clone();
        draft.plans[3].monthly_fee = Money(1);
        draft.promotions.remove(1);
        let mut added = draft.addons[0].clone();
        added.id = ItemId::new("addon.new");
        draft.addons.push(added);
        draft.version += 1;
        let patch = CatalogPatch::between(&base, &draft);
        assert_eq!(patch.plans.len(), 1);
        assert_eq!(patch.addons.len(), 1);
        assert_eq!(patch.removed, vec![base.promotions[1].id.clone()]);
        assert!(patch.header.is_some());
        let rebuilt = patch.apply(&base);
        assert_eq!(rebuilt, draft);
        assert_eq!(fingerprint(&rebuilt), fingerprint(&draft));
        let json = serde_json::to_string(&patch).unwrap();
        assert!(json.len() < 2_000, "{} bytes", json.len());
    }

    #[test]
    fn equal_tables_make_an_empty_patch() {
        let base = crate::default_catalog();
        let patch = CatalogPatch::between(&base, &base);
        assert!(patch.is_empty());
        assert_eq!(patch.apply(&base), base);
        assert_eq!(serde_json::to_string(&patch).unwrap(), "{}");
    }
}
