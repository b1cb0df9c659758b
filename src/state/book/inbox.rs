//! The counter's hand-over to the book: "新客户" puts the customer the
//! counter was working on here (one stored session a line) before the
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
