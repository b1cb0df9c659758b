//! A zip bomb refused before it is inflated: an .xlsx is a zip, and a file
//! under the 1 MiB import limit can inflate to a gigabyte (a sheet of
//! spaces) or ask for a grid of billions of cells (one cell at A1 and one
//! at XFD1048576: calamine holds every cell between them). Before calamine
//! reads anything, the zip's stated sizes are summed, then each entry is
//! inflated into nothing, counting, and stopped at the limit
//! ([`MAX_WORKBOOK_INFLATED_BYTES`] in all, whatever the zip states); an
//! entry's XML (inside that limit) is scanned for its cells and the
//! rectangle they span ([`MAX_SHEET_CELLS`]).
use std::io::{Cursor, Read};

use crate::limits::{MAX_SHEET_CELLS, MAX_WORKBOOK_INFLATED_BYTES};
use crate::text::Text;

fn too_big() -> Text {
    let mb = MAX_WORKBOOK_INFLATED_BYTES / (1024 * 1024);
    Text::new(
        format!("工作簿解压后超过 {mb} MB：未导入任何内容（资费表的工作簿远小于此）"),
        format!("the workbook is over {mb} MB uncompressed: nothing was imported (a tables' workbook is far smaller)"),
    )
}

fn too_many_cells(entry: &str) -> Text {
    Text::new(
        format!("工作簿中的工作表（{entry}）超过 200,000 个单元格：未导入任何内容"),
        format!(
            "a sheet of the workbook ({entry}) has more than 200,000 cells: nothing was imported"
        ),
    )
}

/// Refuses a workbook over the limits; a file that is not a zip passes
/// (calamine says it is not a workbook).
pub fn check(bytes: &[u8]) -> Result<(), Text> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let limit = MAX_WORKBOOK_INFLATED_BYTES as u64;
    let stated = (0..zip.len())
        .filter_map(|i| zip.by_index_raw(i).ok().map(|f| f.size()))
        .fold(0u64, u64::saturating_add);
    if stated > limit {
        return Err(too_big());
    }
    let mut left = limit;
    for i in 0..zip.len() {
        let Ok(file) = zip.by_index(i) else {
            continue;
        };
        let name = String::from_utf8_lossy(file.name_raw()).into_owned();
        // Every entry, not only xl/worksheets/: the workbook's links may
        // name any entry as a sheet.
        let mut xml = Vec::new();
        // A damaged entry: calamine reports it.
        let Ok(n) = file.take(left + 1).read_to_end(&mut xml) else {
            continue;
        };
        let n = n as u64;
        if n > left {
            return Err(too_big());
        }
        left -= n;
        if cells(&xml) > MAX_SHEET_CELLS as u64 {
            return Err(too_many_cells(&name));
        }
    }
    Ok(())
}

/// The value of the attribute `r` in a tag's attributes.
fn attr_r(attrs: &[u8]) -> Option<&[u8]> {
    let at = (1..attrs.len()).find(|&k| {
        attrs[k] == b'r'
            && attrs[k - 1].is_ascii_whitespace()
            && attrs.get(k + 1) == Some(&b'=')
            && matches!(attrs.get(k + 2), Some(b'"' | b'\''))
    })?;
    let quote = attrs[at + 2];
    let value = &attrs[at + 3..];
    Some(&value[..value.iter().position(|&b| b == quote)?])
}

/// A cell reference (`AB12`) as its 1-based row and column.
fn cell_ref(r: &[u8]) -> Option<(u64, u64)> {
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (col, row) = r.split_at(letters);
    if letters == 0 || letters > 3 || row.is_empty() || row.len() > 7 {
        return None;
    }
    let col = col.iter().fold(0u64, |n, b| {
        n * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    Some((std::str::from_utf8(row).ok()?.parse().ok()?, col))
}

/// The cells a sheet's XML makes calamine hold: its cells, or the rectangle
/// from A1 to its last row and column (blanks included), the more of the two.
pub fn cells(xml: &[u8]) -> u64 {
    let (mut count, mut max_row, mut max_col) = (0u64, 0u64, 0u64);
    let (mut row, mut col) = (0u64, 0u64);
    let mut i = 0;
    while let Some(p) = xml[i..].iter().position(|&b| b == b'<') {
        let start = i + p + 1;
        let rest = &xml[start..];
        let name_len = rest
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
        let tag_len = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
        let attrs = &rest[name_len.min(tag_len)..tag_len];
        match local {
            b"row" => {
                row = attr_r(attrs)
                    .and_then(|v| std::str::from_utf8(v).ok()?.parse().ok())
                    .unwrap_or(row + 1);
                col = 0;
                max_row = max_row.max(row);
            }
            b"c" => {
                count += 1;
                let (r, c) = attr_r(attrs)
                    .and_then(cell_ref)
                    .unwrap_or((row.max(1), col + 1));
                col = c;
                max_row = max_row.max(r);
                max_col = max_col.max(c);
            }
            _ => {}
        }
        i = start + tag_len;
    }
    count.max(max_row.saturating_mul(max_col))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheets_cells_and_the_rectangle_they_span() {
        let xml = br#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>2</v></c></row><row r="2"><c><v>1</v></c></row></sheetData></worksheet>"#;
        assert_eq!(cells(xml), 6, "A1:C2");
        let spread = br#"<x:row r="1"><x:c r="A1"/></x:row><x:row r="1048576"><x:c r="XFD1048576"/></x:row>"#;
        assert_eq!(cells(spread), 1_048_576 * 16_384);
        assert_eq!(cell_ref(b"AB12"), Some((12, 28)));
        assert_eq!(attr_r(br#" s="1" r='B3'"#), Some(&b"B3"[..]));
        assert_eq!(attr_r(br#" spans="1:3""#), None);
    }
}
