//! The rep's customer book (客户簿): every customer worked on, kept on the
//! device with the counter's session as it was (opaque here: the app's own
//! JSON), the chosen proposal's summary, its quote number and validity, a
//! status, and the visits (走访记录表 / 信息反馈表). Plain data and pure
//! operations, so the list, the exports and the imports are tested natively;
//! the app only stores the book and renders its views.
//!
//! No operation loses data: an edit replaces one record by id, a delete
//! returns the record so the page can undo it, an import adds what is new
//! and says what it skipped.
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::money::Money;
use crate::text::Text;

pub mod counter;
pub mod import;
pub mod json;
pub mod links;
pub mod sheet_in;
pub mod sheets;
pub mod view;
pub mod words;

/// The book's schema version (see [`json`] for the migration hook).
pub const SCHEMA_VERSION: u32 = 1;

/// Where a customer stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 待拜访: a proposal made in advance, not yet visited.
    #[default]
    Prepared,
    /// 已拜访.
    Visited,
    /// 已出方案: the proposal was given to the customer.
    Proposed,
    /// 已签约.
    Signed,
    /// 未成交.
    Declined,
    /// 待跟进: on the record's follow-up date.
    FollowUp,
}

impl Status {
    /// Every status, in the order the filter offers them.
    pub const ALL: [Status; 6] = [
        Status::Prepared,
        Status::Visited,
        Status::Proposed,
        Status::Signed,
        Status::Declined,
        Status::FollowUp,
    ];

    /// The status's key in files and the page's `<select>`.
    pub fn key(self) -> &'static str {
        match self {
            Status::Prepared => "prepared",
            Status::Visited => "visited",
            Status::Proposed => "proposed",
            Status::Signed => "signed",
            Status::Declined => "declined",
            Status::FollowUp => "follow_up",
        }
    }

    /// The status a key names.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key.trim())
    }
}

/// How a visit ended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// 已出方案: the proposal was presented, no answer yet.
    #[default]
    Proposed,
    /// 成交.
    Signed,
    /// 未成交.
    Declined,
    /// 跟进: see again on the follow-up date.
    FollowUp,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Proposed,
        Outcome::Signed,
        Outcome::Declined,
        Outcome::FollowUp,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Outcome::Proposed => "proposed",
            Outcome::Signed => "signed",
            Outcome::Declined => "declined",
            Outcome::FollowUp => "follow_up",
        }
    }

    pub fn from_key(key: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.key() == key.trim())
    }

    /// The customer's status after a visit with this outcome.
    pub fn status(self) -> Status {
        match self {
            Outcome::Proposed => Status::Proposed,
            Outcome::Signed => Status::Signed,
            Outcome::Declined => Status::Declined,
            Outcome::FollowUp => Status::FollowUp,
        }
    }
}

/// A competitor's offer the customer mentioned.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competitor {
    /// Who offers and what (运营商、套餐).
    pub offer: String,
    /// Its monthly price, when the customer said it.
    #[serde(default)]
    pub monthly: Option<Money>,
}

/// The customer's objections (异议).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objections {
    #[serde(default)]
    pub price: bool,
    #[serde(default)]
    pub contract_term: bool,
    #[serde(default)]
    pub service_quality: bool,
    #[serde(default)]
    pub competitor: Option<Competitor>,
}

impl Objections {
    pub fn any(&self) -> bool {
        self.price || self.contract_term || self.service_quality || self.competitor.is_some()
    }
}

/// Who was met.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Met {
    pub name: String,
    /// 职务 (老板, 店长, 工仔…).
    pub role: String,
}

/// One visit: the seeds' visit record and feedback form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    pub date: Option<Date>,
    pub met: Met,
    /// The person met decides (是否决策人: the owner, or a clerk who can).
    #[serde(default)]
    pub decision_maker: bool,
    /// What the customer wants (客户意向), and their suggestions.
    #[serde(default)]
    pub intention: String,
    /// What was offered (the proposal's name as shown on the form).
    pub offered: String,
    pub outcome: Outcome,
    pub objections: Objections,
    pub next_step: String,
    pub follow_up: Option<Date>,
    pub notes: String,
}

