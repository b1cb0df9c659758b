//! Each item type's field table for the form ([`super::form::Item`]):
//! plans (also the CSV's columns), bundles, add-ons, promotions, handsets
//! and one-off fees, exclusion groups, the brand.
/// `Item::LIST`, `Item::at`, `Item::at_mut` and `Item::title` (its name)
/// for an item type kept in the list `$list` (`Catalog::$field`).
macro_rules! list_item {
    ($list:expr, $field:ident) => {
        const LIST: &'static str = $list.key();
        fn at(c: &Catalog, index: usize) -> Option<&Self> {
            c.$field.get(index)
        }
        fn at_mut(c: &mut Catalog, index: usize) -> Option<&mut Self> {
            c.$field.get_mut(index)
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
pub mod policy;
pub mod promotion;
pub mod promotion_kind;
pub mod table_rules;
pub mod volume_tiers;

/// Host tests (the storage stand-in exists only off wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
