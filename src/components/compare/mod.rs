//! The live comparison: today's bill and the ranked proposals.
pub mod breakdown;
pub mod current_bill;
pub mod proposal_card;
