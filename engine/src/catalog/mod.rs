//! The package tables (资费表): plans, converged bundles, add-ons, promotions,
//! handsets, one-off fees, eligibility and mutual exclusion. Versioned and
//! fingerprinted, because a proposal must say which tables priced it.
use serde::{Deserialize, Serialize};

use crate::money::Bps;
use crate::problem::{json_problem, Problem};
use crate::text::Text;

mod addon;
mod bundle;
mod eligibility;
mod fingerprint;
mod list;
mod patch;
mod plan;
mod promotion;
mod rules;
mod stated;
mod suggestions;
mod validate;

pub use addon::{AddOn, AddOnKind, Handset, OneOffFee, Scope};
pub use bundle::{Bundle, FreeCallScope, HandsetFeeShare, Slot};
pub use eligibility::{Audience, Eligibility, ExclusionGroup, SegmentKind};
pub use fingerprint::{fingerprint, CatalogRef};
pub use list::ItemList;
pub use patch::{CatalogPatch, HeaderPatch};
pub use plan::{Allowance, Plan, Rates};
pub use promotion::{Promotion, PromotionKind, VolumeTier};
pub use rules::{
    pricing_rules, rule_table_headings, CapBase, CreditBasis, FeeRole, FeeRoles, LinesCounted,
    Policy, PricingRule, RuleField, Stacking,
};
pub use stated::mismatch;
pub use suggestions::{
    suggestion_fields, ClusterOrder, IndustrySuggestion, SpendBand, SuggestedService,
    SuggestionKind, Suggestions,
};
pub use validate::{catalog_warnings, validate_catalog};

/// The schema this build reads and writes; a new schema means a migration.
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

    /// The kind's name for messages and the proposal.
    pub fn name(self) -> Text {
        match self {
            LineKind::Mobile => Text::new("手机", "mobile"),
            LineKind::Landline => Text::new("固话", "landline"),
            LineKind::Broadband => Text::new("宽带", "broadband"),
        }
    }
}

/// The operator as the proposal's header shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Brand {
    pub operator: Text,
    /// Customer service number (e.g. 10000).
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
    /// Always `CNY`; stated so a table is never read in another currency.
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
    /// The share of a unit's monthly bill a credit gift may cover
    /// (送话费不超当月话费50%): 50% unless the tables say less.
    #[serde(default = "default_credit_cap")]
    pub credit_cap: Bps,
    /// How discounts combine and which bill the credit cap is measured on;
    /// absent: compound, on each unit's bill (as before).
    #[serde(default, skip_serializing_if = "rules::is_default")]
    pub policy: Policy,
    /// Segment-aware suggestions (industry, spend band, cluster market);
    /// absent: none are shown.
    #[serde(default, skip_serializing_if = "Suggestions::is_empty")]
    pub suggestions: Suggestions,
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

    /// Reads tables from JSON; a syntax or shape error names the line and
    /// column (in English: [`Catalog::load`] says it in both languages).
    pub fn from_json(json: &str) -> Result<Catalog, String> {
        serde_json::from_str(json).map_err(|e| json_problem(&e).message.en)
    }

    /// Reads and validates tables: what the app and the command-line tool do
    /// with any file, so pricing only ever sees tables that passed.
    pub fn load(json: &str) -> Result<Catalog, Vec<Problem>> {
        let catalog: Catalog = serde_json::from_str(json).map_err(|e| vec![json_problem(&e)])?;
        validate_catalog(&catalog)?;
        Ok(catalog)
    }

    /// Pretty JSON, the form managers export and the repo keeps.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The published default tables shipped with the app, as JSON
/// (`catalog/default.json` without its indentation: see `engine/build.rs`);
/// the reps' app reads it with the browser's parser.
pub const DEFAULT_CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default.min.json"));

/// The published default tables shipped with the app (`catalog/default.json`).
pub fn default_catalog() -> Catalog {
    Catalog::from_json(DEFAULT_CATALOG_JSON).expect("catalog/default.json is checked by the tests")
}
