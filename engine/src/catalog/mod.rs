//! The package tables (资费表): plans, converged bundles, add-ons, promotions,
//! handsets, one-off fees, eligibility and mutual exclusion. Versioned and
//! fingerprinted, because a proposal must say which tables priced it.
use serde::{Deserialize, Serialize};

use crate::money::{Bps, Money};
use crate::text::Text;

mod fingerprint;
mod items;
mod promotion;
mod validate;

pub use fingerprint::fingerprint;
pub use items::{AddOn, AddOnKind, Bundle, Handset, OneOffFee, Plan, Scope, Slot};
pub use promotion::{Promotion, PromotionKind, VolumeTier};
pub use validate::validate_catalog;

/// The schema this build reads and writes; older tables are migrated forward.
pub const SCHEMA_VERSION: u32 = 1;

/// One id namespace for every item, so promotions and exclusion groups can
/// point at plans, bundles and add-ons alike.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub String);

impl ItemId {
    pub fn new(id: impl Into<String>) -> ItemId {
        ItemId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Mobile,
    Landline,
    Broadband,
}

impl LineKind {
    pub const ALL: [LineKind; 3] = [LineKind::Mobile, LineKind::Landline, LineKind::Broadband];
}

/// What a plan, a bundle member or a pack includes each month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Allowance {
    /// Domestic call minutes (国内通话).
    pub domestic_min: u32,
    /// Long-distance minutes on top (长途); see `Rates::long_distance_per_min`.
    pub long_distance_min: u32,
    pub data_mb: u32,
    pub sms: u32,
}

impl Allowance {
    /// Adds what a pack brings.
    pub fn plus(self, other: Allowance) -> Allowance {
        Allowance {
            domestic_min: self.domestic_min.saturating_add(other.domestic_min),
            long_distance_min: self
                .long_distance_min
                .saturating_add(other.long_distance_min),
            data_mb: self.data_mb.saturating_add(other.data_mb),
            sms: self.sms.saturating_add(other.sms),
        }
    }
}

/// Prices beyond the allowance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Rates {
    pub domestic_per_min: Money,
    /// `None`: long-distance minutes count as domestic minutes (most current
    /// plans); `Some(rate)`: they are billed apart once the LD allowance is used.
    pub long_distance_per_min: Option<Money>,
    /// Per MB beyond the allowance (a cap per GB is expressed as its MB price).
    pub data_per_mb: Money,
    pub sms_each: Money,
}

/// Customer groups an offer may be restricted to (定向优惠).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Individual,
    Family,
    Business,
    KeyAccount,
}

/// Who may order an item; every condition must hold. Empty lists mean anyone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Eligibility {
    pub segments: Vec<SegmentKind>,
    pub min_lines: Option<u32>,
    pub max_lines: Option<u32>,
    pub min_tenure_months: Option<u32>,
}

/// At most one member of a group may be in a proposal (组合互斥).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExclusionGroup {
    pub id: ItemId,
    pub name: Text,
    pub members: Vec<ItemId>,
}

/// The operator as the proposal's header shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Brand {
    pub operator: Text,
    pub hotline: String,
    pub website: String,
    pub address: Text,
}

/// The whole package tables.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Catalog {
    pub schema_version: u32,
    pub id: String,
    pub version: u32,
    /// `YYYY-MM-DD`: the day these prices take effect.
    pub effective_from: String,
    pub currency: String,
    pub brand: Brand,
    #[serde(default)]
    pub plans: Vec<Plan>,
    #[serde(default)]
    pub bundles: Vec<Bundle>,
    #[serde(default)]
    pub addons: Vec<AddOn>,
    #[serde(default)]
    pub promotions: Vec<Promotion>,
    #[serde(default)]
    pub handsets: Vec<Handset>,
    #[serde(default)]
    pub fees: Vec<OneOffFee>,
    #[serde(default)]
    pub exclusion_groups: Vec<ExclusionGroup>,
    /// Volume discount and the like are in `promotions`; this is the share of
    /// a bill a credit gift may cover (送话费不超当月话费50%).
    #[serde(default = "default_credit_cap")]
    pub credit_cap: Bps,
}

fn default_credit_cap() -> Bps {
    Bps(5_000)
}

impl Catalog {
    pub fn plan(&self, id: &ItemId) -> Option<&Plan> {
        self.plans.iter().find(|p| &p.id == id)
    }

    pub fn bundle(&self, id: &ItemId) -> Option<&Bundle> {
        self.bundles.iter().find(|b| &b.id == id)
    }

    pub fn addon(&self, id: &ItemId) -> Option<&AddOn> {
        self.addons.iter().find(|a| &a.id == id)
    }

    pub fn promotion(&self, id: &ItemId) -> Option<&Promotion> {
        self.promotions.iter().find(|p| &p.id == id)
    }

    pub fn handset(&self, id: &ItemId) -> Option<&Handset> {
        self.handsets.iter().find(|h| &h.id == id)
    }

    pub fn fee(&self, id: &ItemId) -> Option<&OneOffFee> {
        self.fees.iter().find(|f| &f.id == id)
    }

    /// The name of any item, for messages and the proposal.
    pub fn name_of(&self, id: &ItemId) -> Option<&Text> {
        self.plan(id)
            .map(|p| &p.name)
            .or_else(|| self.bundle(id).map(|b| &b.name))
            .or_else(|| self.addon(id).map(|a| &a.name))
            .or_else(|| self.promotion(id).map(|p| &p.name))
            .or_else(|| self.handset(id).map(|h| &h.name))
            .or_else(|| self.fee(id).map(|f| &f.name))
    }

    /// Reads tables from JSON; a syntax or shape error names the line and column.
    pub fn from_json(json: &str) -> Result<Catalog, String> {
        serde_json::from_str(json)
            .map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))
    }

    /// Pretty JSON, the form managers export and the repo keeps.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The published default tables shipped with the app (`catalog/default.json`).
pub fn default_catalog() -> Catalog {
    Catalog::from_json(include_str!("../../../catalog/default.json"))
        .expect("catalog/default.json is checked by the tests")
}
