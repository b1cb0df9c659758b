//! Who may order what (定向优惠, 价格优惠权限) and what may not be combined
//! (组合互斥).
use serde::{Deserialize, Serialize};

use super::ItemId;
use crate::date::Date;
use crate::text::Text;

/// Customer groups an offer may be restricted to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Individual,
    Family,
    Business,
    KeyAccount,
}

/// Whom an offer is for, besides its segments (活动对象). An offer with
/// several audiences is for a customer in any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// 新客户: no line with this operator today (every line 异网 or 新装).
    NewCustomers,
    /// 异网转入: at least one line with another operator today.
    FromOtherOperator,
    /// 合约到期老客户: a line with this operator and the current contract
    /// ended or ending within `contract_ending_within_months`.
    ContractEnding,
}

impl Audience {
    pub const ALL: [Audience; 3] = [
        Audience::NewCustomers,
        Audience::FromOtherOperator,
        Audience::ContractEnding,
    ];
}

/// Who may order an item, and when; every condition must hold. Empty lists
/// and absent fields mean anyone, any day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Eligibility {
    pub segments: Vec<SegmentKind>,
    /// Lines on the account, counted over the whole intake.
    pub min_lines: Option<u32>,
    pub max_lines: Option<u32>,
    /// 网龄 in months.
    pub min_tenure_months: Option<u32>,
    /// First day on sale (inclusive, `YYYY-MM-DD`); absent: already on sale.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "crate::date::optional_text"
    )]
    pub on_sale_from: Option<Date>,
    /// Last day on sale (inclusive); absent: no end date.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "crate::date::optional_text"
    )]
    pub on_sale_until: Option<Date>,
    /// 活动对象: empty, every customer; else a customer in any of them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<Audience>,
    /// For [`Audience::ContractEnding`]: the current contract has at most
    /// this many months left (0: already ended). Required with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contract_ending_within_months: Option<u32>,
}

/// At most one member of a group may be in a proposal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExclusionGroup {
    pub id: ItemId,
    pub name: Text,
    pub members: Vec<ItemId>,
}
