//! Add-ons (增值业务 / 叠加包), handsets under contract and one-off fees.
use serde::{Deserialize, Serialize};

use super::{Allowance, Eligibility, ItemId, LineKind};
use crate::money::Money;
use crate::text::Text;

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

/// An add-on: a pack that adds allowance, or a feature a customer needs.
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

/// A one-off fee (installation, SIM card ...), due in month 1.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OneOffFee {
    pub id: ItemId,
    pub name: Text,
    pub amount: Money,
}