/// The chosen proposal, as the list and the exports show it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// The proposal's name in both languages.
    pub title: Text,
    #[serde(default)]
    pub monthly_saving: Option<Money>,
    #[serde(default)]
    pub term_saving: Option<Money>,
}

/// One customer of the book.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Unique in the book (`K20261203-1`, or a campaign list's customer id).
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub phone: String,
    /// The counter's stored session (the app's JSON, kept exactly as it was);
    /// empty for a customer imported from a campaign pack.
    #[serde(default)]
    pub session: String,
    /// The chosen proposal.
    #[serde(default)]
    pub offer: Option<Offer>,
    #[serde(default)]
    pub quote_number: String,
    /// `YYYY-MM-DD` as the proposal states it; empty when none yet.
    #[serde(default)]
    pub valid_until: String,
    /// The share link a campaign pack made for the customer.
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub status: Status,
    /// The next follow-up (待跟进) date.
    #[serde(default)]
    pub follow_up: Option<Date>,
    #[serde(default)]
    pub visits: Vec<Visit>,
    #[serde(default)]
    pub created: Option<Date>,
}

/// Every customer, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Book {
    pub customers: Vec<Record>,
}

impl Book {
    pub fn get(&self, id: &str) -> Option<&Record> {
        self.customers.iter().find(|r| r.id == id)
    }

    /// A new id for a customer started on `today`: `K<yyyymmdd>-<n>`, the
    /// smallest `n` not in the book.
    pub fn next_id(&self, today: Date) -> String {
        (1..)
            .map(|n| format!("K{}-{n}", today.compact()))
            .find(|id| self.get(id).is_none())
            .expect("an unused number exists")
    }

    /// Puts `record` in the book: replaces the record of the same id in its
    /// place, else adds it first.
    pub fn upsert(&mut self, record: Record) {
        match self.customers.iter_mut().find(|r| r.id == record.id) {
            Some(old) => *old = record,
            None => self.customers.insert(0, record),
        }
    }

    /// Takes the record out; the page keeps it (and its place) to undo.
    pub fn remove(&mut self, id: &str) -> Option<(usize, Record)> {
        let at = self.customers.iter().position(|r| r.id == id)?;
        Some((at, self.customers.remove(at)))
    }

    /// Puts a removed record back where it was (undo).
    pub fn restore(&mut self, at: usize, record: Record) {
        if self.get(&record.id).is_none() {
            let at = at.min(self.customers.len());
            self.customers.insert(at, record);
        }
    }

    /// A copy of the record under a new id (a sister shop, the same intake),
    /// prepared again and without its visits, right after the original.
    pub fn duplicate(&mut self, id: &str, today: Date) -> Option<String> {
        let at = self.customers.iter().position(|r| r.id == id)?;
        let new_id = self.next_id(today);
        let copy = Record {
            id: new_id.clone(),
            name: words::copy_name(&self.customers[at].name),
            status: Status::Prepared,
            follow_up: None,
            visits: Vec::new(),
            created: Some(today),
            ..self.customers[at].clone()
        };
        self.customers.insert(at + 1, copy);
        Some(new_id)
    }

    /// Records a visit: the customer's status follows the outcome, the
    /// follow-up date the visit's (kept when the visit gives none).
    pub fn add_visit(&mut self, id: &str, visit: Visit) -> bool {
        let Some(r) = self.customers.iter_mut().find(|r| r.id == id) else {
            return false;
        };
        r.status = visit.outcome.status();
        match visit.outcome {
            Outcome::Signed | Outcome::Declined => r.follow_up = visit.follow_up,
            _ => r.follow_up = visit.follow_up.or(r.follow_up),
        }
        if r.follow_up.is_some() && visit.outcome == Outcome::Proposed {
            r.status = Status::FollowUp;
        }
        r.visits.push(visit);
        true
    }
}
