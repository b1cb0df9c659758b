//! The pinned bar of the counter on a portrait tablet and a phone (issue
//! 14): while the rep types in the line cards, far above the proposals, the
//! bar keeps the recommended proposal's name and its saving in sight. Its
//! saving is the card's own figure ([`card_figures`]: the same label and the
//! same amount as the first card), never today's bill.
use crate::optimize::Proposals;
use crate::screen::figures::{card_figures, Figure};
use crate::text::Text;
use crate::Catalog;

/// What the bar shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BestBar {
    /// "推荐" over a switch, "保持现有套餐最划算" when nothing costs less.
    pub lead: Text,
    /// The recommended proposal's title, as its card shows it.
    pub name: Text,
    /// The first card's average saving a month, label and amount.
    pub saving: Figure,
    /// The recommendation is to keep what the customer has.
    pub keep: bool,
}

/// The bar of `proposals`: the recommendation ([`Proposals::recommended`]),
/// the card the counter shows first.
pub fn best_bar(catalog: &Catalog, proposals: &Proposals) -> BestBar {
    let (best, keep) = proposals.recommended();
    let lead = if keep {
        Text::new("现有套餐最划算", "Keeping is cheapest")
    } else {
        Text::new("推荐", "Recommended")
    };
    BestBar {
        lead,
        name: best.title.clone(),
        saving: card_figures(catalog, best).average_saving,
        keep,
    }
}
