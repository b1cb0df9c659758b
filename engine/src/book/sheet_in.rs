//! The customers' sheet (导出客户表, [`super::sheets::book_csv`]) read back
//! into the book, in either language's headers, columns found by their
//! header. Each row's 完整记录 cell gives the record whole (the intake as
//! typed, the visits, the proposal's name in both languages); a column the
//! rep changed in the spreadsheet (name, phone, status, follow-up date,
//! quote number, validity, creation date, link, even the id) is read over
//! it. A row without a 完整记录 (a sheet made by hand) is a customer of its
//! columns: no stored intake (it reopens through its link) and no visits
//! (走访次数 is a count). Figures and dates as a Chinese input method or
//! Excel types them read: `１２８．５`, `2026/12/3`, `2026年12月3日`.
//!
//! All or nothing: the first cell that does not read is the error, with its
//! row and column, and nothing is imported.
use base64::Engine;

use super::json::Reader;
use super::sheets::{book_cells, BOOK_FIELDS, RECORD_MARK};
use super::words::{self, Field};
use super::{Offer, Record, Status};
use crate::csv::records;
use crate::date::Date;
use crate::figures::{normalize, parse_yuan};
use crate::money::Money;
use crate::spreadsheet::restore;
use crate::text::{Lang, Text};

/// The 完整记录 of a record inflates to at most this (a session of
/// hundreds of lines is far smaller): a hostile cell cannot fill memory.
const MAX_RECORD: usize = 4 << 20;

fn header_cell(c: &str) -> &str {
    restore(c.trim_start_matches('\u{feff}').trim())
}

fn names(field: Field, cell: &str) -> bool {
    let l = field.label();
    cell == l.zh || cell.eq_ignore_ascii_case(&l.en)
}

/// Whether `text` is one of the book's sheets (its first header is 客户编号
/// / Customer ID): the customers' sheet, or the visits' (refused, said).
pub fn is_book_csv(text: &str) -> bool {
    let first = text.trim_start_matches('\u{feff}').lines().next();
    let cell = first.and_then(|l| l.split(',').next()).unwrap_or_default();
    names(Field::Id, header_cell(cell.trim_matches('"')))
}

/// `A`, `B`, … `Z`, `AA`: the column as the spreadsheet names it.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        out.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

fn refused(why: Text) -> Text {
    Text::new(
        format!("客户表未导入，客户簿没有改动：{}", why.zh),
        format!(
            "The customer sheet was not imported; the book is unchanged: {}",
            why.en
        ),
    )
}

fn at(line: usize, col: usize, field: Field, why: Text) -> Text {
    let (letter, label) = (column_letter(col), field.label());
    refused(Text::new(
        format!("第 {line} 行 {letter} 列（{}）{}", label.zh, why.zh),
        format!("row {line}, column {letter} ({}): {}", label.en, why.en),
    ))
}

fn not_a(cell: &str, zh: &str, en: &str) -> Text {
    Text::new(
        format!("的“{cell}”不是{zh}"),
        format!("\"{cell}\" is not {en}"),
    )
}

/// A date as typed or as Excel writes it back: `2026-12-03`, `2026/12/3`,
/// `2026.12.3`, `2026年12月3日`, in full-width digits too.
pub fn parse_date(cell: &str) -> Option<Date> {
    let t = normalize(cell);
    let t = t.strip_suffix('日').unwrap_or(&t);
    let t: String = t
        .chars()
        .map(|c| {
            if matches!(c, '/' | '.' | '年' | '月') {
                '-'
            } else {
                c
            }
        })
        .collect();
    let parts: Vec<&str> = t.split('-').collect();
    let ok =
        |p: &str, lens: &[usize]| lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    match parts[..] {
        [y, m, d] if ok(y, &[4]) && ok(m, &[1, 2]) && ok(d, &[1, 2]) => {
            Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        }
        _ => None,
    }
}

fn parse_status(cell: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| {
        let w = words::status(*s);
        cell == w.zh || cell.eq_ignore_ascii_case(&w.en) || cell == s.key()
    })
}

/// The record a 完整记录 cell carries.
fn decode_record(cell: &str, reader: &impl Reader) -> Option<Record> {
    let code = cell.trim().strip_prefix(RECORD_MARK)?;
    let deflated = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(code)
        .ok()?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_RECORD).ok()?;
    reader.read(std::str::from_utf8(&json).ok()?).ok()
}

/// One row's cells by [`BOOK_FIELDS`] index, and where each came from.
struct Row<'a> {
    line: usize,
    cols: &'a [Option<usize>; 14],
    cells: &'a [String],
}

impl Row<'_> {
    fn raw(&self, i: usize) -> Option<&str> {
        let c = self.cols[i]?;
        Some(restore(self.cells.get(c).map_or("", String::as_str)))
    }

    fn text(&self, i: usize) -> String {
        self.raw(i).unwrap_or_default().trim().to_string()
    }

    fn fail(&self, i: usize, why: Text) -> Text {
        at(self.line, self.cols[i].unwrap_or(i), BOOK_FIELDS[i], why)
    }

    fn date(&self, i: usize) -> Result<Option<Date>, Text> {
        let t = self.text(i);
        if t.is_empty() {
            return Ok(None);
        }
        parse_date(&t)
            .map(Some)
            .ok_or_else(|| self.fail(i, not_a(&t, "日期（如 2026-12-03）", "a date (2026-12-03)")))
    }

    fn amount(&self, i: usize) -> Result<Option<Money>, Text> {
        let t = self.text(i);
        if t.is_empty() {
            return Ok(None);
        }
        parse_yuan(&t)
            .map(Some)
            .map_err(|_| self.fail(i, not_a(&t, "金额（元）", "an amount in yuan")))
    }
}

