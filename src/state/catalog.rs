//! The package tables in use: the published defaults until a manager's
//! tables are loaded. Compared by pointer, so a render never deep-compares.
use std::rc::Rc;

use proposal_engine::Catalog;

/// The active catalog, shared through context.
#[derive(Clone, Debug)]
pub struct ActiveCatalog(pub Rc<Catalog>);

impl PartialEq for ActiveCatalog {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl ActiveCatalog {
    pub fn published() -> ActiveCatalog {
        ActiveCatalog(Rc::new(proposal_engine::default_catalog()))
    }
}
