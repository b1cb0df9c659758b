//! The editor's tabs: one per list of the tables ([`ItemList`]), then the
//! brand, with their labels and keys.
use proposal_engine::catalog::ItemList;

use crate::i18n::E;

/// One tab.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    List(ItemList),
    Brand,
}

impl Tab {
    /// Every tab, in order: the lists, then the brand.
    pub fn all() -> impl Iterator<Item = Tab> {
        ItemList::ALL.into_iter().map(Tab::List).chain([Tab::Brand])
    }

    pub fn label(self) -> E {
        match self {
            Tab::List(ItemList::Plans) => E::Plans,
            Tab::List(ItemList::Bundles) => E::Bundles,
            Tab::List(ItemList::AddOns) => E::AddOns,
            Tab::List(ItemList::Promotions) => E::Promotions,
            Tab::List(ItemList::Handsets) => E::Handsets,
            Tab::List(ItemList::Fees) => E::Fees,
            Tab::List(ItemList::ExclusionGroups) => E::Exclusions,
            Tab::Brand => E::Brand,
        }
    }

    /// The tab's key in the tables (`plans`, `brand`), as in problem paths.
    pub fn list(self) -> &'static str {
        match self {
            Tab::List(list) => list.key(),
            Tab::Brand => "brand",
        }
    }
}
