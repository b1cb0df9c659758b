//! The package tables as one `.xlsx` workbook (feature `workbook`), for
//! managers who keep their tables in a spreadsheet: a sheet per item type
//! (plans, bundles and their member slots, add-ons, promotions and their
//! volume tiers, handsets, one-off fees, exclusion groups, the brand and
//! the tables' own fields), headers in Chinese and English with units,
//! money in yuan with two decimals (fen in the engine). Reading it back
//! gives the same tables, fingerprint included; a workbook with problems
//! is refused with the sheet, row and column of every one, and nothing of
//! it is used. Rows are matched to their item by id (a slot to its bundle,
//! a tier to its promotion); a blank cell is "not set", never zero.
use crate::catalog::{validate_catalog, Catalog, PromotionKind};
use crate::limits::{check_size, MAX_IMPORT_BYTES};
use crate::problem::Problem;
use crate::text::{Lang, Text};

mod columns;
mod guard;
mod place;
mod read;
mod sheets;
mod value;
mod write;

pub use place::{letter, CellProblem};
pub use write::to_xlsx;

use read::{Book, Layout};
use sheets::*;

/// Why a workbook was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a workbook at all, or over a limit.
    File(Text),
    /// Every problem, at its sheet, row and column.
    Cells(Vec<CellProblem>),
}

impl Refusal {
    /// Every problem, one a line, in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            Refusal::File(t) => vec![t.get(lang).to_string()],
            Refusal::Cells(ps) => ps.iter().map(|p| p.get(lang)).collect(),
        }
    }
}

/// The tab names of the workbook, in order: `套餐 Plans` ...
pub fn sheet_names() -> Vec<String> {
    vec![
        plans::sheet().name(),
        bundles::sheet().name(),
        bundles::slot_sheet().name(),
        addons::sheet().name(),
        promotions::sheet().name(),
        promotions::tier_sheet().name(),
        others::handset_sheet().name(),
        others::fee_sheet().name(),
        others::exclusion_sheet().name(),
        brand::sheet().name(),
    ]
}

/// Each sheet's columns as their headers (`月费（元） / Monthly fee (CNY)`),
/// for the README and the tests.
pub fn headers() -> Vec<(String, Vec<String>)> {
    fn of<T>(s: columns::Sheet<T>) -> (String, Vec<String>) {
        (s.name(), s.columns.iter().map(|c| c.header()).collect())
    }
    vec![
        of(plans::sheet()),
        of(bundles::sheet()),
        of(bundles::slot_sheet()),
        of(addons::sheet()),
        of(promotions::sheet()),
        of(promotions::tier_sheet()),
        of(others::handset_sheet()),
        of(others::fee_sheet()),
        of(others::exclusion_sheet()),
        of(brand::sheet()),
    ]
}

/// The rows of one sheet, or a problem when the workbook has no such sheet.
fn sheet_rows<T>(
    book: &Book,
    sheet: &columns::Sheet<T>,
    problems: &mut Vec<CellProblem>,
) -> (Layout, Vec<(u32, T)>) {
    match book.find(sheet) {
        Some(grid) => read::rows(grid, sheet, problems),
        None => {
            let name = Text::new(sheet.zh, sheet.en);
            problems.push(CellProblem {
                sheet: name.clone(),
                row: 1,
                column: 1,
                header: None,
                message: Text::new(
                    format!("工作簿里没有“{}”这张工作表", sheet.name()),
                    format!("the workbook has no sheet \"{}\"", sheet.name()),
                ),
            });
            let empty = read::Grid { rows: Vec::new() };
            let (layout, _) = read::rows(&empty, sheet, &mut Vec::new());
            (layout, Vec::new())
        }
    }
}

