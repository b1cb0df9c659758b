//! What a rep can set for the search, and what it returns.
use serde::{Deserialize, Serialize};

use crate::pricing::{Priced, Proposal};

use super::contract_end::LaterStart;
use crate::text::Text;

/// What the search minimises.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// Everything paid over the horizon, one-offs included (default).
    #[default]
    HorizonTotal,
    /// The monthly bill once every promotion has ended.
    SteadyMonthly,
}

/// Months compared unless a rep, a link or the command line says otherwise:
/// the one place the default horizon is written.
pub const DEFAULT_HORIZON: u32 = 24;

/// The rep's settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Months compared; [`DEFAULT_HORIZON`] unless set.
    pub horizon: u32,
    pub objective: Objective,
    pub include_handsets: bool,
    /// The rep's discount authority (1 rep, 2 supervisor, 3 manager): only
    /// promotions up to this level are offered.
    pub authority_level: u8,
    /// Lines (by index) that stay on their current plan.
    pub locked_lines: Vec<usize>,
    /// Usage band for the what-if (percent either way), 30 by default.
    pub usage_band_percent: u32,
    /// A higher authority's approval recorded on the device: the search
    /// offers promotions up to its level, and the proposal says who approved.
    pub approval: Option<super::authority::Approval>,
    /// The proposal's date: only what is on sale that day (the items'
    /// `on_sale_from` / `on_sale_until`) is offered. `None` (a link made
    /// before windows, a test): no calendar check.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "crate::date::optional_text"
    )]
    pub date: Option<crate::date::Date>,
}

impl Options {
    /// The authority the search works with: the rep's, or the approver's.
    pub fn authority(&self) -> u8 {
        self.approval
            .as_ref()
            .map_or(self.authority_level, |a| a.level.max(self.authority_level))
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            horizon: DEFAULT_HORIZON,
            objective: Objective::HorizonTotal,
            include_handsets: true,
            authority_level: 1,
            locked_lines: Vec::new(),
            usage_band_percent: 30,
            approval: None,
            date: None,
        }
    }
}

/// Why an alternative is on the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Badge {
    Cheapest,
    BestValue,
    Premium,
    /// The recommendation when the cheapest is fragile across the usage band.
    Robust,
    Keep,
}

/// The cost at the low and high ends of the usage band.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub percent: u32,
    pub saving_low_usage: crate::Money,
    pub saving_high_usage: crate::Money,
    /// The saving turns negative somewhere in the band.
    pub fragile: bool,
}

/// One proposal on the list, priced and explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alternative {
    pub badges: Vec<Badge>,
    pub title: Text,
    /// One sentence a rep can read out.
    pub reason: Text,
    /// Why each line got what it got, in line order.
    pub line_reasons: Vec<Text>,
    pub proposal: Proposal,
    pub priced: Priced,
    pub band: Band,
    /// When it starts after month 1 (at the current contract's end): the
    /// month, what waiting saves, and its words; `None` when it starts now.
    #[serde(default)]
    pub start: Option<LaterStart>,
    /// Set only on the cheapest alternative, when the search could not prove
    /// it the least (an account credit capped by a small month's whole bill,
    /// `optimize::search`): the most any changed proposal could be cheaper,
    /// proven by the search's lower bound. `None`: proven the cheapest.
    #[serde(default)]
    pub unproven_by: Option<crate::Money>,
}

/// The search's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposals {
    /// Ranked: the recommendation first, then the other alternatives; distinct.
    pub alternatives: Vec<Alternative>,
    /// Keeping what the customer has, priced the same way.
    pub baseline: Alternative,
    /// Offers that could not be used, and why ("bundle B needs a landline").
    pub notes: Vec<Text>,
}

/// No proposal can be made; the reasons say which constraint blocks it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoProposal {
    pub reasons: Vec<Text>,
}
