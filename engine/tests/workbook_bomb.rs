//! A zip bomb is refused before it is inflated: a workbook under the 1 MiB
//! import limit whose sheet inflates past 20 MB, or whose two cells span a
//! grid of billions, is refused in both languages, and nothing is read.
#![cfg(feature = "workbook")]
use std::io::{Cursor, Read, Write};

use proposal_engine::limits::{MAX_IMPORT_BYTES, MAX_WORKBOOK_INFLATED_BYTES};
use proposal_engine::workbook::{from_xlsx, to_xlsx, Refusal};
use proposal_engine::{default_catalog, Lang};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// The default tables' workbook with its first sheet's XML replaced by `sheet`.
fn with_first_sheet(sheet: &[u8]) -> Vec<u8> {
    let real = to_xlsx(&default_catalog()).unwrap();
    let mut from = ZipArchive::new(Cursor::new(real)).unwrap();
    let mut to = ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..from.len() {
        let file = from.by_index_raw(i).unwrap();
        if file.name_raw() == b"xl/worksheets/sheet1.xml" {
            drop(file);
            let options = SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(9));
            to.start_file("xl/worksheets/sheet1.xml", options).unwrap();
            to.write_all(sheet).unwrap();
        } else {
            to.raw_copy_file(file).unwrap();
        }
    }
    to.finish().unwrap().into_inner()
}

fn refusal(bytes: &[u8]) -> (String, String) {
    match from_xlsx(bytes) {
        Err(Refusal::File(t)) => (t.get(Lang::ZhCn).to_string(), t.get(Lang::En).to_string()),
        other => panic!("not refused as a file: {other:?}"),
    }
}

#[test]
fn the_real_sheet_put_back_is_still_read() {
    let real = to_xlsx(&default_catalog()).unwrap();
    let mut zip = ZipArchive::new(Cursor::new(real)).unwrap();
    let mut sheet = Vec::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_end(&mut sheet)
        .unwrap();
    assert_eq!(from_xlsx(&with_first_sheet(&sheet)), Ok(default_catalog()));
}

#[test]
fn a_sheet_that_inflates_past_20_mb_is_refused() {
    // 30 MB of spaces between two cells: a few tens of KB deflated.
    let mut sheet = br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>"#.to_vec();
    sheet.resize(sheet.len() + 30 * 1024 * 1024, b' ');
    sheet.extend_from_slice(b"</sheetData></worksheet>");
    assert!(sheet.len() > MAX_WORKBOOK_INFLATED_BYTES);
    let bomb = with_first_sheet(&sheet);
    assert!(bomb.len() < MAX_IMPORT_BYTES / 4, "{} bytes", bomb.len());
    let (zh, en) = refusal(&bomb);
    assert_eq!(
        zh,
        "工作簿解压后超过 20 MB：未导入任何内容（资费表的工作簿远小于此）"
    );
    assert_eq!(en, "the workbook is over 20 MB uncompressed: nothing was imported (a tables' workbook is far smaller)");
}

#[test]
fn two_cells_that_span_a_grid_of_billions_are_refused() {
    let sheet = br#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>"#;
    let bomb = with_first_sheet(sheet);
    assert!(bomb.len() < 64 * 1024);
    let (zh, en) = refusal(&bomb);
    assert_eq!(
        zh,
        "工作簿中的工作表（xl/worksheets/sheet1.xml）超过 200,000 个单元格：未导入任何内容"
    );
    assert_eq!(en, "a sheet of the workbook (xl/worksheets/sheet1.xml) has more than 200,000 cells: nothing was imported");
}
