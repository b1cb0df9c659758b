//! Segment-aware suggestions (issue 15), kept as data in the package tables
//! so a manager edits them like prices: an industry to the services its
//! staff use (酒店: 总机服务, 天翼对讲 for staff), a spend band to the featured
//! package (主推套餐, "以消费区间为主细分客户"), and a cluster market to the
//! order suggestions are shown in (专业市场 CT products first, 商务楼宇
//! broadband and network first). A suggestion is never added by itself: the
//! counter shows it and the rep taps to accept (`screen::suggestions`).
use serde::{Deserialize, Serialize};

use super::{AddOnKind, ItemId, SegmentKind};
use crate::customer::Cluster;
use crate::money::Money;
use crate::text::Text;

/// The tables' suggestions; absent in tables made before them (no
/// suggestion is shown then).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Suggestions {
    pub industries: Vec<IndustrySuggestion>,
    pub spend_bands: Vec<SpendBand>,
    pub cluster_order: Vec<ClusterOrder>,
}

impl Suggestions {
    /// Nothing set (the tables' JSON then leaves the section out, so the
    /// fingerprint of tables without it is unchanged).
    pub fn is_empty(&self) -> bool {
        self == &Suggestions::default()
    }
}

/// An industry and the services its customers usually need.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IndustrySuggestion {
    /// "酒店" / "Hotel": the suggestion's reason says "酒店常用".
    pub name: Text,
    /// What a rep may type as the customer's industry (`酒店`, `宾馆`,
    /// `hotel`): the industry matches when it contains one of them.
    pub words: Vec<String>,
    pub services: Vec<SuggestedService>,
}

/// One service an industry suggests, and for whom.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SuggestedService {
    /// A service add-on (not a pack: the optimizer adds packs when they pay).
    pub addon: ItemId,
    /// Who it is for ("员工手机" / "staff phones"); may be blank.
    #[serde(default)]
    pub for_whom: Text,
}

/// A band of today's monthly bill and the package featured for it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SpendBand {
    /// From this bill a month (included).
    pub from: Money,
    /// Up to this bill (excluded); none: no upper end.
    #[serde(default)]
    pub to: Option<Money>,
    /// The customer groups the band is for; empty: every group.
    #[serde(default)]
    pub segments: Vec<SegmentKind>,
    /// A plan or bundle id: the featured package (主推套餐).
    pub featured: ItemId,
}

impl SpendBand {
    /// Whether `bill` falls in the band.
    pub fn holds(&self, bill: Money) -> bool {
        bill >= self.from && self.to.is_none_or(|to| bill < to)
    }

    /// Whether the band is for customers of `segment`.
    pub fn is_for(&self, segment: SegmentKind) -> bool {
        self.segments.is_empty() || self.segments.contains(&segment)
    }
}

/// What kind of thing a suggestion is, for ordering by cluster market.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    /// The featured package (a broadband bundle for an office tower).
    Package,
    PushToTalk,
    Switchboard,
    Surveillance,
    RingBackTone,
    Other,
}

impl SuggestionKind {
    /// The kind of a suggested add-on.
    pub fn of(kind: AddOnKind) -> SuggestionKind {
        match kind {
            AddOnKind::PushToTalk => SuggestionKind::PushToTalk,
            AddOnKind::Switchboard => SuggestionKind::Switchboard,
            AddOnKind::Surveillance => SuggestionKind::Surveillance,
            AddOnKind::RingBackTone => SuggestionKind::RingBackTone,
            _ => SuggestionKind::Other,
        }
    }
}

/// The order a cluster market's suggestions are shown in: kinds listed
/// first, in that order; the others after, in the tables' order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ClusterOrder {
    pub cluster: Cluster,
    pub kinds: Vec<SuggestionKind>,
}

impl Cluster {
    pub const ALL: [Cluster; 5] = [
        Cluster::StreetShop,
        Cluster::OfficeTower,
        Cluster::WholesaleMarket,
        Cluster::IndustrialPark,
        Cluster::Other,
    ];

    /// The cluster market's name, as the counter and the proposal say it.
    pub fn name(self) -> Text {
        match self {
            Cluster::StreetShop => Text::new("临街店铺", "Street shop"),
            Cluster::OfficeTower => Text::new("商务楼宇", "Office tower"),
            Cluster::WholesaleMarket => Text::new("专业市场", "Wholesale market"),
            Cluster::IndustrialPark => Text::new("工业园区", "Industrial park"),
            Cluster::Other => Text::new("其他", "Other"),
        }
    }
}

/// The suggestion fields with their meaning, for README's table and the
/// managers' page (the same words in both).
pub fn suggestion_fields() -> Vec<(&'static str, Text)> {
    vec![
        (
            "suggestions.industries[].words",
            Text::new(
                "客户行业包含其中任一词即匹配（如 酒店、宾馆）",
                "the customer's industry matches when it contains one of them (酒店, 宾馆)",
            ),
        ),
        (
            "suggestions.industries[].services",
            Text::new(
                "该行业建议的业务（增值业务编号，可注明给谁用）；按号码的业务加到适用的号码上，按账户的加到账户上；须营业员点「添加」才加入",
                "the services the industry is suggested (add-on ids, with whom they are for); a per-line one goes on every line it fits, a per-account one on the account; added only when the rep taps Add",
            ),
        ),
        (
            "suggestions.spend_bands",
            Text::new(
                "按现在月消费（from 含，to 不含，单位分）和客户类型给出主推套餐（套餐或融合套餐编号）；只作标注，不强制",
                "today's monthly bill (from included, to excluded, in fen) and customer groups to the featured package (a plan or bundle id); a marker, never forced",
            ),
        ),
        (
            "suggestions.cluster_order",
            Text::new(
                "聚类市场决定建议的显示顺序：列出的种类在前，其余按资费表顺序在后",
                "the cluster market orders the suggestions: the kinds listed first, in that order, the rest after in the tables' order",
            ),
        ),
    ]
}
