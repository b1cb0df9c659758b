//! What a customer has today (the intake): who they are, their lines, usage
//! and spend, and their current contract. This is all a proposal starts from,
//! and all a shared link has to carry.
use serde::{Deserialize, Serialize};

use crate::catalog::{ItemId, LineKind, SegmentKind};
use crate::money::Money;
use crate::text::Text;

pub mod estimate;
mod usage;
mod validate;

pub use usage::{Measure, Metered, RateSlot, Usage, UsageField, UsageSpec, Words};
pub use validate::{
    feature_problem, handset_problem, validate_customer, validate_customer_for, MAX_LINES,
};

/// The small-business cluster markets of the seeds (聚类市场).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cluster {
    /// 临街店铺: under 5 staff, voice-heavy, love promotions.
    StreetShop,
    /// 商务楼宇: 10+ staff, broadband and network fax.
    OfficeTower,
    /// 专业市场: scattered, price sensitive, voice first.
    WholesaleMarket,
    /// 工业园区: own IT staff, reliability first.
    IndustrialPark,
    Other,
}

/// Who the customer is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Segment {
    Individual,
    Family,
    Business {
        cluster: Cluster,
        industry: String,
    },
    /// 大客户 / 集团客户: many lines, retention matters.
    KeyAccount {
        industry: String,
    },
}

impl Segment {
    pub fn kind(&self) -> SegmentKind {
        match self {
            Segment::Individual => SegmentKind::Individual,
            Segment::Family => SegmentKind::Family,
            Segment::Business { .. } => SegmentKind::Business,
            Segment::KeyAccount { .. } => SegmentKind::KeyAccount,
        }
    }
}

/// Where a line is today, which decides the one-off fees of moving it: a
/// line already with this operator moves into a package without installation
/// or a new SIM; one from another operator, or a new line, pays both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineOrigin {
    /// 本网: with this operator today (the default: the rep's own customer).
    #[default]
    ThisOperator,
    /// 异网: with another operator today (携号转网 or a new number).
    OtherOperator,
    /// 新装: a line the customer does not have yet.
    New,
}

impl LineOrigin {
    pub const ALL: [LineOrigin; 3] = [
        LineOrigin::ThisOperator,
        LineOrigin::OtherOperator,
        LineOrigin::New,
    ];

    /// Its JSON name, also accepted in the campaign CSV.
    pub fn key(self) -> &'static str {
        match self {
            LineOrigin::ThisOperator => "this_operator",
            LineOrigin::OtherOperator => "other_operator",
            LineOrigin::New => "new",
        }
    }

    /// What the counter and the proposal call it.
    pub fn name(self) -> Text {
        match self {
            LineOrigin::ThisOperator => Text::new("本网", "This operator"),
            LineOrigin::OtherOperator => Text::new("异网", "Other operator"),
            LineOrigin::New => Text::new("新装", "New line"),
        }
    }

    /// The origin typed as its key or its Chinese name (`异网`,
    /// `other_operator`); blank is this operator.
    pub fn from_text(text: &str) -> Option<LineOrigin> {
        let t = text.trim();
        if t.is_empty() {
            return Some(LineOrigin::ThisOperator);
        }
        LineOrigin::ALL
            .into_iter()
            .find(|o| o.key().eq_ignore_ascii_case(t) || o.name().zh == t)
    }
}

/// How a wanted handset is bought (终端合约 or 裸机).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HandsetMode {
    /// 合约机: at the contract price when the line's committed fee reaches the
    /// handset's minimum, signing its contract term (else at retail).
    #[default]
    Contract,
    /// 裸机: bought outright at retail, no handset contract.
    Outright,
}

impl HandsetMode {
    pub const ALL: [HandsetMode; 2] = [HandsetMode::Contract, HandsetMode::Outright];

    /// Its JSON and CSV name.
    pub fn key(self) -> &'static str {
        match self {
            HandsetMode::Contract => "contract",
            HandsetMode::Outright => "outright",
        }
    }

    pub fn name(self) -> Text {
        match self {
            HandsetMode::Contract => Text::new("合约购机", "On contract"),
            HandsetMode::Outright => Text::new("全款购机", "Bought outright"),
        }
    }

    /// The mode typed as its key or Chinese name; blank is on contract.
    pub fn from_text(text: &str) -> Option<HandsetMode> {
        let t = text.trim();
        if t.is_empty() {
            return Some(HandsetMode::Contract);
        }
        HandsetMode::ALL
            .into_iter()
            .find(|m| m.key().eq_ignore_ascii_case(t) || m.name().zh == t)
    }
}

/// One line the customer has now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub kind: LineKind,
    /// A label the rep or customer recognises ("老板手机", "前台座机").
    #[serde(default)]
    pub label: String,
    /// What the line costs a month today, its add-ons included.
    pub current_monthly_fee: Money,
    #[serde(default)]
    pub usage: Usage,
    /// Feature add-ons this line needs (push-to-talk ...).
    #[serde(default)]
    pub features: Vec<ItemId>,
    /// A handset the customer wants with this line.
    #[serde(default)]
    pub wants_handset: Option<ItemId>,
    /// Contract or outright, for the wanted handset.
    #[serde(default)]
    pub handset_mode: HandsetMode,
    /// Where the line is today (本网 / 异网 / 新装).
    #[serde(default)]
    pub origin: LineOrigin,
    /// The name of the plan it is on today (optional, for the proposal).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub current_plan: String,
    /// The usage quantities estimated from the fee because the rep left them
    /// blank (`estimate`): the card and the proposal say so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub estimated: Vec<UsageField>,
}

/// The customer's current contract (协议).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CurrentContract {
    pub months_left: u32,
    /// Due if the customer leaves before the contract ends.
    pub exit_fee: Money,
}

/// The whole intake.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    #[serde(default)]
    pub name: String,
    pub segment: Segment,
    /// 网龄, in months.
    #[serde(default)]
    pub tenure_months: u32,
    pub lines: Vec<Line>,
    /// Account-level features needed (switchboard, surveillance, ring-back tone).
    #[serde(default)]
    pub account_features: Vec<ItemId>,
    /// Account-level extras paid today on top of the lines' fees.
    #[serde(default)]
    pub current_account_fee: Money,
    #[serde(default)]
    pub contract: CurrentContract,
}

impl Customer {
    /// The monthly bill today: every line and the account's extras.
    pub fn current_monthly_bill(&self) -> Money {
        let lines = self
            .lines
            .iter()
            .fold(0i64, |a, l| a.saturating_add(l.current_monthly_fee.0));
        Money(lines.saturating_add(self.current_account_fee.0))
    }

    pub fn line_count(&self) -> u32 {
        u32::try_from(self.lines.len()).unwrap_or(u32::MAX)
    }

    pub fn count_of(&self, kind: LineKind) -> u32 {
        self.lines.iter().filter(|l| l.kind == kind).count() as u32
    }

    /// The lines as groups of identical lines next to each other (a card
    /// with a count at the counter, one row on the proposal): each group's
    /// first index and how many lines it has.
    pub fn groups(&self) -> Vec<(usize, usize)> {
        line_runs(&self.lines, |a, b| a == b)
    }
}

/// Runs of neighbouring items that `same` says are alike: (first index, length).
pub fn line_runs<T>(items: &[T], same: impl Fn(&T, &T) -> bool) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match runs.last_mut() {
            Some((start, len)) if same(&items[*start], item) => *len += 1,
            _ => runs.push((i, 1)),
        }
    }
    runs
}
