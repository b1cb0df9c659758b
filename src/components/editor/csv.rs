//! The plans table as CSV for spreadsheet users: one column per field (the
//! field keys as header), RFC 4180 quoting, a cell a spreadsheet would run
//! as a formula neutralised (and restored when read back). Reading reports every bad cell
//! with its line and column name.
use proposal_engine::catalog::Plan;
use proposal_engine::spreadsheet::{cell, restore};
use proposal_engine::{Catalog, Lang};

use super::items::plan::{blank, fields};

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
fn records(text: &str, lang: Lang) -> Result<Vec<(usize, Vec<String>)>, String> {
    let (records, broken) = proposal_engine::csv::records(text);
    if let Some(e) = broken {
        return Err(format!("line {}: {}", e.line, e.message.get(lang)));
    }
    Ok(records
        .into_iter()
        .filter(|r| !r.is_blank())
        .map(|r| (r.line, r.cells))
        .collect())
}

/// Reads plans from CSV; every problem is `line N, field K: message`. Also
/// returns each plan's line, to place the validator's problems.
pub fn plans_from_csv(text: &str, lang: Lang) -> Result<(Vec<Plan>, Vec<usize>), Vec<String>> {
    let rows = records(text, lang).map_err(|e| vec![e])?;
    let Some(((_, header), body)) = rows.split_first() else {
        return Err(vec!["line 1: the file is empty".into()]);
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
            errors.push(format!("line 1, column {}: unknown field {k:?}", i + 1));
        }
    }
    for required in ["id", "name.zh", "name.en", "kind", "monthly_fee"] {
        if !keys.contains(&required) {
            errors.push(format!("line 1: the column {required} is missing"));
        }
    }
    let (mut plans, mut lines) = (Vec::new(), Vec::new());
    for (line, cells) in body {
        if cells.len() != keys.len() {
            errors.push(format!(
                "line {line}: {} cells, the header has {}",
                cells.len(),
                keys.len()
            ));
            continue;
        }
        let mut plan = blank(&[]);
        plan.name = Default::default();
        for ((key, field), cell) in keys.iter().zip(&columns).zip(cells) {
            if let Err(e) = field.map_or(Ok(()), |f| f.set(&mut plan, restore(cell))) {
                errors.push(format!("line {line}, field {key}: {}", e.get(lang)));
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
