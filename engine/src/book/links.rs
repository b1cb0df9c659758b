//! A campaign pack's `links.csv` (`propose --pack`) read into the book as
//! prepared customers (待拜访): the id, name, recommendation, savings, share
//! link, quote number and validity of each row. Columns are found by their
//! key in the header, so a sheet with its columns moved still reads.
use super::{Offer, Record, Status};
use crate::csv::records;
use crate::date::Date;
use crate::figures::parse_yuan;
use crate::money::Money;
use crate::spreadsheet::restore;
use crate::text::Text;

/// The header's keys the book needs.
const NEEDED: [&str; 2] = ["customer_id", "name"];

/// Whether `text` looks like a links.csv (its header names `customer_id`).
pub fn is_links_csv(text: &str) -> bool {
    let first = text.trim_start_matches('\u{feff}').lines().next();
    first.is_some_and(|l| l.split(',').any(|c| c.trim() == "customer_id"))
}

fn bad_amount(line: usize, cell: &str) -> Text {
    Text::new(
        format!("第 {line} 行的金额“{cell}”读不出，已留空"),
        format!("line {line}: the amount \"{cell}\" does not read, left blank"),
    )
}

/// The rows of `text` as prepared customers added on `today`, and what was
/// left out or blank (each with its line).
pub fn read_links(text: &str, today: Date) -> Result<(Vec<Record>, Vec<Text>), Text> {
    let (rows, error) = records(text);
    let mut notes = Vec::new();
    if let Some(e) = &error {
        notes.push(e.message.clone());
    }
    let mut rows = rows.into_iter();
    let head = rows
        .next()
        .ok_or_else(|| Text::new("links.csv 是空的", "links.csv is empty"))?;
    let col = |key: &str| head.cells.iter().position(|c| c.trim() == key);
    if let Some(missing) = NEEDED.iter().find(|k| col(k).is_none()) {
        return Err(Text::new(
            format!("links.csv 的表头缺少 {missing} 列"),
            format!("links.csv's header has no {missing} column"),
        ));
    }
    let cols = [
        "customer_id",
        "name",
        "recommendation",
        "monthly_saving",
        "term_saving",
        "link",
        "quote_number",
        "valid_until",
    ]
    .map(col);
    let mut out: Vec<Record> = Vec::new();
    for rec in rows.filter(|r| !r.is_blank()) {
        let cell = |i: usize| {
            cols[i]
                .and_then(|c| rec.cells.get(c))
                .map(|c| restore(c.trim()).to_string())
                .unwrap_or_default()
        };
        let mut amount = |i: usize| -> Option<Money> {
            let c = cell(i);
            if c.is_empty() {
                return None;
            }
            let m = parse_yuan(&c).ok();
            if m.is_none() {
                notes.push(bad_amount(rec.line, &c));
            }
            m
        };
        let (monthly_saving, term_saving) = (amount(3), amount(4));
        let id = cell(0);
        if id.is_empty() {
            notes.push(Text::new(
                format!("第 {} 行没有客户编号，已跳过", rec.line),
                format!("line {}: no customer id, skipped", rec.line),
            ));
            continue;
        }
        if out.iter().any(|r| r.id == id) {
            notes.push(Text::new(
                format!("第 {} 行的客户编号 {id} 重复，已跳过", rec.line),
                format!("line {}: customer id {id} again, skipped", rec.line),
            ));
            continue;
        }
        let title = cell(2);
        out.push(Record {
            id,
            name: cell(1),
            offer: (!title.is_empty()).then(|| Offer {
                title: Text::new(title.clone(), title),
                monthly_saving,
                term_saving,
            }),
            link: cell(5),
            quote_number: cell(6),
            valid_until: cell(7),
            status: Status::Prepared,
            created: Some(today),
            ..Record::default()
        });
    }
    Ok((out, notes))
}