/// Reads column `i` of `row` over `r` (the row's 完整记录, or a blank record).
fn read_column(r: &mut Record, row: &Row, i: usize) -> Result<(), Text> {
    match BOOK_FIELDS[i] {
        Field::Id => r.id = row.text(i),
        Field::Name => r.name = row.text(i),
        Field::Phone => r.phone = normalize(&row.text(i)),
        Field::Status => {
            let t = row.text(i);
            r.status = match t.is_empty() {
                true => Status::Prepared,
                false => parse_status(&t).ok_or_else(|| {
                    let all: Vec<Text> = Status::ALL.into_iter().map(words::status).collect();
                    let all = Text::list(&all);
                    row.fail(
                        i,
                        not_a(
                            &t,
                            &format!("状态（{}）", all.zh),
                            &format!("a status ({})", all.en),
                        ),
                    )
                })?,
            }
        }
        Field::FollowUp => r.follow_up = row.date(i)?,
        Field::QuoteNumber => r.quote_number = row.text(i),
        Field::ValidUntil => {
            r.valid_until = row.date(i)?.map(|d| d.to_string()).unwrap_or_default()
        }
        Field::Created => r.created = row.date(i)?,
        Field::Link => r.link = row.text(i),
        _ => {}
    }
    Ok(())
}

/// The customers of a customers' sheet, in its order; the first cell that
/// does not read (with its row and column) refuses the whole file.
pub fn read_book_csv(text: &str, reader: &impl Reader) -> Result<Vec<Record>, Text> {
    let (rows, error) = records(text);
    if let Some(e) = error {
        return Err(refused(e.message));
    }
    let mut rows = rows.into_iter();
    let head = rows
        .next()
        .ok_or_else(|| refused(Text::new("文件是空的", "the file is empty")))?;
    let find = |f: Field| head.cells.iter().position(|c| names(f, header_cell(c)));
    if find(Field::VisitDate).is_some() {
        return Err(refused(Text::new(
            "这是走访记录表（只供查看）；请导入客户表，它的“完整记录”列带着每次走访",
            "this is the visits sheet (for reading); import the customer sheet, whose full record column carries the visits",
        )));
    }
    let cols = BOOK_FIELDS.map(find);
    if let Some(missing) = [Field::Id, Field::Name]
        .into_iter()
        .find(|f| find(*f).is_none())
    {
        let l = missing.label();
        return Err(refused(Text::new(
            format!("表头缺少“{}”列", l.zh),
            format!("the header has no \"{}\" column", l.en),
        )));
    }
    // The language the sheet was written in: its cells compare with the
    // record's own export to see what the rep changed.
    let lang = match head.cells.get(cols[0].unwrap_or(0)) {
        Some(c) if header_cell(c) == Field::Id.label().zh => Lang::ZhCn,
        _ => Lang::En,
    };
    let record_col = BOOK_FIELDS.iter().position(|f| *f == Field::Record);
    let mut out: Vec<Record> = Vec::new();
    for rec in rows.filter(|r| !r.is_blank()) {
        let row = Row {
            line: rec.line,
            cols: &cols,
            cells: &rec.cells,
        };
        let whole = record_col
            .map(|i| (i, row.text(i)))
            .filter(|(_, t)| !t.is_empty());
        let base = match whole {
            Some((i, cell)) => Some(decode_record(&cell, reader).ok_or_else(|| {
                row.fail(
                    i,
                    Text::new(
                        "读不出（请勿在表格中修改这一列）",
                        "does not read (this column must not be edited)",
                    ),
                )
            })?),
            None => None,
        };
        let exported = base.as_ref().map(|r| book_cells(r, lang));
        let mut r = base.clone().unwrap_or_default();
        for i in 0..BOOK_FIELDS.len() {
            let edited = match (&exported, row.raw(i)) {
                (_, None) => false,
                (Some(e), Some(cell)) => e[i] != cell,
                (None, Some(_)) => true,
            };
            if edited {
                read_column(&mut r, &row, i)?;
            }
        }
        if base.is_none() {
            let title = row.text(5);
            let (monthly, term) = (row.amount(6)?, row.amount(7)?);
            r.offer = (!title.is_empty()).then(|| Offer {
                title: Text::new(title.clone(), title),
                monthly_saving: monthly,
                term_saving: term,
            });
        }
        if r.id.is_empty() {
            return Err(row.fail(
                0,
                Text::new(
                    "是空的：每位客户要有编号",
                    "is empty: every customer needs an id",
                ),
            ));
        }
        if out.iter().any(|o| o.id == r.id) {
            return Err(row.fail(
                0,
                Text::new(
                    format!("的“{}”在上面已出现过", r.id),
                    format!("\"{}\" appears above already", r.id),
                ),
            ));
        }
        out.push(r);
    }
    Ok(out)
}
