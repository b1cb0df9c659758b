//! Reading a workbook with `calamine`: each sheet as a grid of values (a
//! date cell as `YYYY-MM-DD`), then each sheet's rows into its items by the
//! columns its header names, every bad cell reported and none skipped.
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::columns::Sheet;
use super::place::CellProblem;
use super::value::Value;
use crate::date::Date;
use crate::text::Text;

/// A sheet's cells, row 0 its header.
pub struct Grid {
    pub rows: Vec<Vec<Value>>,
}

impl Grid {
    fn get(&self, row: usize, col: usize) -> &Value {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Value::Blank)
    }
}

/// The workbook's sheets by their tab names.
pub struct Book {
    pub sheets: Vec<(String, Grid)>,
}

fn unreadable(detail: impl std::fmt::Display) -> Text {
    Text::new(
        format!("不是可读取的 .xlsx 工作簿（{detail}）：未导入任何内容"),
        format!("not a readable .xlsx workbook ({detail}): nothing was imported"),
    )
}

/// An Excel date serial (days since 1899-12-30) as `YYYY-MM-DD`.
fn serial_date(serial: f64) -> String {
    let days = serial.floor();
    match Date::new(1899, 12, 30) {
        Some(epoch) if (0.0..3_000_000.0).contains(&days) => {
            let d = epoch.add_days(days as i32);
            format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
        }
        _ => format!("{serial}"),
    }
}

fn value(cell: &Data, at: (u32, u32), sheet: &str, problems: &mut Vec<CellProblem>) -> Value {
    match cell {
        Data::Empty => Value::Blank,
        Data::String(s) => Value::Text(s.clone()),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(d) => Value::Text(serial_date(d.as_f64())),
        Data::DateTimeIso(s) | Data::DurationIso(s) => {
            Value::Text(s.get(..10).unwrap_or(s).to_string())
        }
        Data::Error(e) => {
            problems.push(CellProblem {
                sheet: sheet_text(sheet),
                row: at.0 + 1,
                column: at.1 + 1,
                header: None,
                message: Text::new(
                    format!("格子里是公式错误 {e}：请填写数值"),
                    format!("the cell holds a formula error, {e}: enter a value"),
                ),
            });
            Value::Blank
        }
    }
}

/// A tab name split into its languages (`套餐 Plans` -> 套餐, Plans).
pub fn sheet_text(name: &str) -> Text {
    match name.split_once(' ') {
        Some((zh, en)) if !zh.is_ascii() => Text::new(zh, en),
        _ => Text::new(name, name),
    }
}

