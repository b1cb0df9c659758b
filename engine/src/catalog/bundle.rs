//! Converged bundles (融合套餐): lines of several kinds under one fee.
use serde::{Deserialize, Serialize};

use super::rules::is_default;
use super::{Allowance, Eligibility, ItemId, LineKind, Rates};
use crate::money::Money;
use crate::text::Text;

/// Which of a member's calls to the customer's own lines a bundle makes
/// free (when `free_calls_among_members`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FreeCallScope {
    /// The member's whole share of calls to the customer's own lines, in
    /// the bundle or not: what tables without the field meant.
    #[default]
    AllOwnLines,
    /// Only calls to the other members of the same instance (成员间互打免费):
    /// the share of own calls times the customer's other voice lines in the
    /// instance over all its other voice lines. Needs `max_instances` 1
    /// (validated): the exact search relies on it.
    SameInstance,
}

/// What counts toward a contract handset's minimum monthly fee
/// (`Handset::min_monthly_fee`) for a member of a bundle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HandsetFeeShare {
    /// The member's own fee only (`Slot::member_fee`): what tables without
    /// the field meant (a handset in a bundle with ¥0 members is at retail).
    #[default]
    MemberFee,
    /// The member's fee plus its share of the instance's own fee
    /// (`monthly_fee` ÷ the instance's members, every kind, rounded down to
    /// the fen): 融合套餐月费按成员分摊计入合约最低消费. Needs `max_instances` 1
    /// (validated): the exact search tries every member count of the one
    /// instance.
    Shared,
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
    /// Each member's share of the bundle's pool. Shares are not pooled across
    /// members when priced, so a proposal never overstates a saving and each
    /// line's cost stays independent of the others (the optimizer relies on it).
    #[serde(default)]
    pub allowance: Allowance,
    #[serde(default)]
    pub speed_mbps: u32,
    /// The first this many members of this slot in each instance (in the
    /// intake's order) pay no member fee (主卡免费: the family bundle's main
    /// card). Absent: 0, every member pays (what tables without it meant).
    #[serde(default, skip_serializing_if = "is_default")]
    pub free_members: u32,
}

impl Slot {
    /// The member fee of the `seat`-th member (0-based, intake order) of
    /// this slot in its instance.
    pub fn fee_of_seat(&self, seat: u32) -> Money {
        if seat < self.free_members {
            Money::ZERO
        } else {
            self.member_fee
        }
    }
}

/// A converged bundle, e.g. one landline binding up to five mobiles with
/// calls among them free (商航套餐), or broadband + mobiles (沃商务).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Bundle {
    pub id: ItemId,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    /// The monthly fee of one instance, members' own fees aside.
    pub monthly_fee: Money,
    pub slots: Vec<Slot>,
    /// Calls between members are free: the member's share of calls to the
    /// customer's own lines (within `free_calls_scope`) uses no minutes.
    #[serde(default)]
    pub free_calls_among_members: bool,
    /// Which calls `free_calls_among_members` makes free.
    #[serde(default, skip_serializing_if = "is_default")]
    pub free_calls_scope: FreeCallScope,
    /// Whether long-distance calls among members are free too (else only
    /// domestic minutes). `false` in tables without it.
    #[serde(default, skip_serializing_if = "is_default")]
    pub free_calls_long_distance: bool,
    /// At most this many instances per account (每户限办); 0: no limit.
    #[serde(default, skip_serializing_if = "is_default")]
    pub max_instances: u32,
    /// What counts toward a member's contract handset minimum.
    #[serde(default, skip_serializing_if = "is_default")]
    pub handset_fee_share: HandsetFeeShare,
    #[serde(default)]
    pub rates: Rates,
    #[serde(default)]
    pub contract_months: u32,
    #[serde(default)]
    pub early_exit_fee: Money,
    /// Feature add-ons (switchboard, ring-back tone ...) included at no fee.
    #[serde(default)]
    pub includes: Vec<ItemId>,
    /// One-off fees per instance (installation ...).
    #[serde(default)]
    pub one_off_fees: Vec<ItemId>,
    #[serde(default)]
    pub eligibility: Eligibility,
}

impl Bundle {
    /// What counts toward a contract handset's minimum for a member of
    /// `kind` in an instance of `members` members (`handset_fee_share`).
    pub fn handset_committed_fee(&self, kind: LineKind, members: u32) -> Money {
        let own = self.slot(kind).map_or(Money::ZERO, |s| s.member_fee);
        match self.handset_fee_share {
            HandsetFeeShare::MemberFee => own,
            HandsetFeeShare::Shared => Money(
                own.0
                    .saturating_add(self.monthly_fee.0 / i64::from(members.max(1))),
            ),
        }
    }

    /// The slot lines of `kind` join, if the bundle takes that kind.
    pub fn slot(&self, kind: LineKind) -> Option<&Slot> {
        self.slots.iter().find(|s| s.kind == kind)
    }

    /// The whole pool of one full instance: every slot's share times its max.
    pub fn pool(&self) -> Allowance {
        self.slots.iter().fold(Allowance::default(), |pool, s| {
            pool.plus(s.allowance.times(s.max))
        })
    }
}
