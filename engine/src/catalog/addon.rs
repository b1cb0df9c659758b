//! Add-ons (增值业务 / 叠加包), handsets under contract and one-off fees.
use serde::{Deserialize, Serialize};

use super::{Allowance, Eligibility, ItemId, LineKind};
use crate::customer::LineOrigin;
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

/// A one-off fee (installation, SIM card ...), due in the start month where
/// a plan or bundle lists it, for the lines it names (issue 13: only where
/// something new is installed). Both fields absent: due once per plan line
/// and once per bundle instance, whatever the line, as before they existed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OneOffFee {
    pub id: ItemId,
    pub name: Text,
    pub amount: Money,
    /// The line kinds it is for (`line_kinds`). On a plan: due on a line of
    /// these kinds; on a bundle: once per member of these kinds. Empty: any
    /// kind on a plan, once per instance on a bundle.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub line_kinds: Vec<LineKind>,
    /// Which lines pay it, by where they are today (`origins`: 本网, 异网,
    /// 新装). Empty: every line. Validated: only with `line_kinds` (a fee
    /// once per instance has no line to take the origin of).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub origins: Vec<LineOrigin>,
}

impl OneOffFee {
    /// Whether a line of `kind` from `origin` pays this fee where its plan
    /// or bundle lists it (a fee for no kind on a bundle is the instance's).
    pub fn applies_to(&self, kind: LineKind, origin: LineOrigin) -> bool {
        (self.line_kinds.is_empty() || self.line_kinds.contains(&kind))
            && (self.origins.is_empty() || self.origins.contains(&origin))
    }

    /// Due once per bundle instance rather than per member.
    pub fn per_instance(&self) -> bool {
        self.line_kinds.is_empty()
    }
}
