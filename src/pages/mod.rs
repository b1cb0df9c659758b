//! One file per route.
pub mod counter;
pub mod elsewhere;
pub mod not_found;
pub mod proposal;
pub mod shared;
pub mod tables;
