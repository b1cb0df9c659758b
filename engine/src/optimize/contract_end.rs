//! Switching at the current contract's end: when the customer's contract
//! has months left and an exit fee, the cheapest proposal that starts the
//! new packages in month `months_left + 1` (today's bill until then, no
//! exit fee), offered beside switching now.
//!
//! Why it is exact: by the start-month rule (`pricing/start.rs`), a proposal
//! starting in month `s` over `h` months costs `(s − 1) × today's bill` plus
//! the same proposal started now over `h − s + 1` months, without the exit
//! fee. The first term and the missing exit fee are the same for every
//! changed proposal, so the cheapest proposal starting in `s` is exactly the
//! search's cheapest over the shorter horizon `h − s + 1`, started in `s`.
//! (`engine/tests/exactness.rs` checks it against the brute force, started
//! in `s` too.)
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Plan};
use crate::customer::Customer;
use crate::document::start_words;
use crate::money::Money;
use crate::pricing::{contract_end_start, price, Priced, Proposal};
use crate::text::Text;

use super::options::Options;
use super::search::{Search, Solution};
use super::Eligible;

/// The cheapest changed proposal starting at the contract's end; `None`
/// without a contract and exit fee, or when the contract outlasts the horizon.
pub fn at_contract_end(
    catalog: &Catalog,
    customer: &Customer,
    options: &Options,
    eligible: &Eligible,
) -> Option<Proposal> {
    at_contract_end_solution(catalog, customer, options, eligible).map(|s| s.proposal)
}

/// `at_contract_end` with the search's cost and lower bound, over the
/// months from the start (so `cost − bound` is how far it may be from the
/// least of the proposals starting then).
pub fn at_contract_end_solution(
    catalog: &Catalog,
    customer: &Customer,
    options: &Options,
    eligible: &Eligible,
) -> Option<Solution> {
    later(customer, options, |shorter| {
        Search::new(catalog, customer, shorter, eligible)
            .run(&|_: &Plan| true)
            .any
    })
}

/// `at_contract_end_solution` for the customer of `search` (switching now),
/// sharing its usage tables and one-offs, which do not depend on the horizon.
pub(super) fn at_contract_end_sharing(search: &Search, options: &Options) -> Option<Solution> {
    later(search.customer(), options, |shorter| {
        search.sharing(shorter).run(&|_: &Plan| true).any
    })
}

/// The cheapest proposal found by `search` over the months from the
/// contract's end, started then.
fn later(
    customer: &Customer,
    options: &Options,
    search: impl FnOnce(&Options) -> Option<Solution>,
) -> Option<Solution> {
    let start = contract_end_start(customer)?;
    let horizon = options.horizon.max(1);
    if start > horizon {
        return None;
    }
    let shorter = Options {
        horizon: horizon - start + 1,
        ..options.clone()
    };
    let best = search(&shorter)?;
    Some(Solution {
        proposal: Proposal {
            start_month: start,
            ..best.proposal
        },
        ..best
    })
}

/// What waiting for the contract's end saves against switching now at
/// `now` (positive: waiting is cheaper), over the same horizon.
pub fn extra_saving(later: &Priced, now: &Priced) -> Money {
    Money(now.total.0.saturating_sub(later.total.0))
}

/// An alternative that starts after month 1: when, and what waiting saves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LaterStart {
    /// The month its new packages start (`Proposal::start_month`).
    pub start_month: u32,
    /// The same packages switched now, over the same horizon, less this
    /// alternative's total: what waiting saves (negative: it costs more).
    pub extra_saving: Money,
    /// The current contract's exit fee that waiting avoids (0 if still due).
    pub exit_fee_avoided: Money,
    /// A short tag: "第 6 个月起办理（合约到期后）".
    pub label: Text,
    /// The sentence a rep reads out, with the extra saving.
    pub words: Text,
}

/// The later start of `proposal` (priced as `priced`), against the same
/// packages switched now; `None` when it starts now.
pub fn later_start(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &Proposal,
    priced: &Priced,
) -> Option<LaterStart> {
    let start_month = proposal.start_month;
    if start_month <= 1 {
        return None;
    }
    let now = Proposal {
        start_month: 1,
        ..proposal.clone()
    };
    let extra = price(catalog, customer, &now, Some(priced.horizon))
        .map_or(Money::ZERO, |n| extra_saving(priced, &n));
    let avoided = if start_month > customer.contract.months_left {
        customer.contract.exit_fee
    } else {
        Money::ZERO
    };
    let (label, words) =
        start_words::later_start_words(customer, start_month, priced.horizon, extra, avoided);
    Some(LaterStart {
        start_month,
        extra_saving: extra,
        exit_fee_avoided: avoided,
        label,
        words,
    })
}
