//! The plans table as CSV for spreadsheet users: one column per field (the
//! field keys as header), RFC 4180 quoting, a cell a spreadsheet would run
//! as a formula neutralised (and restored when read back). Reading reports
//! every bad cell with its line and column, in Chinese and English.
use proposal_engine::catalog::Plan;
use proposal_engine::spreadsheet::{cell, restore};
use proposal_engine::{Catalog, Lang, Text};

use super::items::plan::{blank, fields};
use super::place;

/// The plans of `catalog` as CSV.
pub fn plans_to_csv(catalog: &Catalog) -> String {
    let fields = fields();
    let keys: Vec<&str> = fields.iter().map(|f| f.key.as_ref()).collect();
    let mut out = keys.join(",");
    out.push('\n');
    for plan in &catalog.plans {
        let row: Vec<String> = fields.iter().map(|f| cell(&f.get(plan))).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// The non-blank records of `text`, each with its 1-based starting line,
/// from the engine's one CSV reader (byte-order mark, quotes, CRLF).
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, Text> {
    let (records, broken) = proposal_engine::csv::records(text);
    if let Some(e) = broken {
        return Err(place::at(&place::line(e.line), &e.message));
    }
    Ok(records
        .into_iter()
        .filter(|r| !r.is_blank())
        .map(|r| (r.line, r.cells))
        .collect())
}

/// The columns a plans CSV must have.
const REQUIRED: [&str; 5] = ["id", "name.zh", "name.en", "kind", "monthly_fee"];

/// Reads plans from CSV; every problem says its line and field, in `lang`.
/// Also returns each plan's line, to place the validator's problems.
pub fn plans_from_csv(text: &str, lang: Lang) -> Result<(Vec<Plan>, Vec<usize>), Vec<String>> {
    read_plans(text).map_err(|ms| ms.iter().map(|m| m.get(lang).to_string()).collect())
}

/// [`plans_from_csv`] with every problem in both languages.
pub fn read_plans(text: &str) -> Result<(Vec<Plan>, Vec<usize>), Vec<Text>> {
    let rows = records(text).map_err(|e| vec![e])?;
    let Some(((_, header), body)) = rows.split_first() else {
        let m = Text::new("文件为空", "the file is empty");
        return Err(vec![place::at(&place::line(1), &m)]);
    };
    let mut errors = Vec::new();
    let keys: Vec<&str> = header.iter().map(|h| h.trim()).collect();
    let known = fields();
    let columns: Vec<_> = keys
        .iter()
        .map(|k| known.iter().find(|f| f.key == *k))
        .collect();
    for (i, (k, field)) in keys.iter().zip(&columns).enumerate() {
        if field.is_none() {
            let column = i + 1;
            errors.push(Text::new(
                format!("第 1 行第 {column} 列：无法识别的字段 {k:?}"),
                format!("line 1, column {column}: unknown field {k:?}"),
            ));
        }
    }
    for required in REQUIRED.into_iter().filter(|r| !keys.contains(r)) {
        let m = Text::new(
            format!("缺少 {required} 这一列"),
            format!("the column {required} is missing"),
        );
        errors.push(place::at(&place::line(1), &m));
    }
    let (mut plans, mut lines) = (Vec::new(), Vec::new());
    for (line, cells) in body {
        let (n, width) = (cells.len(), keys.len());
        if n != width {
            let m = Text::new(
                format!("有 {n} 格，表头有 {width} 格"),
                format!("{n} cells, the header has {width}"),
            );
            errors.push(place::at(&place::line(*line), &m));
            continue;
        }
        let mut plan = blank(&[]);
        plan.name = Default::default();
        for ((key, field), cell) in keys.iter().zip(&columns).zip(cells) {
            if let Some(f) = field {
                if let Err(e) = f.set(&mut plan, restore(cell)) {
                    errors.push(place::at(&place::cell(*line, key, Some(f.label)), &e));
                }
            }
        }
        plans.push(plan);
        lines.push(*line);
    }
    if errors.is_empty() {
        Ok((plans, lines))
    } else {
        Err(errors)
    }
}
