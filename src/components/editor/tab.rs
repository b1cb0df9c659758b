//! The item types the editor shows as tabs, with their labels and lists.
use crate::i18n::E;

/// The item types, in tab order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Plans,
    Bundles,
    AddOns,
    Promotions,
    Handsets,
    Fees,
    Exclusions,
    Brand,
}

impl Tab {
    pub const ALL: [Tab; 8] = [
        Tab::Plans,
        Tab::Bundles,
        Tab::AddOns,
        Tab::Promotions,
        Tab::Handsets,
        Tab::Fees,
        Tab::Exclusions,
        Tab::Brand,
    ];

    pub fn label(self) -> E {
        match self {
            Tab::Plans => E::Plans,
            Tab::Bundles => E::Bundles,
            Tab::AddOns => E::AddOns,
            Tab::Promotions => E::Promotions,
            Tab::Handsets => E::Handsets,
            Tab::Fees => E::Fees,
            Tab::Exclusions => E::Exclusions,
            Tab::Brand => E::Brand,
        }
    }

    /// The catalog's list name (`plans`), as in problem paths.
    pub fn list(self) -> &'static str {
        match self {
            Tab::Plans => "plans",
            Tab::Bundles => "bundles",
            Tab::AddOns => "addons",
            Tab::Promotions => "promotions",
            Tab::Handsets => "handsets",
            Tab::Fees => "fees",
            Tab::Exclusions => "exclusion_groups",
            Tab::Brand => "brand",
        }
    }
}
