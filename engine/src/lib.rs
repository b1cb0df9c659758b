//! The proposal calculator's engine: money, package tables, customer intake,
//! pricing, optimisation and the proposal model. Plain Rust so it is tested
//! natively and shared unchanged by the browser app and the command-line tool.
#![forbid(unsafe_code)]

pub mod book;
pub mod catalog;
pub mod csv;
pub mod customer;
pub mod date;
pub mod document;
pub mod figures;
pub mod limits;
pub mod money;
pub mod optimize;
pub mod pricing;
pub mod problem;
pub mod screen;
pub mod share;
pub mod spreadsheet;
pub mod stored;
pub mod text;
#[cfg(feature = "workbook")]
pub mod workbook;

pub use catalog::{
    catalog_warnings, default_catalog, validate_catalog, Catalog, CatalogRef, ItemId, LineKind,
};
pub use customer::{validate_customer, validate_customer_for, Customer, LineOrigin};
pub use date::Date;
pub use document::{build_document, ProposalDocument};
pub use figures::FieldProblem;
pub use money::{Bps, Money};
pub use optimize::{
    describe_proposal, optimize, Alternative, Badge, Objective, Options, Proposals,
};
pub use pricing::{price, Assignment, LineChoice, Priced, Proposal, Rejection};
pub use problem::Problem;
pub use text::{Lang, Text};
