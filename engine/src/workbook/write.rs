//! Writing the workbook with `rust_xlsxwriter` (pure Rust, zip deflate
//! through zlib-rs): a header row in both languages with units, frozen;
//! money and percentages as numbers with two decimals (the sheet shows a
//! dot whatever the spreadsheet's locale, the value is the number); text as
//! text cells, never a formula, so a name like `=HYPERLINK(...)` stays text.
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::columns::Sheet;
use super::value::Cell;
use crate::catalog::Catalog;
use crate::text::Text;

struct Formats {
    header: Format,
    money: Format,
    count: Format,
}

fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    cell: Cell,
    f: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Blank => {}
        Cell::Text(s) => {
            ws.write_string(row, col, s)?;
        }
        Cell::Money(m) => {
            ws.write_number_with_format(row, col, m.0 as f64 / 100.0, &f.money)?;
        }
        Cell::Percent(b) => {
            ws.write_number_with_format(row, col, f64::from(b.0) / 100.0, &f.money)?;
        }
        Cell::Count(n) => {
            ws.write_number_with_format(row, col, f64::from(n), &f.count)?;
        }
        Cell::Bool(b) => {
            ws.write_boolean(row, col, b)?;
        }
    }
    Ok(())
}

fn add<T>(wb: &mut Workbook, sheet: &Sheet<T>, rows: &[&T], f: &Formats) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(sheet.name())?;
    for (c, column) in sheet.columns.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, column.header(), &f.header)?;
        ws.set_column_width(
            c,
            (column.header().chars().count() as f64 * 1.2).clamp(10.0, 40.0),
        )?;
        for (r, item) in rows.iter().enumerate() {
            write_cell(ws, r as u32 + 1, c, (column.get)(item), f)?;
        }
    }
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}

/// The tables' date as the file's creation date, so one tables' export is
/// the same file every time.
fn properties(catalog: &Catalog) -> DocProperties {
    let date = crate::date::Date::parse(&catalog.effective_from)
        .and_then(|d| {
            let year = u16::try_from(d.year).ok()?;
            ExcelDateTime::from_ymd(year, d.month as u8, d.day as u8).ok()
        })
        .or_else(|| ExcelDateTime::from_ymd(2000, 1, 1).ok());
    let props = DocProperties::new()
        .set_title("资费表 / Package tables")
        .set_subject(format!("{} v{}", catalog.id, catalog.version));
    match date {
        Some(d) => props.set_creation_datetime(&d),
        None => props,
    }
}

fn build(catalog: &Catalog) -> Result<Vec<u8>, XlsxError> {
    use super::sheets::*;
    let mut wb = Workbook::new();
    wb.set_properties(&properties(catalog));
    let f = Formats {
        header: Format::new().set_bold().set_text_wrap(),
        money: Format::new().set_num_format("0.00"),
        count: Format::new().set_num_format("0"),
    };
    add(
        &mut wb,
        &plans::sheet(),
        &catalog.plans.iter().collect::<Vec<_>>(),
        &f,
    )?;
    add(
        &mut wb,
        &bundles::sheet(),
        &catalog.bundles.iter().collect::<Vec<_>>(),
        &f,
    )?;
    let slots: Vec<bundles::SlotRow> = catalog
        .bundles
        .iter()
        .flat_map(|b| {
            b.slots.iter().map(|s| bundles::SlotRow {
                bundle: b.id.clone(),
                slot: s.clone(),
            })
        })
        .collect();
    add(
        &mut wb,
        &bundles::slot_sheet(),
        &slots.iter().collect::<Vec<_>>(),
        &f,
    )?;
    add(
        &mut wb,
        &addons::sheet(),
        &catalog.addons.iter().collect::<Vec<_>>(),
        &f,
    )?;
    add(
        &mut wb,
        &promotions::sheet(),
        &catalog.promotions.iter().collect::<Vec<_>>(),
        &f,
    )?;
    let tiers: Vec<promotions::TierRow> = catalog
        .promotions
        .iter()
        .flat_map(|p| match &p.kind {
            crate::catalog::PromotionKind::VolumeDiscount { tiers } => tiers
                .iter()
                .map(|t| promotions::TierRow {
                    promotion: p.id.clone(),
                    tier: *t,
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    add(
        &mut wb,
        &promotions::tier_sheet(),
        &tiers.iter().collect::<Vec<_>>(),
        &f,
    )?;
    add(
        &mut wb,
        &others::handset_sheet(),
        &catalog.handsets.iter().collect::<Vec<_>>(),
        &f,
    )?;
    add(
        &mut wb,
        &others::fee_sheet(),
        &catalog.fees.iter().collect::<Vec<_>>(),
        &f,
    )?;
    add(
        &mut wb,
        &others::exclusion_sheet(),
        &catalog.exclusion_groups.iter().collect::<Vec<_>>(),
        &f,
    )?;
    add(&mut wb, &brand::sheet(), &[catalog], &f)?;
    wb.save_to_buffer()
}

/// The whole tables as one `.xlsx` workbook, a sheet per item type.
pub fn to_xlsx(catalog: &Catalog) -> Result<Vec<u8>, Text> {
    build(catalog).map_err(|e| {
        Text::new(
            format!("无法生成工作簿：{e}"),
            format!("the workbook could not be written: {e}"),
        )
    })
}
