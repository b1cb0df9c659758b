//! The fees paid once, in the start month (month 1 unless the proposal
//! starts later, `start.rs`): a type of their own, so the units that
//! charge them (`units.rs`) and the priced result (`priced.rs`) both use it
//! without importing each other.
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::text::Text;

/// What a one-off is, so the proposal can group and explain it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OneOffKind {
    /// Installation, SIM card and other one-off fees of the tables.
    Fee,
    /// A handset, at contract or retail price.
    Handset,
    /// The early-exit fee of the customer's current contract.
    ExitFee,
}

/// A fee paid once, in the proposal's start month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OneOff {
    pub kind: OneOffKind,
    pub label: Text,
    pub amount: Money,
}
