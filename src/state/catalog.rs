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
        ActiveCatalog(Rc::new(crate::browser::json::default_tables()))
    }
}

/// The published tables: the editor's, or the built-in defaults when no
/// editor state exists (component tests).
#[yew::hook]
pub fn use_published() -> Rc<Catalog> {
    let editor = yew::use_context::<super::editor::EditorContext>();
    // Compared by pointer; the defaults are parsed only when there is no editor.
    let published = editor.map(|e| ActiveCatalog(e.published.clone()));
    (*yew::use_memo(published, |p| match p {
        Some(p) => p.0.clone(),
        None => Rc::new(crate::browser::json::default_tables()),
    }))
    .clone()
}

/// Whether the active tables differ from the published ones (a manager's
/// draft in use): the proposal then carries "not the published prices".
#[yew::hook]
pub fn use_prices_differ() -> bool {
    use proposal_engine::catalog::fingerprint;
    let active = yew::use_context::<ActiveCatalog>();
    let published = ActiveCatalog(use_published());
    *yew::use_memo((active, published), |(active, published)| {
        active
            .as_ref()
            .is_some_and(|a| fingerprint(&a.0) != fingerprint(&published.0))
    })
}
