//! Which tables a session prices with, the same on the counter, the
//! proposal page and in the customer book: a link's edited prices, over the
//! published version its proposal was priced with while this device keeps
//! it (a proposal reopened after a newer version is published keeps its
//! prices, marked), else the app's tables.
use std::rc::Rc;

use proposal_engine::screen::link::edited_tables_with;
use proposal_engine::screen::session::SessionView;
use proposal_engine::{Catalog, CatalogRef, Proposal};
use yew::prelude::*;

use super::catalog::ActiveCatalog;
use super::session::{Session, SessionAction, SessionContext};

/// The tables the session is priced with, the same on the counter and the
/// proposal page: a link's edited prices rebuilt over `active` (the engine's
/// rule), else `active` itself.
#[hook]
pub fn use_session_tables(session: &Session, active: ActiveCatalog) -> ActiveCatalog {
    let key = (
        session.link_patch.clone(),
        session.link_tables.clone(),
        active,
    );
    (*use_memo(key, |(patch, version, active)| {
        session_tables(patch, version.as_ref(), active)
    }))
    .clone()
}

/// The tables a session prices with: the earlier version it names when
/// this device keeps it (else the app's), with the link's edits.
pub fn session_tables(
    patch: &str,
    version: Option<&CatalogRef>,
    active: &ActiveCatalog,
) -> ActiveCatalog {
    own_tables(patch, version, &active.0)
        .map_or_else(|| active.clone(), |t| ActiveCatalog(Rc::new(t)))
}

/// [`session_tables`] when they are not `active` itself: `None` prices
/// with the app's tables.
pub fn own_tables(patch: &str, version: Option<&CatalogRef>, active: &Catalog) -> Option<Catalog> {
    let earlier = version
        .filter(|v| v.version != active.version)
        .and_then(crate::state::editor::versions::stored_link_version);
    let base = earlier.as_ref().unwrap_or(active);
    edited_tables_with(base, patch, crate::browser::json::parse_patch).or(earlier)
}

/// The earlier published version the session is priced with (`catalog`,
/// from [`session_tables`]), when it is one: the counter and the proposal
/// page mark it. Never a rep's draft prices, whatever version they state.
pub fn earlier_in_use<'a>(
    session: &'a Session,
    catalog: &Catalog,
    current: &Catalog,
) -> Option<&'a CatalogRef> {
    session
        .link_tables
        .as_ref()
        .filter(|r| r.version == catalog.version && r.version != current.version)
}

/// The validity date the session's proposal states, as typed or given
/// (`valid_until` of the session), else the view's default: a date gone by
/// stays gone by here (the view replaces it), so an earlier version's mark
/// can say the proposal has expired.
pub fn stated_validity(session: &Session, view: &SessionView) -> String {
    if session.valid_until.trim().is_empty() {
        view.valid_until.to_string()
    } else {
        session.valid_until.trim().to_string()
    }
}

/// The published version a proposal chosen now is priced with: the
/// earlier one in use, else the app's tables.
pub fn priced_with(session: &Session, catalog: &Catalog, current: &Catalog) -> CatalogRef {
    earlier_in_use(session, catalog, current)
        .cloned()
        .unwrap_or_else(|| current.reference())
}

/// Chooses `proposal`, priced with the session's `catalog` under the app's
/// `current` tables: the counter's cards and the suggestions' shortcuts.
pub fn choose(
    session: &SessionContext,
    proposal: Proposal,
    catalog: &ActiveCatalog,
    current: &ActiveCatalog,
) {
    let tables = priced_with(session, &catalog.0, &current.0);
    // Its validity is fixed when it is chosen (14 days from today unless
    // typed), so a proposal reopened later keeps its date, and expires.
    if session.valid_until.trim().is_empty() {
        let until = proposal_engine::date::valid_until("", crate::browser::today());
        let until = until.unwrap_or_else(|d| d);
        session.dispatch(SessionAction::ValidUntil(until.to_string()));
    }
    session.dispatch(SessionAction::Choose(proposal, tables));
}
