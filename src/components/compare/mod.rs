//! The live comparison: today's bill and the ranked proposals.
pub mod authority;
pub mod breakdown;
pub mod current_bill;
pub mod draft_notice;
pub mod proposal_card;
