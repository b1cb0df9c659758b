//! Who may order what (定向优惠, 价格优惠权限) and what may not be combined
//! (组合互斥).
use serde::{Deserialize, Serialize};

use super::ItemId;
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

/// Who may order an item; every condition must hold. Empty lists mean anyone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Eligibility {
    pub segments: Vec<SegmentKind>,
    /// Lines on the account, counted over the whole intake.
    pub min_lines: Option<u32>,
    pub max_lines: Option<u32>,
    /// 网龄 in months.
    pub min_tenure_months: Option<u32>,
}

/// At most one member of a group may be in a proposal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExclusionGroup {
    pub id: ItemId,
    pub name: Text,
    pub members: Vec<ItemId>,
}
