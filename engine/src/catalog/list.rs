//! The tables' item lists, declared once: each list's key (in the tables'
//! JSON and in problem paths, `plans[2].monthly_fee`) and its items' ids.
//! A new list in [`Catalog`] fails the test below until it is named here;
//! naming it here makes every `match` over the lists (the editor's tabs,
//! tables and forms) a compile error until it is handled there too.
use super::{Catalog, ItemId};

/// One list of items in the tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemList {
    Plans,
    Bundles,
    AddOns,
    Promotions,
    Handsets,
    Fees,
    ExclusionGroups,
}

impl ItemList {
    /// Every list, in the tables' order.
    pub const ALL: [ItemList; 7] = [
        ItemList::Plans,
        ItemList::Bundles,
        ItemList::AddOns,
        ItemList::Promotions,
        ItemList::Handsets,
        ItemList::Fees,
        ItemList::ExclusionGroups,
    ];

    /// The list's key in the tables' JSON and in problem paths.
    pub const fn key(self) -> &'static str {
        match self {
            ItemList::Plans => "plans",
            ItemList::Bundles => "bundles",
            ItemList::AddOns => "addons",
            ItemList::Promotions => "promotions",
            ItemList::Handsets => "handsets",
            ItemList::Fees => "fees",
            ItemList::ExclusionGroups => "exclusion_groups",
        }
    }

    /// The ids of the list's items, in order.
    pub fn ids(self, c: &Catalog) -> Vec<&ItemId> {
        fn ids<T>(items: &[T], id: fn(&T) -> &ItemId) -> Vec<&ItemId> {
            items.iter().map(id).collect()
        }
        match self {
            ItemList::Plans => ids(&c.plans, |x| &x.id),
            ItemList::Bundles => ids(&c.bundles, |x| &x.id),
            ItemList::AddOns => ids(&c.addons, |x| &x.id),
            ItemList::Promotions => ids(&c.promotions, |x| &x.id),
            ItemList::Handsets => ids(&c.handsets, |x| &x.id),
            ItemList::Fees => ids(&c.fees, |x| &x.id),
            ItemList::ExclusionGroups => ids(&c.exclusion_groups, |x| &x.id),
        }
    }

    /// The path of item `index` in problems: `plans[2]`.
    pub fn path(self, index: usize) -> String {
        format!("{}[{index}]", self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::ItemList;
    use crate::catalog::CatalogPatch;

    #[test]
    fn every_list_of_the_tables_is_named_once_in_order() {
        let json = serde_json::to_value(crate::default_catalog()).unwrap();
        let lists: Vec<&str> = json
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, v)| v.is_array())
            .map(|(k, _)| k.as_str())
            .collect();
        let mut named: Vec<&str> = ItemList::ALL.iter().map(|l| l.key()).collect();
        named.sort_unstable();
        let mut lists = lists;
        lists.sort_unstable();
        assert_eq!(lists, named);
    }

    #[test]
    fn every_list_has_items_by_id_and_travels_in_a_patch() {
        let base = crate::catalog::Catalog {
            plans: vec![],
            bundles: vec![],
            addons: vec![],
            promotions: vec![],
            handsets: vec![],
            fees: vec![],
            exclusion_groups: vec![],
            ..crate::default_catalog()
        };
        let full = crate::default_catalog();
        let patch = serde_json::to_value(CatalogPatch::between(&base, &full)).unwrap();
        for list in ItemList::ALL {
            let ids = list.ids(&full);
            assert!(!ids.is_empty(), "{list:?}: the shipped tables have some");
            assert_eq!(
                patch[list.key()].as_array().map(Vec::len),
                Some(ids.len()),
                "{list:?} is carried by a patch"
            );
        }
        assert_eq!(ItemList::Plans.path(2), "plans[2]");
    }
}
