//! The editor's tabs: one per list of the tables ([`ItemList`]), then the
//! brand, with their labels and keys.
use proposal_engine::catalog::ItemList;

use crate::i18n::EditorMsg;

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

    pub fn label(self) -> EditorMsg {
        match self {
            Tab::List(ItemList::Plans) => EditorMsg::Plans,
            Tab::List(ItemList::Bundles) => EditorMsg::Bundles,
            Tab::List(ItemList::AddOns) => EditorMsg::AddOns,
            Tab::List(ItemList::Promotions) => EditorMsg::Promotions,
            Tab::List(ItemList::Handsets) => EditorMsg::Handsets,
            Tab::List(ItemList::Fees) => EditorMsg::Fees,
            Tab::List(ItemList::ExclusionGroups) => EditorMsg::Exclusions,
            Tab::Brand => EditorMsg::Brand,
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
