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

/// Which of the fees `ids` (a plan's or a bundle's `one_off_fees`) are due,
/// and for whom (`OneOffFee::line_kinds`, `origins`): the rule shared by
/// pricing (`units.rs`) and the search, so both charge the same fees.
pub mod due {
    use crate::catalog::{Catalog, ItemId, OneOffFee};
    use crate::customer::Line;

    fn fees<'c>(catalog: &'c Catalog, ids: &'c [ItemId]) -> impl Iterator<Item = &'c OneOffFee> {
        ids.iter().filter_map(|id| catalog.fee(id))
    }

    /// The fees a line on a plan listing `ids` pays.
    pub fn on_plan<'c>(
        catalog: &'c Catalog,
        ids: &'c [ItemId],
        line: &'c Line,
    ) -> impl Iterator<Item = &'c OneOffFee> {
        fees(catalog, ids).filter(|f| f.applies_to(line.kind, line.origin))
    }

    /// The fees a member of a bundle listing `ids` pays (those for its kind
    /// and origin; a fee for no kind is the instance's).
    pub fn as_member<'c>(
        catalog: &'c Catalog,
        ids: &'c [ItemId],
        line: &'c Line,
    ) -> impl Iterator<Item = &'c OneOffFee> {
        on_plan(catalog, ids, line).filter(|f| !f.per_instance())
    }

    /// The fees a bundle listing `ids` charges once per instance.
    pub fn per_instance<'c>(
        catalog: &'c Catalog,
        ids: &'c [ItemId],
    ) -> impl Iterator<Item = &'c OneOffFee> {
        fees(catalog, ids).filter(|f| f.per_instance())
    }

    /// Their sum, in fen.
    pub fn sum<'c>(fees: impl Iterator<Item = &'c OneOffFee>) -> i64 {
        fees.map(|f| f.amount.0).fold(0i64, i64::saturating_add)
    }
}
