//! Promotions (优惠): each runs from `from_month` to `to_month` of the
//! proposal (1-based, inclusive) on the plans and bundles it names. Every kind
//! only ever lowers a bill, so taking an eligible promotion never costs more.
use serde::{Deserialize, Serialize};

use super::rules::{CreditBasis, FeeRole, FeeRoles, LinesCounted};
use super::{Eligibility, ItemId};
use crate::money::{Bps, Money};
use crate::text::Text;

/// A volume tier: from `min_lines` lines on the account, `discount` off fees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VolumeTier {
    pub min_lines: u32,
    pub discount: Bps,
}

/// What a promotion does in each of its months.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PromotionKind {
    /// The monthly fees are waived (免费三个月或半年).
    FreeMonths,
    /// `discount` off the monthly fees.
    PercentOff { discount: Bps },
    /// Pay `prepay` up front as account balance; get `credit_per_month` back
    /// each month (一次预存，按月赠送).
    PrepayCredit {
        prepay: Money,
        credit_per_month: Money,
    },
    /// A monthly credit for customers of long standing (网龄).
    TenureCredit {
        min_tenure_months: u32,
        credit_per_month: Money,
    },
    /// Off the monthly fees by the number of lines on the account (多户办理，集中优惠).
    VolumeDiscount { tiers: Vec<VolumeTier> },
}

impl PromotionKind {
    /// A credit gift (prepay or tenure), as opposed to a fee reduction.
    pub fn is_credit(&self) -> bool {
        matches!(
            self,
            PromotionKind::PrepayCredit { .. } | PromotionKind::TenureCredit { .. }
        )
    }
}

/// A promotion and where it applies.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Promotion {
    pub id: ItemId,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    pub kind: PromotionKind,
    /// Plans and bundles it applies to; empty: all of them.
    #[serde(default)]
    pub applies_to: Vec<ItemId>,
    pub from_month: u32,
    pub to_month: u32,
    #[serde(default)]
    pub eligibility: Eligibility,
    /// Discount authority needed to grant it (价格优惠权限): 1 any rep, 2
    /// supervisor, 3 manager.
    #[serde(default = "one")]
    pub authority_level: u8,
    /// Which fees it touches; absent: plan, bundle and member fees.
    #[serde(default, skip_serializing_if = "super::rules::is_default")]
    pub fees: FeeRoles,
    /// A credit gift: per billing unit or once per account; absent: per unit.
    #[serde(default, skip_serializing_if = "super::rules::is_default")]
    pub credit_per: CreditBasis,
    /// A volume discount's tier: every line or the moved lines; absent: every line.
    #[serde(default, skip_serializing_if = "super::rules::is_default")]
    pub lines_counted: LinesCounted,
    /// 整体办理: only when every line moves onto the operator's packages
    /// (no line kept); absent: no such condition.
    #[serde(default, skip_serializing_if = "super::rules::is_default")]
    pub whole_account: bool,
}

/// A promotion with nothing set (free months in month 1, any rep, every
/// rule at its serde default): the start for tests and the editor's "new".
impl Default for Promotion {
    fn default() -> Promotion {
        Promotion {
            id: ItemId::default(),
            name: Text::default(),
            description: Text::default(),
            kind: PromotionKind::FreeMonths,
            applies_to: Vec::new(),
            from_month: 1,
            to_month: 1,
            eligibility: Eligibility::default(),
            authority_level: 1,
            fees: FeeRoles::default(),
            credit_per: CreditBasis::default(),
            lines_counted: LinesCounted::default(),
            whole_account: false,
        }
    }
}

fn one() -> u8 {
    1
}

impl Promotion {
    pub fn applies_to(&self, item: &ItemId) -> bool {
        self.applies_to.is_empty() || self.applies_to.contains(item)
    }

    /// Whether it touches a unit on `item` carrying a `role` fee.
    pub fn applies_to_unit(&self, item: &ItemId, role: FeeRole) -> bool {
        self.applies_to(item) && self.fees.touches(role)
    }

    /// Whether it does anything to a unit on `item` carrying a `role` fee:
    /// touches that fee (a credit never lands on a member), or reduces the
    /// line's add-on fees (`fees.addons`: a line on a plan or a member; a
    /// credit never does, validated).
    pub fn touches_unit(&self, item: &ItemId, role: FeeRole) -> bool {
        let credit = self.kind.is_credit();
        let fee = self.applies_to_unit(item, role) && !(credit && role == FeeRole::Member);
        let addons =
            self.fees.addons && !credit && role != FeeRole::Bundle && self.applies_to(item);
        fee || addons
    }

    /// A credit gift counted once per account.
    pub fn is_account_credit(&self) -> bool {
        self.kind.is_credit() && self.credit_per == CreditBasis::Account
    }

    pub fn active_in(&self, month: u32) -> bool {
        (self.from_month..=self.to_month).contains(&month)
    }
}
