//! What a customer has today (the intake): who they are, their lines, usage
//! and spend, and their current contract. This is all a proposal starts from,
//! and all a shared link has to carry.
use serde::{Deserialize, Serialize};

use crate::catalog::{ItemId, LineKind, SegmentKind};
use crate::money::{Bps, Money};

mod validate;

pub use validate::{validate_customer, validate_customer_for, MAX_LINES};

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

/// A line's monthly usage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Usage {
    pub domestic_min: u32,
    pub long_distance_min: u32,
    pub data_mb: u32,
    pub sms: u32,
    /// Share of calls to the customer's own lines (free inside some bundles).
    pub own_calls: Bps,
    /// Broadband: the speed the customer needs at least (Mbps).
    pub min_speed_mbps: u32,
}

impl Usage {
    /// This usage scaled by `percent` (e.g. 70 or 130), rounded half-up: the
    /// low and high ends of the band customers misjudge their usage by.
    pub fn scaled(self, percent: u32) -> Usage {
        let s = |v: u32| {
            ((u64::from(v) * u64::from(percent) + 50) / 100).min(u64::from(u32::MAX)) as u32
        };
        Usage {
            domestic_min: s(self.domestic_min),
            long_distance_min: s(self.long_distance_min),
            data_mb: s(self.data_mb),
            sms: s(self.sms),
            ..self
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
    /// Where the line is today (本网 / 异网 / 新装).
    #[serde(default)]
    pub origin: LineOrigin,
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
}