/// Opens the workbook and reads every sheet's cells.
pub fn open(bytes: &[u8], problems: &mut Vec<CellProblem>) -> Result<Book, Text> {
    let mut xlsx = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut sheets = Vec::new();
    for name in xlsx.sheet_names() {
        let range = xlsx.worksheet_range(&name).map_err(unreadable)?;
        if range.height() > crate::limits::MAX_IMPORT_ROWS + 1 {
            return Err(Text::new(
                format!(
                    "工作表“{name}”超过 {} 行：未导入任何内容",
                    crate::limits::MAX_IMPORT_ROWS
                ),
                format!(
                    "the sheet {name} has more than {} rows: nothing was imported",
                    crate::limits::MAX_IMPORT_ROWS
                ),
            ));
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<Value>> = vec![Vec::new(); r0 as usize];
        for (i, row) in range.rows().enumerate() {
            let r = r0 + i as u32;
            let mut cells = vec![Value::Blank; c0 as usize];
            for (j, cell) in row.iter().enumerate() {
                cells.push(value(cell, (r, c0 + j as u32), &name, problems));
            }
            rows.push(cells);
        }
        sheets.push((name, Grid { rows }));
    }
    Ok(Book { sheets })
}

impl Book {
    /// The sheet whose tab is `sheet`'s name, or either language's part of it.
    pub fn find<T>(&self, sheet: &Sheet<T>) -> Option<&Grid> {
        let full = sheet.name();
        self.sheets
            .iter()
            .find(|(n, _)| {
                let n = n.trim();
                n == full || n == sheet.zh || n.eq_ignore_ascii_case(sheet.en)
            })
            .map(|(_, g)| g)
    }
}

/// Where each of a sheet's columns is (`None`: missing, reported).
pub struct Layout {
    pub sheet: Text,
    /// Per sheet column: its key, its 0-based position in the grid, its header.
    pub columns: Vec<(&'static str, Option<usize>, Text)>,
}

impl Layout {
    /// The 1-based column and header of the field `key`.
    pub fn at(&self, key: &str) -> (u32, Option<Text>) {
        self.columns
            .iter()
            .find(|(k, _, _)| *k == key)
            .and_then(|(_, at, h)| Some(((*at)? as u32 + 1, Some(h.clone()))))
            .unwrap_or((1, None))
    }

    /// The column of the longest key `path` is in (`allowance.data_mb` of
    /// `allowance.data_mb`, `includes` of `includes[2]`), or the first
    /// column that `path` is the start of (`name` -> `name.zh`).
    pub fn column_of(&self, path: &str) -> (u32, Option<Text>) {
        let inside = |k: &str| {
            path == k
                || path
                    .strip_prefix(k)
                    .is_some_and(|r| r.starts_with(['.', '[']))
        };
        let best = self
            .columns
            .iter()
            .filter(|(k, _, _)| inside(k))
            .max_by_key(|(k, _, _)| k.len())
            .or_else(|| {
                self.columns
                    .iter()
                    .find(|(k, _, _)| k.strip_prefix(path).is_some_and(|r| r.starts_with('.')))
            });
        match best {
            Some((k, _, _)) => self.at(k),
            None => self.at("id"),
        }
    }

    pub fn problem(&self, row: u32, path: &str, message: Text) -> CellProblem {
        let (column, header) = self.column_of(path);
        CellProblem {
            sheet: self.sheet.clone(),
            row,
            column,
            header,
            message,
        }
    }
}

/// The rows of `sheet` in `grid` as items, each with its 1-based row; a
/// row whose cells are all blank is skipped.
pub fn rows<T>(
    grid: &Grid,
    sheet: &Sheet<T>,
    problems: &mut Vec<CellProblem>,
) -> (Layout, Vec<(u32, T)>) {
    let name = Text::new(sheet.zh, sheet.en);
    let header: Vec<String> = grid
        .rows
        .first()
        .map_or(Vec::new(), |r| r.iter().map(Value::text).collect());
    let mut columns = Vec::new();
    for (i, col) in sheet.columns.iter().enumerate() {
        let at = header.iter().position(|h| col.named(h));
        let text = Text::new(col.zh, col.en);
        if at.is_none() {
            problems.push(CellProblem {
                sheet: name.clone(),
                row: 1,
                column: i as u32 + 1,
                header: None,
                message: Text::new(
                    format!("缺少“{}”这一列", col.header()),
                    format!("the column \"{}\" is missing", col.header()),
                ),
            });
        }
        columns.push((col.key, at, text));
    }
    for (i, h) in header.iter().enumerate() {
        let known = sheet.columns.iter().any(|c| c.named(h));
        if !h.trim().is_empty() && !known {
            problems.push(CellProblem {
                sheet: name.clone(),
                row: 1,
                column: i as u32 + 1,
                header: None,
                message: Text::new(
                    format!("无法识别的列“{}”", h.trim()),
                    format!("unknown column {:?}", h.trim()),
                ),
            });
        }
    }
    let layout = Layout {
        sheet: name,
        columns,
    };
    let mut items = Vec::new();
    for (r, cells) in grid.rows.iter().enumerate().skip(1) {
        if cells.iter().all(Value::is_blank) {
            continue;
        }
        let row = r as u32 + 1;
        let mut item = (sheet.blank)();
        for (col, (_, at, header)) in sheet.columns.iter().zip(&layout.columns) {
            let Some(at) = at else { continue };
            if let Err(message) = (col.set)(&mut item, grid.get(r, *at)) {
                problems.push(CellProblem {
                    sheet: layout.sheet.clone(),
                    row,
                    column: *at as u32 + 1,
                    header: Some(header.clone()),
                    message,
                });
            }
        }
        items.push((row, item));
    }
    (layout, items)
}
