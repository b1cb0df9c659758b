//! The book and its visits as CSV for Excel or WPS: UTF-8 with a byte-order
//! mark so they open in Chinese, headers in the page's language, every text
//! cell through [`crate::spreadsheet::cell`] (formula injection), amounts
//! as plain yuan. The customers' sheet imports back ([`super::sheet_in`]):
//! its last column, 完整记录, carries each record whole (its JSON,
//! deflated, in base64url), so the intake typed at the counter and the
//! visits come back exactly; the visits' sheet is for reading.
use super::words::{self, Field};
use super::{Book, Record, Visit};
use crate::date::Date;
use crate::figures::yuan_plain;
use crate::money::Money;
use crate::spreadsheet::row;
use crate::text::Lang;

pub const BOM: &str = "\u{feff}";

/// The customers' sheet's columns, in order (the importer finds them by
/// their header in either language).
pub const BOOK_FIELDS: [Field; 14] = [
    Field::Id,
    Field::Name,
    Field::Phone,
    Field::Status,
    Field::FollowUp,
    Field::Offer,
    Field::MonthlySaving,
    Field::TermSaving,
    Field::QuoteNumber,
    Field::ValidUntil,
    Field::Visits,
    Field::Created,
    Field::Link,
    Field::Record,
];

pub const VISIT_FIELDS: [Field; 18] = [
    Field::Id,
    Field::Name,
    Field::QuoteNumber,
    Field::VisitDate,
    Field::MetName,
    Field::MetRole,
    Field::DecisionMaker,
    Field::Intention,
    Field::Offered,
    Field::Outcome,
    Field::ObjectionPrice,
    Field::ObjectionTerm,
    Field::ObjectionService,
    Field::CompetitorOffer,
    Field::CompetitorPrice,
    Field::NextStep,
    Field::FollowUp,
    Field::Notes,
];

fn header(fields: &[Field], lang: Lang) -> String {
    let labels: Vec<_> = fields.iter().map(|f| f.label()).collect();
    format!("{BOM}{}\n", row(labels.iter().map(|t| t.get(lang))))
}

pub(super) fn date(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

pub(super) fn money(m: Option<Money>) -> String {
    m.map(yuan_plain).unwrap_or_default()
}

/// What marks the 完整记录 cell's encoding (version 1).
pub const RECORD_MARK: &str = "b1.";

/// The record whole, for the 完整记录 cell: its JSON deflated, in base64url
/// after [`RECORD_MARK`] (no character a spreadsheet reads as a formula).
pub fn record_cell(r: &Record) -> String {
    use base64::Engine;
    let json = serde_json::to_string(r).expect("a record serialises");
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let code = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated);
    format!("{RECORD_MARK}{code}")
}

/// A customer's cells in [`BOOK_FIELDS`]' order, before CSV quoting.
pub fn book_cells(r: &Record, lang: Lang) -> [String; 14] {
    let offer = r.offer.as_ref();
    [
        r.id.clone(),
        r.name.clone(),
        r.phone.clone(),
        words::status(r.status).get(lang).to_string(),
        date(r.follow_up),
        offer
            .map(|o| o.title.get(lang).to_string())
            .unwrap_or_default(),
        money(offer.and_then(|o| o.monthly_saving)),
        money(offer.and_then(|o| o.term_saving)),
        r.quote_number.clone(),
        r.valid_until.clone(),
        r.visits.len().to_string(),
        date(r.created),
        r.link.clone(),
        record_cell(r),
    ]
}

fn book_row(r: &Record, lang: Lang) -> String {
    let cells = book_cells(r, lang);
    format!("{}\n", row(cells.iter().map(String::as_str)))
}

fn yes(b: bool, lang: Lang) -> String {
    if b {
        words::text(words::YES).get(lang).to_string()
    } else {
        String::new()
    }
}

fn visit_row(r: &Record, v: &Visit, lang: Lang) -> String {
    let o = &v.objections;
    let cells = [
        r.id.clone(),
        r.name.clone(),
        r.quote_number.clone(),
        date(v.date),
        v.met.name.clone(),
        v.met.role.clone(),
        yes(v.decision_maker, lang),
        v.intention.clone(),
        v.offered.clone(),
        words::outcome(v.outcome).get(lang).to_string(),
        yes(o.price, lang),
        yes(o.contract_term, lang),
        yes(o.service_quality, lang),
        o.competitor
            .as_ref()
            .map(|c| c.offer.clone())
            .unwrap_or_default(),
        money(o.competitor.as_ref().and_then(|c| c.monthly)),
        v.next_step.clone(),
        date(v.follow_up),
        v.notes.clone(),
    ];
    format!("{}\n", row(cells.iter().map(String::as_str)))
}

/// One row per customer.
pub fn book_csv(book: &Book, lang: Lang) -> String {
    let mut out = header(&BOOK_FIELDS, lang);
    for r in &book.customers {
        out.push_str(&book_row(r, lang));
    }
    out
}

/// One row per visit, each with its customer.
pub fn visits_csv(book: &Book, lang: Lang) -> String {
    let mut out = header(&VISIT_FIELDS, lang);
    for r in &book.customers {
        for v in &r.visits {
            out.push_str(&visit_row(r, v, lang));
        }
    }
    out
}

/// The blank visit form's fields, in the order the printed form shows them.
pub const FORM_FIELDS: [Field; 17] = [
    Field::Name,
    Field::Phone,
    Field::QuoteNumber,
    Field::VisitDate,
    Field::MetName,
    Field::MetRole,
    Field::DecisionMaker,
    Field::Offered,
    Field::Intention,
    Field::Outcome,
    Field::ObjectionPrice,
    Field::ObjectionTerm,
    Field::ObjectionService,
    Field::CompetitorOffer,
    Field::CompetitorPrice,
    Field::NextStep,
    Field::FollowUp,
];
