//! The counter's hand-over to the book: "新客户", "清空" and a quick start
//! over a typed customer put the customer the counter was working on here (one stored session a line) before the
//! counter starts afresh, and the book page takes them in when it opens. So
//! the counter (`index.html`) links no book code, and a new customer never
//! overwrites another.
use crate::state::session::Session;
use crate::storage;

const KEY: &str = "book.inbox";

/// Puts `session` in the inbox; false when storage refused (the counter
/// then keeps the customer rather than lose them).
pub fn push(session: &Session) -> bool {
    let Ok(line) = serde_json::to_string(session) else {
        return false;
    };
    let mut all = storage::load(KEY).unwrap_or_default();
    if !all.is_empty() {
        all.push('\n');
    }
    all.push_str(&line);
    storage::save(KEY, &all)
}

/// Before a quick start or the spend-only entry replaces the counter's
/// customer: a customer the rep typed ([`Session::typed`]) is put in the
/// inbox, so the book keeps it (the quick start then starts a new
/// customer, with a new id). False when storage refused: the counter then
/// keeps the customer and does not apply the quick start.
pub fn keep_before_quick_start(session: &Session) -> bool {
    !session.typed() || push(session)
}

/// The sessions waiting, oldest first (serde_json writes no raw line breaks).
pub fn waiting() -> Vec<String> {
    storage::load(KEY)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Empties the inbox, once the book holding its sessions was saved.
pub fn clear() {
    storage::remove(KEY);
}
