//! Each item type's fields for the form ([`super::form::Item`]): plans (also
//! the CSV's columns), bundles, add-ons, promotions, handsets and one-off
//! fees, exclusion groups, the brand.
/// `Item::at`, `Item::at_mut` and `Item::title` (its name) for a named item
/// type kept in `Catalog::$list`.
macro_rules! list_access {
    ($list:ident) => {
        fn at(c: &Catalog, index: usize) -> Option<&Self> {
            c.$list.get(index)
        }
        fn at_mut(c: &mut Catalog, index: usize) -> Option<&mut Self> {
            c.$list.get_mut(index)
        }
        fn title(&self, lang: Lang) -> String {
            self.name.get(lang).to_string()
        }
    };
}

pub mod addon;
pub mod brand;
pub mod bundle;
pub mod bundle_slot;
pub mod exclusion;
pub mod handset;
pub mod plan;
pub mod promotion;
pub mod promotion_kind;
pub mod volume_tiers;
