//! The live comparison: today's bill and the ranked proposals, the pinned
//! bar of a portrait screen and the share panel.
pub mod authority;
pub mod best_bar;
pub mod breakdown;
pub mod current_bill;
pub mod draft_notice;
pub mod history_notice;
pub mod proposal_card;
pub mod share_panel;
pub mod tables_in_use;
