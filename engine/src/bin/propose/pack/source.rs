//! The customer list of a pack, read a chunk of whole customers at a time,
//! so memory holds the list's text and one chunk's customers, never every
//! customer at once (issue 16: memory flat in the list's length).
//!
//! A CSV list's rows of one customer may be anywhere in the file, so a
//! first pass finds each id's last row (the only thing kept per customer);
//! a chunk ends only after a row that closes every customer started in it.
//! A list sorted by customer, the usual, splits every few thousand rows; a
//! customer whose rows are far apart only makes its chunk longer. Each
//! chunk is read by the same reader as `propose` (`campaign_csv::read`),
//! given the header and blank lines in place of the rows before it, so
//! every message names the file's own line. A quote never closed, a list
//! without the id column, and JSON lists are read whole, as `propose` does.
use std::collections::HashMap;
use std::ops::Range;

use proposal_engine::csv::records;
use proposal_engine::limits::{check_rows, MAX_CLI_ROWS};
use proposal_engine::Lang;

use super::super::input::Entry;
use super::super::{campaign_csv, read_input, read_limited};

/// Rows per chunk (at least; a chunk ends where no customer is open).
const CHUNK_ROWS: usize = 2_000;

/// One record of the text: its bytes, with its line end.
struct Span {
    bytes: Range<usize>,
}

/// The records of `text`, by their spans; `None` when a quote is left open.
fn spans(text: &str) -> Option<Vec<Span>> {
    let mut out = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                out.push(Span {
                    bytes: start..i + 1,
                });
                start = i + 1;
            }
            _ => {}
        }
    }
    if quoted {
        return None;
    }
    if start < text.len() {
        out.push(Span {
            bytes: start..text.len(),
        });
    }
    Some(out)
}

/// Whether a record is only line ends (the reader skips it).
fn blank(s: &str) -> bool {
    s.bytes().all(|b| b == b'\n' || b == b'\r')
}

/// The id a row is grouped by, hashed: the reader's (the id column, or the
/// first cell of a row of the wrong width); `None` for an empty one. Two
/// ids with one hash only make a chunk longer, never split a customer.
fn id_of(row: &str, col: usize, width: usize) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let (recs, _) = records(row);
    let cells = &recs.first()?.cells;
    let cell = if cells.len() == width {
        cells.get(col)?
    } else {
        cells.first()?
    };
    let id = cell.trim();
    if id.is_empty() {
        return None;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    Some(h.finish())
}

/// The chunks of a CSV list: the header's bytes and each chunk's record
/// spans; `None` when it must be read whole.
fn chunks(text: &str) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let offset = text.len() - body.len();
    let all = spans(body)?;
    let mut it = all.iter().filter(|s| !blank(&body[s.bytes.clone()]));
    let head = it.next()?;
    let (cells, _) = records(&body[head.bytes.clone()]);
    let names: Vec<String> = cells
        .first()?
        .cells
        .iter()
        .map(|c| c.trim().to_lowercase())
        .collect();
    let col = names.iter().position(|n| n == "customer_id")?;
    let rows: Vec<&Span> = it.collect();
    let ids: Vec<Option<u64>> = rows
        .iter()
        .map(|s| id_of(&body[s.bytes.clone()], col, names.len()))
        .collect();
    let mut last: HashMap<u64, usize> = HashMap::new();
    for (i, id) in ids.iter().enumerate() {
        if let Some(id) = id {
            last.insert(*id, i);
        }
    }
    let (mut out, mut from, mut reach) = (Vec::new(), 0, 0);
    for (i, id) in ids.iter().enumerate() {
        if let Some(id) = id {
            reach = reach.max(last[id]);
        }
        if i >= reach && i + 1 - from >= CHUNK_ROWS {
            out.push(rows[from].bytes.start + offset..rows[i].bytes.end + offset);
            from = i + 1;
        }
    }
    if from < rows.len() {
        out.push(rows[from].bytes.start + offset..rows[rows.len() - 1].bytes.end + offset);
    }
    let header = 0..head.bytes.end + offset;
    Some((header, out))
}

/// The customers of the list, a chunk at a time, with the messages of each.
pub enum Lists {
    Whole(Option<(Vec<Entry>, Vec<String>)>),
    Chunked {
        name: String,
        text: String,
        header: Range<usize>,
        chunks: std::vec::IntoIter<Range<usize>>,
        lang: Lang,
    },
}

