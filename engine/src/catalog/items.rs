//! The things a customer can order: plans, converged bundles, add-ons,
//! handsets under contract, and one-off fees.
use serde::{Deserialize, Serialize};

use super::{Allowance, Eligibility, ItemId, LineKind, Rates};
use crate::money::Money;
use crate::text::Text;

/// A tariff plan (套餐) for one line.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Plan {
    pub id: ItemId,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    pub kind: LineKind,
    pub monthly_fee: Money,
    #[serde(default)]
    pub allowance: Allowance,
    #[serde(default)]
    pub rates: Rates,
    /// Broadband speed, or the mobile data speed class (Mbps); 0 when not applicable.
    #[serde(default)]
    pub speed_mbps: u32,
    /// 0: no contract.
    #[serde(default)]
    pub contract_months: u32,
    #[serde(default)]
    pub early_exit_fee: Money,
    /// Feature add-ons the plan includes at no extra fee.
    #[serde(default)]
    pub includes: Vec<ItemId>,
    /// One-off fees due when the plan is taken (installation ...).
    #[serde(default)]
    pub one_off_fees: Vec<ItemId>,
    #[serde(default)]
    pub eligibility: Eligibility,
}

/// Members of one kind in one instance of a bundle.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Slot {
    pub kind: LineKind,
    pub min: u32,
    pub max: u32,
    /// Monthly fee for each member of this slot (副卡费), on top of the bundle fee.
    #[serde(default)]
    pub member_fee: Money,
    /// What each member of this slot gets (its share of the bundle's pool).
    #[serde(default)]
    pub allowance: Allowance,
    #[serde(default)]
    pub speed_mbps: u32,
}

/// A converged bundle (融合套餐): lines of several kinds under one fee, e.g.
/// one landline binding up to five mobiles with calls among them free.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Bundle {
    pub id: ItemId,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    /// The monthly fee of one instance, members' own fees aside.
    pub monthly_fee: Money,
    pub slots: Vec<Slot>,
    /// Calls between members are free: each member's share of calls to the
    /// customer's own lines uses no minutes.
    #[serde(default)]
    pub free_calls_among_members: bool,
    #[serde(default)]
    pub rates: Rates,
    #[serde(default)]
    pub contract_months: u32,
    #[serde(default)]
    pub early_exit_fee: Money,
    #[serde(default)]
    pub includes: Vec<ItemId>,
    #[serde(default)]
    pub one_off_fees: Vec<ItemId>,
    #[serde(default)]
    pub eligibility: Eligibility,
}

/// What an add-on is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AddOnKind {
    /// 流量包: chosen by the optimizer when it beats overage.
    DataPack,
    /// 长途包: likewise, for long-distance minutes.
    LongDistancePack,
    /// 天翼对讲 / push-to-talk for staff.
    PushToTalk,
    /// 总机服务 / virtual switchboard.
    Switchboard,
    /// 全球眼 / video surveillance.
    Surveillance,
    /// 企业彩铃 / enterprise ring-back tone.
    RingBackTone,
    /// Anything else a customer may need.
    Other,
}

impl AddOnKind {
    /// Packs cover usage; features are services a customer asks for.
    pub fn is_pack(self) -> bool {
        matches!(self, AddOnKind::DataPack | AddOnKind::LongDistancePack)
    }
}

/// Whether an add-on is taken per line or once per account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    PerLine,
    PerAccount,
}

/// An add-on (增值业务 / 叠加包).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AddOn {
    pub id: ItemId,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    pub kind: AddOnKind,
    pub scope: Scope,
    pub monthly_fee: Money,
    /// Line kinds it can be added to (per-line add-ons).
    #[serde(default)]
    pub line_kinds: Vec<LineKind>,
    /// What a pack adds to the allowance.
    #[serde(default)]
    pub adds: Allowance,
    #[serde(default)]
    pub eligibility: Eligibility,
}

/// A handset sold under contract (终端合约): cheaper than retail when the line
/// stays on a plan of at least `min_monthly_fee` for `contract_months`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Handset {
    pub id: ItemId,
    pub name: Text,
    pub retail_price: Money,
    pub contract_price: Money,
    pub min_monthly_fee: Money,
    pub contract_months: u32,
    #[serde(default)]
    pub early_exit_fee: Money,
}

/// A one-off fee (installation, SIM card ...).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OneOffFee {
    pub id: ItemId,
    pub name: Text,
    pub amount: Money,
}
