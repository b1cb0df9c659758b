//! Each item type's fields for the form ([`super::form::Item`]): plans (also
//! the CSV's columns), bundles, add-ons, promotions, handsets and one-off
//! fees, exclusion groups, the brand.
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
