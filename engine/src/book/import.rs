//! One import button for every file the rep may have: a book backup (JSON),
//! the book's own customer sheet (CSV, [`super::sheet_in`]) or a campaign
//! pack's links.csv. What is new is added; what the book
//! already holds is kept as it is on the device; the report says both.
use super::json::{from_json, Reader};
use super::links::{is_links_csv, read_links};
use super::sheet_in::{is_book_csv, read_book_csv};
use super::words;
use super::Book;
use crate::date::Date;
use crate::text::Text;

/// What an import did: the report and the notes on rows left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    pub skipped: usize,
    pub report: Text,
    pub notes: Vec<Text>,
}

/// Reads `text` (a backup, a customer sheet or a links.csv) into `book`;
/// a file that does not read changes nothing.
pub fn import(
    book: &mut Book,
    text: &str,
    today: Date,
    reader: &impl Reader,
) -> Result<Imported, Text> {
    let (records, notes) = if is_links_csv(text) {
        read_links(text, today)?
    } else if is_book_csv(text) {
        (read_book_csv(text, reader)?, Vec::new())
    } else {
        (from_json(text, reader)?.customers, Vec::new())
    };
    let (added, skipped) = book.merge(records);
    Ok(Imported {
        added,
        skipped,
        report: words::imported(added, skipped),
        notes,
    })
}
