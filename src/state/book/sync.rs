//! The counter's sessions into the book, and a record back into a session
//! to reopen it at the counter. The figures are the engine's: the session
//! is priced as the proposal page prices it (a link's edited tables over
//! the app's, the link's customer as data), and the chosen proposal's
//! name, savings and quote number are its document's.
use proposal_engine::book::counter::{offer_of, FromCounter};
use proposal_engine::book::{Book, Record};
use proposal_engine::screen::link::{customer_code, customer_of_code};
use proposal_engine::screen::price_book::is_earlier_version;
use proposal_engine::screen::session::session_view;
use proposal_engine::share::decode_with;
use proposal_engine::{build_document, Catalog, Date, Options};

use crate::browser::json::{parse, parse_patch};
use crate::state::editor::versions::stored_link_version;
use crate::state::intake::IntakeDraft;
use crate::state::rep::Rep;
use crate::state::session::Session;
use crate::state::session_tables::own_tables;

/// Nothing typed yet: not a customer to keep.
pub fn is_blank(s: &Session) -> bool {
    s.intake.name.trim().is_empty() && s.intake.lines.is_empty() && s.chosen.is_none()
}

/// What `session` says about its customer, priced with its own tables
/// (`session::own_tables`: the version its proposal was priced with) over
/// `active`.
pub fn from_session(session: &Session, active: &Catalog, today: Date) -> FromCounter {
    let own = own_tables(&session.link_patch, session.link_tables.as_ref(), active);
    let tables = own.as_ref().unwrap_or(active);
    let link = customer_of_code(&session.link_customer, tables);
    let parsed = session.intake.parse().0;
    let view = session_view(link.as_ref(), parsed.as_ref(), &session.valid_until, today);
    let doc = match (&view.customer, &session.chosen) {
        (Some(c), Some(p)) => build_document(tables, c, p, &Options::default(), today).ok(),
        _ => None,
    };
    FromCounter {
        id: session.customer_id.clone(),
        name: session.intake.name.trim().to_string(),
        session: serde_json::to_string(session).unwrap_or_default(),
        offer: doc.as_ref().map(offer_of),
        quote_number: doc
            .as_ref()
            .map(|d| d.quote_number.clone())
            .unwrap_or_default(),
        valid_until: view.valid_until.to_string(),
    }
}

/// Keeps the sessions of the inbox, then the counter's own, in `book`:
/// the book as it is after, and the id the counter's customer has there
/// (none when the counter holds nobody).
pub fn absorb(
    book: &Book,
    inbox: &[String],
    current: &Session,
    active: &Catalog,
    today: Date,
) -> (Book, Option<String>) {
    let mut book = book.clone();
    let sessions = inbox.iter().filter_map(|l| parse::<Session>(l).ok());
    for s in sessions.filter(|s| !is_blank(s)) {
        book.save_from_counter(from_session(&s, active, today), today);
    }
    if is_blank(current) {
        return (book, None);
    }
    let (id, _) = book.save_from_counter(from_session(current, active, today), today);
    (book, Some(id))
}

/// The session that reopens `record` at the counter: its stored session,
/// else the one its campaign link opens (as the customer's phone would,
/// with the rep's form), under the record's id. `None`: neither reads.
pub fn session_of(record: &Record, active: &Catalog) -> Option<Session> {
    let mut session = if record.session.is_empty() {
        let code = record.link.rsplit_once("#/p/")?.1;
        let code = code.split('?').next().unwrap_or_default();
        let opened = decode_with(code, active, parse_patch).ok()?;
        // A campaign prepared under an earlier version: at its prices, when kept.
        let old = Some(&opened.shared.catalog)
            .filter(|r| is_earlier_version(r, active))
            .and_then(stored_link_version);
        let opened = match &old {
            Some(c) => decode_with(code, c, parse_patch).ok()?,
            None => opened,
        };
        let tables = old.as_ref().unwrap_or(active);
        let shared = &opened.shared;
        Session {
            intake: IntakeDraft::from_customer(&shared.customer),
            chosen: shared.chosen.clone(),
            valid_until: shared.valid_until.clone(),
            link_rep: Some(Rep {
                name: shared.rep_name.clone(),
                phone: shared.rep_phone.clone(),
                ..Rep::default()
            })
            .filter(|r| *r != Rep::default()),
            approval: shared.approval.clone(),
            link_patch: shared.edited_json.clone(),
            link_customer: customer_code(&shared.customer, opened.tables(tables)),
            link_tables: old.as_ref().map(|_| shared.catalog.clone()),
            ..Session::default()
        }
    } else {
        parse::<Session>(&record.session).ok()?
    };
    session.customer_id = record.id.clone();
    // The validity the book kept: a proposal reopened later keeps its date.
    if session.valid_until.trim().is_empty() {
        session.valid_until = record.valid_until.clone();
    }
    session.customer_view = false;
    // A customer of the book: a quick start over it hands it over first.
    session.from_quick_start = false;
    Some(session)
}
