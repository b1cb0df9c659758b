//! A proposal a rep saved under an earlier published version of the tables,
//! re-priced under the current ones when the rep asks (after its validity
//! date the counter offers it): the same packages when the current tables
//! still offer them to this customer today, else the engine's best, and the
//! difference in saving over the horizon, in the words the phone uses for a
//! link (`price_book::repriced_difference`).
use super::price_book::repriced_difference;
use crate::catalog::Catalog;
use crate::customer::Customer;
use crate::optimize::{describe_proposal, optimize, Options};
use crate::pricing::Proposal;
use crate::text::Text;

/// What re-pricing a saved proposal gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Repriced {
    /// The proposal to choose under the current tables.
    pub proposal: Proposal,
    /// "按现行价格：24 个月共节省 …（原为 …，少 …）", and whether the same
    /// packages could be kept.
    pub words: Text,
}

/// `chosen`, priced under `old` when it was saved, re-priced for `customer`
/// under `current` with `options` (their date: the day it is re-priced).
/// `None` when the saved proposal cannot be priced under its own tables or
/// nothing can be proposed under the current ones.
pub fn reprice_saved(
    old: &Catalog,
    current: &Catalog,
    customer: &Customer,
    chosen: &Proposal,
    options: &Options,
) -> Option<Repriced> {
    // Priced as it was made: what was on sale then is not judged today.
    let then = Options {
        date: None,
        ..options.clone()
    };
    let before = describe_proposal(old, customer, chosen, &then).ok()?;
    let (after, kept) = match describe_proposal(current, customer, chosen, options) {
        Ok(same) => (same, true),
        Err(_) => {
            let found = optimize(current, customer, options).ok()?;
            (found.alternatives.into_iter().next()?, false)
        }
    };
    let difference = repriced_difference(
        options.horizon,
        before.priced.savings.horizon,
        after.priced.savings.horizon,
    );
    let how = if kept {
        Text::new("同一套餐组合", "the same packages")
    } else {
        Text::new(
            "原套餐组合已不再办理，改为现行最优方案",
            "the packages are no longer offered: the best current proposal instead",
        )
    };
    Some(Repriced {
        proposal: after.proposal,
        words: Text::new(
            format!("{}（{}）", difference.zh, how.zh),
            format!("{} ({})", difference.en, how.en),
        ),
    })
}
