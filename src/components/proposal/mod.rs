//! The parts of the printable customer proposal (客户建议书), in the order
//! they print. Each renders a part of the engine's `ProposalDocument`.
pub mod closing;
pub mod considered;
pub mod costs;
pub mod disclosures;
pub mod doc_header;
pub mod packages;
pub mod rep_details;
pub mod savings;
pub mod share_block;
pub mod situation;

use std::rc::Rc;

use proposal_engine::ProposalDocument;
use yew::prelude::*;

/// The props of every part: the document, compared by pointer.
#[derive(Properties, Clone)]
pub struct DocProps {
    pub doc: Rc<ProposalDocument>,
}

impl PartialEq for DocProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
    }
}
