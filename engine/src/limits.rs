//! How much the app and the tool read from outside, stated once: a file over
//! its size or a list over its rows is refused, in both languages, before a
//! byte of it is parsed, so a pasted or sent file cannot freeze a tablet or
//! exhaust a browser tab's memory.
use crate::text::Text;

/// The figures' limits (the most a typed figure may be, and the fee above
/// which the counter questions a line's fee) are in the one table of
/// figure limits, `figures::limits`.
pub use crate::figures::limits::{fee_warning, PLAUSIBLE_LINE_FEE};

/// An import into the managers' editor (JSON tables or the plans CSV), and
/// the tables a tablet link carries: 1 MiB, about 35 times the default tables.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;
/// Rows of a plans CSV imported into the editor (the default tables have 20 plans).
pub const MAX_IMPORT_ROWS: usize = 5_000;
/// What an imported .xlsx workbook may inflate to, all its zip's entries
/// together (the default tables' workbook is about 60 KB): 20 MB.
pub const MAX_WORKBOOK_INFLATED_BYTES: usize = 20 * 1024 * 1024;
/// Cells one sheet of an imported workbook may make the reader hold (its
/// cells, or the rectangle from A1 they span): 200,000, forty columns of
/// the 5,000 rows a sheet may have.
pub const MAX_SHEET_CELLS: usize = 200_000;
/// A file the command-line tool reads (`--catalog`, `--customers`, stdin): 64 MiB.
pub const MAX_CLI_BYTES: usize = 64 * 1024 * 1024;
/// Rows of a campaign CSV the tool reads: 200,000 lines of customers (the
/// benchmark proposes for 45,000 in 1.5 s).
pub const MAX_CLI_ROWS: usize = 200_000;
/// Characters of a share link's code: the longest real one (40 lines with a
/// draft's edits) is under 2,000; a longer code is damaged or not ours.
pub const MAX_LINK_CHARS: usize = 16 * 1024;

fn size(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{} MB", bytes.div_ceil(1024 * 1024))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// Refuses a text longer than `max` bytes, saying both sizes.
pub fn check_size(len: usize, max: usize) -> Result<(), Text> {
    if len <= max {
        return Ok(());
    }
    Err(Text::new(
        format!(
            "文件过大（{}），上限为 {}：未读取，请拆分后再导入",
            size(len),
            size(max)
        ),
        format!(
            "the file is too large ({}); the limit is {}: nothing was read, split it and import the parts",
            size(len),
            size(max)
        ),
    ))
}

/// Refuses a CSV text of more than `max` rows (counted as line breaks, so
/// before any parsing; a header row is allowed on top).
pub fn check_rows(text: &str, max: usize) -> Result<(), Text> {
    let rows = text.bytes().filter(|&b| b == b'\n').count();
    let rows = rows + usize::from(!text.is_empty() && !text.ends_with('\n'));
    if rows <= max + 1 {
        return Ok(());
    }
    Err(Text::new(
        format!("表格行数过多（{rows} 行），上限为 {max} 行：未读取，请拆分后再导入"),
        format!("the list has too many rows ({rows}); the limit is {max}: nothing was read, split it and import the parts"),
    ))
}

/// Both checks for a CSV: size first, so a huge file is not even counted.
pub fn check_csv(text: &str, max_bytes: usize, max_rows: usize) -> Result<(), Text> {
    check_size(text.len(), max_bytes)?;
    check_rows(text, max_rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_up_to_the_limit_pass_and_over_it_are_refused_in_both_languages() {
        assert_eq!(check_size(MAX_IMPORT_BYTES, MAX_IMPORT_BYTES), Ok(()));
        let e = check_size(MAX_IMPORT_BYTES + 1, MAX_IMPORT_BYTES).unwrap_err();
        assert_eq!(
            e.zh,
            "文件过大（2 MB），上限为 1 MB：未读取，请拆分后再导入"
        );
        assert!(e
            .en
            .starts_with("the file is too large (2 MB); the limit is 1 MB"));
        assert!(check_size(3000, 2048).unwrap_err().en.contains("(3 KB)"));
    }

    #[test]
    fn rows_are_counted_before_parsing_with_a_header_allowed() {
        assert_eq!(check_rows("", 2), Ok(()));
        assert_eq!(check_rows("h\n1\n2\n", 2), Ok(()));
        assert_eq!(check_rows("h\n1\n2", 2), Ok(()));
        let e = check_rows("h\n1\n2\n3", 2).unwrap_err();
        assert!(e.zh.contains("4 行"), "{}", e.zh);
        assert!(e.en.contains("the limit is 2"), "{}", e.en);
        assert!(check_csv(&"x".repeat(10), 5, 100).is_err());
    }
}
