//! Making the link that reopens a proposal on the customer's phone.
use proposal_engine::optimize::DEFAULT_HORIZON;
use proposal_engine::share::{edited_json, encode, Shared};
use proposal_engine::{Catalog, Customer, Proposal};

use super::session::Session;

/// The share code of the session's customer (the session view's: a link's
/// customer as data, else the intake when complete) and chosen proposal.
/// When `catalog` (the tables in use) differs from `published`, the link
/// carries the edited items.
pub fn share_code(
    session: &Session,
    customer: Option<&Customer>,
    catalog: &Catalog,
    published: &Catalog,
    rep_name: &str,
    rep_phone: &str,
    valid_until: &str,
) -> Option<String> {
    let chosen = session.chosen.as_ref();
    share_code_for(
        chosen,
        customer,
        catalog,
        published,
        rep_name,
        rep_phone,
        valid_until,
    )
}

/// [`share_code`] with the proposal the link opens given (the counter's
/// share panel: the chosen proposal, or the best when none is chosen).
pub fn share_code_for(
    chosen: Option<&Proposal>,
    customer: Option<&Customer>,
    catalog: &Catalog,
    published: &Catalog,
    rep_name: &str,
    rep_phone: &str,
    valid_until: &str,
) -> Option<String> {
    let shared = Shared {
        customer: customer?.clone(),
        chosen: chosen.cloned(),
        horizon: DEFAULT_HORIZON,
        rep_name: rep_name.into(),
        rep_phone: rep_phone.into(),
        valid_until: valid_until.into(),
        catalog: catalog.reference(),
        edited_json: edited_json(published, catalog),
    };
    Some(encode(&shared, catalog))
}

/// The full address of the shared proposal on this host: the counter's page
/// (`index.html`), whichever page made the link.
pub fn share_url(code: &str) -> String {
    crate::route::Route::Shared { code: code.into() }.address_from(&crate::browser::page_address())
}
