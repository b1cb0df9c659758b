//! The header line: where each of the list's columns is in the file. A
//! missing required column stops the reading (no row can be trusted), with
//! one message per missing column.
use proposal_engine::csv::Record;
use proposal_engine::Text;

use super::super::place;
use super::columns::{columns, header_names, Col};

/// Each column and its position in the file's rows (`None`: an optional
/// column the file does not have), or the messages of the missing ones.
pub(super) fn locate(file: &str, header: &Record) -> Result<Vec<(Col, Option<usize>)>, Vec<Text>> {
    let names: Vec<String> = header
        .cells
        .iter()
        .map(|c| c.trim().to_lowercase())
        .collect();
    let needs = header_names().join(",");
    let mut errors = Vec::new();
    let mut at = Vec::new();
    for col in columns() {
        let found = names.iter().position(|n| n == col.name());
        if found.is_none() && col.required() {
            let m = Text::new(
                format!("缺少此列（表头需要：{needs}）"),
                format!("missing column (the header needs: {needs})"),
            );
            errors.push(place::at(&place::field(file, header.line, col.name()), &m));
        }
        at.push((col, found));
    }
    if errors.is_empty() {
        Ok(at)
    } else {
        Err(errors)
    }
}

/// The message for a file without even a header line.
pub(super) fn empty(file: &str) -> Text {
    let needs = header_names().join(",");
    Text::new(
        format!("{file}：文件为空，第一行应为表头：{needs}"),
        format!("{file}: empty, expected a header line: {needs}"),
    )
}
