//! The rules a promotion leaves open unless the tables state them (issue 13):
//! which fees it touches, whether a credit counts once per account or per
//! billing unit, which lines a volume tier counts, whether every line must
//! move; and, once for the whole tables, how two percentages in one month
//! combine and which bill the credit cap is measured on. Each field's serde
//! default is the engine's behaviour before the field existed, so stored and
//! imported tables without it price exactly as they did; the default tables
//! state every field explicitly, set the way a Chinese operator does (an
//! export writes only those that differ from the default: `is_default`).
use serde::{Deserialize, Serialize};

mod bundle_setting;
mod fee_setting;
mod list;
mod per_item;
mod setting;
pub use list::{pricing_rules, rule_table_headings, PricingRule, RuleField};

/// Whether a rule is at its serde default (the behaviour before it was a
/// field): then it is not written, so tables made before the field keep
/// their canonical JSON, hence their fingerprint, and their links open as
/// "the same tables".
pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// Which monthly fees a promotion touches (`fees`): a plan line's fee, a
/// bundle instance's own fee, a bundle member's fee, and (`addons`) the
/// monthly add-on fees of a line on a plan or in a bundle it applies to
/// (its packs and line features). Usage is never touched. A credit lands
/// only on plan lines and bundle instances (a member is billed with its
/// instance), so for a credit `members` has no effect, and `addons` is for
/// fee reductions only (free months, percentage and volume discounts;
/// validated). Absent: plan, bundle and members (as before); `addons`
/// absent: false, and not written when false, so tables made before it
/// keep their canonical JSON and fingerprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FeeRoles {
    pub plan: bool,
    pub bundle: bool,
    pub members: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub addons: bool,
}

impl Default for FeeRoles {
    fn default() -> FeeRoles {
        FeeRoles {
            plan: true,
            bundle: true,
            members: true,
            addons: false,
        }
    }
}

/// Whose fee a billing unit carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeRole {
    Plan,
    Bundle,
    Member,
}

impl FeeRoles {
    pub fn touches(&self, role: FeeRole) -> bool {
        match role {
            FeeRole::Plan => self.plan,
            FeeRole::Bundle => self.bundle,
            FeeRole::Member => self.members,
        }
    }
}

/// How often a credit gift counts (`credit_per`): on each billing unit it
/// applies to (each plan line, each bundle instance), or once a month for
/// the whole account (网龄赠费 is per customer). Absent: per unit (as before).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditBasis {
    #[default]
    Unit,
    Account,
}

/// Which lines a volume discount's tier counts (`lines_counted`): every
/// line of the customer, or only the lines the proposal moves onto the
/// operator's packages (a plan or a bundle; a kept line does not count).
/// Absent: all lines (as before).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinesCounted {
    #[default]
    All,
    Moved,
}

/// How two percentage discounts active in the same month combine
/// (`policy.stacking`): each off what the one before left (compound, 折上折:
/// 10% and 5% take 14.5%), or added first (10% + 5% = 15%, at most 100%).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stacking {
    #[default]
    Compound,
    Add,
}

/// Which bill the credit cap (`credit_cap`, 送话费不超当月话费50%) is measured
/// on (`policy.credit_cap_on`): each billing unit's own bill, or the
/// account's whole new bill that month (every unit but kept lines). A credit
/// counted per account is always capped on the account's bill. Absent: the
/// unit's bill (as before).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapBase {
    #[default]
    Unit,
    Account,
}

/// The tables' one policy for every promotion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    pub stacking: Stacking,
    pub credit_cap_on: CapBase,
}
