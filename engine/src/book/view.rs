//! The book's list as the page shows it: filtered by a search (name, phone
//! or id), a status and "follow-ups due", with today's and overdue
//! follow-ups first (the most overdue first), then the book's own order
//! (newest first). Every word and figure is here; the page only renders.
use super::words::{self, text, Field};
use super::{Book, Record, Status};
use crate::date::Date;
use crate::text::Text;

/// What the rep asks of the list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Part of a name, a phone number (spaces and dashes ignored) or an id.
    pub search: String,
    pub status: Option<Status>,
    /// Only follow-ups due today or overdue.
    pub due_only: bool,
}

/// When a follow-up falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Due {
    Overdue,
    Today,
    Later,
    None,
}

/// One line of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    /// The customer's name (the same in both languages), or 未命名客户.
    pub name: Text,
    pub phone: String,
    pub status: Status,
    pub status_text: Text,
    pub due: Due,
    /// `跟进 2026-12-03（已逾期）`, empty when there is no follow-up.
    pub follow_up_text: Text,
    pub offer: Text,
    /// `每月省 ¥45.00` (the counter's money form), empty when unknown.
    pub saving: Text,
    pub quote_number: String,
    pub valid_until: String,
    pub visits: usize,
    /// Reopening needs a stored session or a share link.
    pub can_reopen: bool,
}

/// The list and its count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListView {
    pub rows: Vec<Row>,
    pub count: Text,
    /// Shown when no row is: the book is empty, or nothing matches.
    pub empty: Option<Text>,
    /// How many follow-ups are due today or overdue (the filter's badge).
    pub due_count: usize,
}

fn digits(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '-')).collect()
}

fn matches(r: &Record, search: &str) -> bool {
    let q = search.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    r.name.to_lowercase().contains(&q)
        || r.id.to_lowercase().contains(&q)
        || (!digits(&q).is_empty() && digits(&r.phone).contains(&digits(&q)))
}

/// When the record's follow-up falls, seen from `today`.
pub fn due(r: &Record, today: Date) -> Due {
    if matches!(r.status, Status::Signed | Status::Declined) {
        return Due::None;
    }
    match r.follow_up {
        Some(d) if d < today => Due::Overdue,
        Some(d) if d == today => Due::Today,
        Some(_) => Due::Later,
        None => Due::None,
    }
}

fn follow_up_text(r: &Record, due: Due) -> Text {
    let Some(d) = r.follow_up else {
        return Text::default();
    };
    let label = Field::FollowUp.label();
    let tag = match due {
        Due::Overdue => Some(text(words::OVERDUE)),
        Due::Today => Some(text(words::DUE_TODAY)),
        _ => None,
    };
    match tag {
        Some(t) => Text::new(
            format!("{} {d}（{}）", label.zh, t.zh),
            format!("{} {d} ({})", label.en, t.en),
        ),
        None => Text::new(format!("{} {d}", label.zh), format!("{} {d}", label.en)),
    }
}

fn row(r: &Record, today: Date) -> Row {
    let due = due(r, today);
    let offer = r.offer.as_ref();
    let saving = offer
        .and_then(|o| o.monthly_saving)
        .map(words::monthly_saving)
        .unwrap_or_default();
    Row {
        id: r.id.clone(),
        name: if r.name.trim().is_empty() {
            text(words::UNNAMED)
        } else {
            Text::new(r.name.clone(), r.name.clone())
        },
        phone: r.phone.clone(),
        status: r.status,
        status_text: words::status(r.status),
        due,
        follow_up_text: follow_up_text(r, due),
        offer: offer.map_or_else(|| text(words::NO_OFFER), |o| o.title.clone()),
        saving,
        quote_number: r.quote_number.clone(),
        valid_until: r.valid_until.clone(),
        visits: r.visits.len(),
        can_reopen: !r.session.is_empty() || !r.link.is_empty(),
    }
}

/// The list for `filter` on `today`.
pub fn list(book: &Book, filter: &Filter, today: Date) -> ListView {
    let due_count = book
        .customers
        .iter()
        .filter(|r| matches!(due(r, today), Due::Overdue | Due::Today))
        .count();
    let first = |r: &Record| match due(r, today) {
        Due::Overdue | Due::Today => r.follow_up,
        _ => None,
    };
    let mut rows: Vec<(Option<Date>, Row)> = book
        .customers
        .iter()
        .filter(|r| matches(r, &filter.search))
        .filter(|r| filter.status.is_none_or(|s| r.status == s))
        .map(|r| (first(r), row(r, today)))
        .filter(|(_, r)| !filter.due_only || matches!(r.due, Due::Overdue | Due::Today))
        .collect();
    // Due first, the oldest date first; then the book's order (a stable sort).
    rows.sort_by_key(|(date, _)| (date.is_none(), *date));
    let rows: Vec<Row> = rows.into_iter().map(|(_, r)| r).collect();
    let empty = if book.customers.is_empty() {
        Some(text(words::EMPTY))
    } else if rows.is_empty() {
        Some(text(words::NONE_MATCH))
    } else {
        None
    };
    ListView {
        count: words::count(rows.len(), book.customers.len()),
        rows,
        empty,
        due_count,
    }
}
