//! The book as JSON: what the device stores (inside the envelope of
//! [`crate::stored`]) and what the rep exports as a backup and imports back.
//! `{"schema":1,"customers":[…]}`; exporting what was imported gives the
//! same text. Reading takes the caller's JSON reader ([`Reader`]): the app's
//! pages read with the browser's `JSON.parse`, so serde_json's parser stays
//! out of their wasm; natively [`SerdeJson`].
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{Book, Record, SCHEMA_VERSION};
use crate::text::Text;

/// Reads JSON text as a `T`; the message says why not.
pub trait Reader {
    fn read<T: DeserializeOwned>(&self, text: &str) -> Result<T, String>;
}

/// serde_json's reader (the host, the command line, tests).
pub struct SerdeJson;

impl Reader for SerdeJson {
    fn read<T: DeserializeOwned>(&self, text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

#[derive(Serialize)]
struct Out<'a> {
    schema: u32,
    customers: &'a [Record],
}

#[derive(Deserialize)]
struct Head {
    schema: u32,
}

#[derive(Deserialize)]
struct In {
    customers: Vec<Record>,
}

/// The book as JSON at the current schema.
pub fn to_json(book: &Book) -> String {
    let out = Out {
        schema: SCHEMA_VERSION,
        customers: &book.customers,
    };
    serde_json::to_string_pretty(&out).expect("the book serialises")
}

/// Brings a book saved at an older schema to the current one (the hook
/// every later schema adds its step to). Version 1 is the first.
pub fn migrate(from_version: u32, document: &str) -> Result<String, String> {
    match from_version {
        SCHEMA_VERSION => Ok(document.to_string()),
        v => Err(format!("no migration from book schema {v}")),
    }
}

fn problem(detail: &str) -> Text {
    Text::new(
        format!("这不是客户簿备份文件：{detail}"),
        format!("This is not a customer book backup: {detail}"),
    )
}

/// The book in `text` (an export or the stored document), migrated to the
/// current schema; a newer schema is refused, not guessed at.
pub fn from_json(text: &str, reader: &impl Reader) -> Result<Book, Text> {
    let head: Head = reader.read(text).map_err(|e| problem(&e))?;
    let text = match head.schema {
        v if v > SCHEMA_VERSION => {
            return Err(Text::new(
                format!("这份客户簿由更新的版本保存（格式 {v}），请先更新本应用"),
                format!(
                    "This book was saved by a newer version (schema {v}); update the app first"
                ),
            ))
        }
        v => migrate(v, text).map_err(|e| problem(&e))?,
    };
    let read: In = reader.read(&text).map_err(|e| problem(&e))?;
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = read.customers.iter().find(|r| !seen.insert(r.id.as_str())) {
        return Err(problem(&format!("customer id {} twice", dup.id)));
    }
    Ok(Book {
        customers: read.customers,
    })
}

/// The store's check: the document reads as a book.
pub fn check(document: &str, reader: &impl Reader) -> Result<(), String> {
    from_json(document, reader)
        .map(|_| ())
        .map_err(|t| t.both())
}

impl Book {
    /// Adds the records whose id is not in the book yet, after the book's
    /// own, in their order; a record whose id is already here is skipped
    /// (the device's copy is kept). Returns (added, skipped).
    pub fn merge(&mut self, records: Vec<Record>) -> (usize, usize) {
        let (mut added, mut skipped) = (0, 0);
        for r in records {
            if self.get(&r.id).is_some() {
                skipped += 1;
            } else {
                self.customers.push(r);
                added += 1;
            }
        }
        (added, skipped)
    }
}
