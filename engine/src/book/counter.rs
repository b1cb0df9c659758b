//! The counter's customer into the book: whatever the counter holds is
//! kept under its customer id, so starting a new customer never overwrites
//! another. What the book adds (phone, status, visits) stays as it was.
use super::{Book, Offer, Record};
use crate::date::Date;
use crate::document::ProposalDocument;

/// What the counter's session says about its customer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FromCounter {
    /// Empty: a customer the book has not seen (it gets a new id).
    pub id: String,
    pub name: String,
    /// The session as the app stores it.
    pub session: String,
    pub offer: Option<Offer>,
    pub quote_number: String,
    pub valid_until: String,
}

/// The chosen proposal's name and savings as its document states them
/// (the horizon's saving spread over its months, and the whole horizon's).
pub fn offer_of(doc: &ProposalDocument) -> Offer {
    let savings = &doc.chosen.priced.savings;
    Offer {
        title: doc.chosen.title.clone(),
        monthly_saving: Some(savings.average_month),
        term_saving: Some(savings.horizon),
    }
}

impl Book {
    /// Keeps the counter's customer: a new record first in the book, or the
    /// record of its id brought up to date. Returns its id, and whether the
    /// book changed (nothing to save when the counter said nothing new).
    pub fn save_from_counter(&mut self, c: FromCounter, today: Date) -> (String, bool) {
        let id = if c.id.is_empty() {
            self.next_id(today)
        } else {
            c.id
        };
        let old = self.get(&id).cloned();
        let base = old.clone().unwrap_or_else(|| Record {
            id: id.clone(),
            created: Some(today),
            ..Record::default()
        });
        let next = Record {
            name: c.name,
            session: c.session,
            offer: c.offer,
            quote_number: c.quote_number,
            valid_until: c.valid_until,
            ..base
        };
        if old.as_ref() == Some(&next) {
            return (id, false);
        }
        self.upsert(next);
        (id, true)
    }
}