impl Iterator for Lists {
    type Item = (Vec<Entry>, Vec<String>);
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Lists::Whole(once) => once.take(),
            Lists::Chunked {
                name,
                text,
                header,
                chunks,
                lang,
            } => {
                let range = chunks.next()?;
                let head = &text[header.clone()];
                let head_lines = head.matches('\n').count();
                let before = text[..range.start].matches('\n').count();
                let mut chunk = String::with_capacity(head.len() + before + range.len() + 1);
                chunk.push_str(head);
                chunk.extend(std::iter::repeat_n('\n', before - head_lines));
                chunk.push_str(&text[range]);
                let (entries, errors) = campaign_csv::read(name, &chunk);
                Some((
                    entries,
                    errors.iter().map(|m| m.get(*lang).to_string()).collect(),
                ))
            }
        }
    }
}

/// The list `--customers` names, chunked when it is a CSV list that can be.
pub fn open(path: &str, lang: Lang) -> Lists {
    let csv = path != "-" && !path.to_lowercase().ends_with(".json");
    let bytes = if csv { read_limited(path).ok() } else { None };
    let Some(bytes) = bytes else {
        return Lists::Whole(Some(read_input(Some(path), lang)));
    };
    let (text, unreadable) = proposal_engine::csv::decode(bytes);
    let first = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .next();
    let json = !path.to_lowercase().ends_with(".csv") && matches!(first, Some('[' | '{'));
    let split = if unreadable.is_some() || json || check_rows(&text, MAX_CLI_ROWS).is_err() {
        None
    } else {
        chunks(&text)
    };
    match split {
        Some((header, parts)) => Lists::Chunked {
            name: path.to_string(),
            text,
            header,
            chunks: parts.into_iter(),
            lang,
        },
        // Read whole, with every message `propose` gives.
        None => {
            drop(text);
            Lists::Whole(Some(read_input(Some(path), lang)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "customer_id,name\n";

    fn parts(text: &str) -> Vec<String> {
        let (_, chunks) = chunks(text).unwrap();
        chunks.into_iter().map(|r| text[r].to_string()).collect()
    }

    #[test]
    fn a_chunk_never_splits_a_customer() {
        let mut text = HEAD.to_string();
        for i in 0..CHUNK_ROWS + 10 {
            text.push_str(&format!("{},x\n", i / 3));
        }
        let p = parts(&text);
        assert_eq!(p.len(), 2);
        // Row CHUNK_ROWS - 1 is customer 666's second row: the chunk takes its third.
        assert_eq!(p[0].lines().count(), CHUNK_ROWS + 1);
        // A customer whose last row is at the end keeps everything in one chunk.
        text.push_str("0,x\n");
        assert_eq!(parts(&text).len(), 1);
    }

    #[test]
    fn quoted_line_breaks_stay_in_their_record_and_open_quotes_read_whole() {
        let s = spans("a,\"b\nc\"\nd\n").unwrap();
        assert_eq!((s[0].bytes.clone(), s[1].bytes.clone()), (0..8, 8..10));
        assert!(spans("a,\"b\n").is_none());
        assert!(chunks("name\n1\n").is_none(), "no id column: read whole");
    }

    #[test]
    fn a_chunk_reads_with_the_files_own_line_numbers() {
        let head = "customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee";
        let text = format!("\u{feff}{head}\n1,a,individual,,1,mobile,10,0,0,0,0,0,0,0,0\n\n2,b,individual,,1,mobile,12x,0,0,0,0,0,0,0,0\n");
        let (header, _) = chunks(&text).unwrap();
        let mut lists = Lists::Chunked {
            name: "l.csv".into(),
            text: text.clone(),
            header,
            chunks: std::iter::once(text.find("2,b").unwrap()..text.len())
                .collect::<Vec<_>>()
                .into_iter(),
            lang: Lang::En,
        };
        let (entries, errors) = lists.next().unwrap();
        assert!(entries.is_empty());
        assert!(
            errors[0].starts_with("l.csv line 4, field current_monthly_fee"),
            "{errors:?}"
        );
    }
}
