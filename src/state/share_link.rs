//! Making the link that reopens a proposal on the customer's phone.
use proposal_engine::optimize::DEFAULT_HORIZON;
use proposal_engine::share::{edited_json, encode, Shared};
use proposal_engine::{Catalog, Customer, Proposal};

use proposal_engine::optimize::authority::Approval;

use super::rep::Rep;
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
    rep: &Rep,
    valid_until: &str,
) -> Option<String> {
    share_code_for(
        session.chosen.as_ref(),
        session.approval.as_ref(),
        customer,
        catalog,
        published,
        rep,
        valid_until,
    )
}

/// [`share_code`] with the proposal the link opens given (the counter's
/// share panel: the chosen proposal, or the best when none is chosen) and
/// the approval it records.
pub fn share_code_for(
    chosen: Option<&Proposal>,
    approval: Option<&Approval>,
    customer: Option<&Customer>,
    catalog: &Catalog,
    published: &Catalog,
    rep: &Rep,
    valid_until: &str,
) -> Option<String> {
    let shared = Shared {
        customer: customer?.clone(),
        chosen: chosen.cloned(),
        horizon: DEFAULT_HORIZON,
        rep_name: rep.name.clone(),
        rep_phone: rep.phone.clone(),
        valid_until: valid_until.into(),
        catalog: catalog.reference(),
        edited_json: edited_json(published, catalog),
        approval: approval.cloned(),
    };
    Some(encode(&shared, catalog))
}

/// The full address of the shared proposal on this host: the counter's page
/// (`index.html`), whichever page made the link.
pub fn share_url(code: &str) -> String {
    crate::route::Route::Shared { code: code.into() }.address_from(&crate::browser::page_address())
}