/// Where each item of the tables came from, to place the validator's problems.
struct Origin {
    lists: Vec<(&'static str, Layout, Vec<u32>)>,
    slots: (Layout, Vec<Vec<u32>>),
    tiers: (Layout, Vec<Vec<u32>>),
    brand: (Layout, u32),
}

fn unmatched(layout: &Layout, row: u32, key: &str, id: &str, of: Text) -> CellProblem {
    layout.problem(
        row,
        key,
        Text::new(
            format!("找不到编号为 {id} 的{}：行按编号对应", of.zh),
            format!("no {} has the id {id}: rows are matched by id", of.en),
        ),
    )
}

fn assemble(book: &Book, problems: &mut Vec<CellProblem>) -> Option<(Catalog, Origin)> {
    let (brand_layout, brand_rows) = sheet_rows(book, &brand::sheet(), problems);
    let (p_l, plans) = sheet_rows(book, &plans::sheet(), problems);
    let (b_l, bundles) = sheet_rows(book, &bundles::sheet(), problems);
    let (s_l, slots) = sheet_rows(book, &bundles::slot_sheet(), problems);
    let (a_l, addons) = sheet_rows(book, &addons::sheet(), problems);
    let (pr_l, promotions) = sheet_rows(book, &promotions::sheet(), problems);
    let (t_l, tiers) = sheet_rows(book, &promotions::tier_sheet(), problems);
    let (h_l, handsets) = sheet_rows(book, &others::handset_sheet(), problems);
    let (f_l, fees) = sheet_rows(book, &others::fee_sheet(), problems);
    let (e_l, groups) = sheet_rows(book, &others::exclusion_sheet(), problems);

    let mut brand_rows = brand_rows.into_iter();
    let (brand_row, mut catalog) = match (brand_rows.next(), brand_rows.next()) {
        (Some(first), None) => first,
        (first, second) => {
            let row = second.map_or(2, |(r, _)| r);
            problems.push(brand_layout.problem(
                row,
                "id",
                Text::new(
                    "这张工作表只能有一行资费表信息（表头下第 2 行）",
                    "this sheet has exactly one row of the tables' fields (row 2, under the header)",
                ),
            ));
            first.unwrap_or((2, brand::blank()))
        }
    };
    let (p_rows, p) = split(plans);
    let (b_rows, b) = split(bundles);
    let (a_rows, a) = split(addons);
    let (pr_rows, pr) = split(promotions);
    let (h_rows, h) = split(handsets);
    let (f_rows, f) = split(fees);
    let (e_rows, e) = split(groups);
    catalog.plans = p;
    catalog.bundles = b;
    catalog.addons = a;
    catalog.promotions = pr;
    catalog.handsets = h;
    catalog.fees = f;
    catalog.exclusion_groups = e;

    let mut slot_rows = vec![Vec::new(); catalog.bundles.len()];
    for (row, s) in slots {
        match catalog.bundles.iter().position(|b| b.id == s.bundle) {
            Some(i) => {
                catalog.bundles[i].slots.push(s.slot);
                slot_rows[i].push(row);
            }
            None if s.bundle.0.is_empty() => {}
            None => problems.push(unmatched(
                &s_l,
                row,
                "bundle",
                s.bundle.as_str(),
                Text::new("融合套餐", "bundle"),
            )),
        }
    }
    let mut tier_rows = vec![Vec::new(); catalog.promotions.len()];
    for (row, t) in tiers {
        let at = catalog.promotions.iter().position(|p| p.id == t.promotion);
        match at.map(|i| (i, &mut catalog.promotions[i].kind)) {
            Some((i, PromotionKind::VolumeDiscount { tiers })) => {
                tiers.push(t.tier);
                tier_rows[i].push(row);
            }
            Some(_) => problems.push(t_l.problem(
                row,
                "promotion",
                Text::new(
                    format!(
                        "优惠 {} 不是阶梯折扣（volume_discount），不能有阶梯",
                        t.promotion
                    ),
                    format!(
                        "the promotion {} is not a volume_discount, so it has no tiers",
                        t.promotion
                    ),
                ),
            )),
            None if t.promotion.0.is_empty() => {}
            None => problems.push(unmatched(
                &t_l,
                row,
                "promotion",
                t.promotion.as_str(),
                Text::new("优惠", "promotion"),
            )),
        }
    }
    let origin = Origin {
        lists: vec![
            ("plans", p_l, p_rows),
            ("bundles", b_l, b_rows),
            ("addons", a_l, a_rows),
            ("promotions", pr_l, pr_rows),
            ("handsets", h_l, h_rows),
            ("fees", f_l, f_rows),
            ("exclusion_groups", e_l, e_rows),
        ],
        slots: (s_l, slot_rows),
        tiers: (t_l, tier_rows),
        brand: (brand_layout, brand_row),
    };
    Some((catalog, origin))
}

fn split<T>(rows: Vec<(u32, T)>) -> (Vec<u32>, Vec<T>) {
    rows.into_iter().unzip()
}

/// `plans[3].monthly_fee` -> (`plans`, 3, `monthly_fee`).
fn indexed(path: &str) -> Option<(&str, usize, &str)> {
    let (list, rest) = path.split_once('[')?;
    let (i, rest) = rest.split_once(']')?;
    Some((
        list,
        i.parse().ok()?,
        rest.strip_prefix('.').unwrap_or(rest),
    ))
}

/// A validator's problem at the cell it is about.
fn placed(origin: &Origin, p: &Problem) -> CellProblem {
    let at = indexed(&p.path).and_then(|(list, i, rest)| {
        let (_, layout, rows) = origin.lists.iter().find(|(l, _, _)| *l == list)?;
        let row = *rows.get(i)?;
        let child = |(layout, rows): &(Layout, Vec<Vec<u32>>), prefix: &str| {
            let (_, j, key) = indexed(rest.strip_prefix(prefix)?)?;
            Some(layout.problem(*rows.get(i)?.get(j)?, key, p.message.clone()))
        };
        let nested = match list {
            "bundles" if rest.starts_with("slots[") => child(&origin.slots, ""),
            "promotions" if rest.starts_with("kind.tiers[") => child(&origin.tiers, "kind."),
            _ => None,
        };
        Some(nested.unwrap_or_else(|| layout.problem(row, rest, p.message.clone())))
    });
    at.unwrap_or_else(|| {
        let (layout, row) = &origin.brand;
        layout.problem(*row, &p.path, p.message.clone())
    })
}

/// Reads tables from a workbook written by [`to_xlsx`] (or edited since in
/// a spreadsheet): every problem at its cell, and the tables validated.
pub fn from_xlsx(bytes: &[u8]) -> Result<Catalog, Refusal> {
    check_size(bytes.len(), MAX_IMPORT_BYTES).map_err(Refusal::File)?;
    guard::check(bytes).map_err(Refusal::File)?;
    let mut problems = Vec::new();
    let book = read::open(bytes, &mut problems).map_err(Refusal::File)?;
    let assembled = assemble(&book, &mut problems);
    if !problems.is_empty() {
        return Err(Refusal::Cells(problems));
    }
    let (catalog, origin) = assembled.ok_or(Refusal::Cells(Vec::new()))?;
    validate_catalog(&catalog)
        .map_err(|ps| Refusal::Cells(ps.iter().map(|p| placed(&origin, p)).collect()))?;
    Ok(catalog)
}
