//! Plans (套餐) and what any offer includes each month and charges beyond it.
use serde::{Deserialize, Serialize};

use super::{Eligibility, ItemId, LineKind};
use crate::money::Money;
use crate::text::Text;

/// What a plan, a bundle member or a pack includes each month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Allowance {
    /// Domestic call minutes (国内通话).
    pub domestic_min: u32,
    /// Long-distance minutes on top (长途); see `Rates::long_distance_per_min`.
    pub long_distance_min: u32,
    pub data_mb: u32,
    pub sms: u32,
}

impl Allowance {
    /// Adds what a pack brings.
    pub fn plus(self, other: Allowance) -> Allowance {
        Allowance {
            domestic_min: self.domestic_min.saturating_add(other.domestic_min),
            long_distance_min: self
                .long_distance_min
                .saturating_add(other.long_distance_min),
            data_mb: self.data_mb.saturating_add(other.data_mb),
            sms: self.sms.saturating_add(other.sms),
        }
    }

    /// `n` of this allowance (a pool of `n` members' shares).
    pub fn times(self, n: u32) -> Allowance {
        Allowance {
            domestic_min: self.domestic_min.saturating_mul(n),
            long_distance_min: self.long_distance_min.saturating_mul(n),
            data_mb: self.data_mb.saturating_mul(n),
            sms: self.sms.saturating_mul(n),
        }
    }
}

/// Prices beyond the allowance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Rates {
    pub domestic_per_min: Money,
    /// `None`: long-distance minutes count as domestic minutes (most current
    /// plans); `Some(rate)`: they are billed apart once the LD allowance is used.
    pub long_distance_per_min: Option<Money>,
    /// Per MB beyond the allowance (a cap per GB is expressed as its MB price).
    pub data_per_mb: Money,
    pub sms_each: Money,
}

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
