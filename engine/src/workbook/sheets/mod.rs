//! Every sheet of the workbook, in the order the workbook has them.
mod parts;

pub mod addons;
pub mod brand;
pub mod bundles;
pub mod others;
pub mod plans;
pub mod promotions;
