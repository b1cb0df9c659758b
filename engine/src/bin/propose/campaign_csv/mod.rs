//! A campaign's customer list as CSV, one row per line of a customer; the
//! rows with the same `customer_id` (anywhere in the file) form one customer.
//! Columns are found by their header name, in any order. Every bad cell is
//! reported with its file line and column, in Chinese and English (`--lang`
//! picks one); a customer with a bad row is left out rather than proposed
//! for on part of its lines.
use std::collections::HashMap;
use std::sync::Arc;

use proposal_engine::csv::records;
use proposal_engine::customer::{CurrentContract, Line, Usage, UsageField};
use proposal_engine::{Customer, Text};

use super::input::{Entry, Origin};
use super::place;

mod cells;
mod choices;
mod columns;
mod header;
#[cfg(test)]
mod tests;

use cells::Row;
use columns::{Col, SHARED};

struct Building {
    entry: Entry,
    /// The file line of the customer's first row, and its shared cells.
    first_line: usize,
    first_row: Vec<String>,
    bad: bool,
}

/// The customers of a CSV list, and a message for each problem (file line and
/// field). A header problem stops the reading: no row can be trusted.
pub fn read(file: &str, text: &str) -> (Vec<Entry>, Vec<Text>) {
    let file: Arc<str> = file.into();
    let (rows, broken) = records(text);
    let mut rows = rows.into_iter();
    let Some(head) = rows.next() else {
        return (Vec::new(), vec![header::empty(&file)]);
    };
    let at = match header::locate(&file, &head) {
        Ok(at) => at,
        Err(errors) => return (Vec::new(), errors),
    };
    let width = head.cells.len();
    let mut errors = Vec::new();
    let mut customers: Vec<Building> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for record in rows {
        let n = record.line;
        if record.cells.len() != width {
            let m = Text::new(
                format!("有 {} 个字段，表头有 {width} 个", record.cells.len()),
                format!("has {} fields, the header has {width}", record.cells.len()),
            );
            errors.push(place::at(&place::line(&file, n), &m));
            if let Some(&c) = record.cells.first().and_then(|id| index.get(id.trim())) {
                customers[c].bad = true;
            }
            continue;
        }
        let mut row = Row {
            cells: at
                .iter()
                .filter_map(|&(c, p)| Some((c, record.cells[p?].as_str())))
                .collect(),
            problems: Vec::new(),
        };
        let id = row.cell(Col::Id).to_string();
        if id.is_empty() {
            let m = Text::new(
                "为空：每一行都要填所属客户的编号",
                "empty: every row needs its customer's id",
            );
            row.bad(Col::Id, m);
        }
        let mut line = Line {
            kind: row.kind(),
            label: String::new(),
            current_monthly_fee: row.money(Col::Fee, true),
            usage: Usage::default(),
            features: row.ids(Col::Services),
            wants_handset: row.ids(Col::Handset).into_iter().next(),
            origin: row.origin_with_us(),
            handset_mode: row.handset_mode(),
            current_plan: row.cell(Col::CurrentPlan).to_string(),
            estimated: Vec::new(),
        };
        let count = row.count();
        for f in UsageField::ALL {
            let v = row.usage(f);
            f.set(&mut line.usage, v);
        }
        let shared: Vec<String> = SHARED.iter().map(|&c| row.cell(c).to_string()).collect();
        match index.get(&id).copied() {
            // The customer's fields were read from its first row; this row must agree.
            Some(c) => agree(&mut row, &shared, &customers[c]),
            None => {
                index.insert(id.clone(), customers.len());
                customers.push(first_row(&mut row, &id, &file, n, shared));
            }
        }
        let b = &mut customers[index[&id]];
        for (col, message) in &row.problems {
            errors.push(place::at(&place::field(&file, n, col.name()), message));
        }
        b.bad |= !row.problems.is_empty();
        let lines = &mut b.entry.customer.lines;
        lines.extend(std::iter::repeat_n(line, count));
        if let Origin::Csv { rows, .. } = &mut b.entry.origin {
            rows.push(n);
        }
    }
    if let Some(broken) = broken {
        // The id column (required, so found by now).
        let id_at = at
            .iter()
            .find_map(|&(c, p)| if c == Col::Id { p } else { None })
            .unwrap_or(0);
        // Every customer with a row on the swallowed lines is named and left out.
        for id in broken.values_in(id_at) {
            if let Some(&c) = index.get(&id) {
                customers[c].bad = true;
            }
        }
        let naming = broken.naming(id_at);
        errors.push(place::at(&place::line(&file, broken.line), &naming));
    }
    let left_out = Text::new(
        "该客户未出方案：其行有问题（见上）",
        "left out, its rows have problems (above)",
    );
    let entries = customers
        .into_iter()
        .filter_map(|b| {
            if b.bad {
                errors.push(place::at(&b.entry.locate(""), &left_out));
                None
            } else {
                Some(b.entry)
            }
        })
        .collect();
    (entries, errors)
}

/// A later row of a customer: its customer-level cells must be the first row's.
fn agree(row: &mut Row, shared: &[String], first: &Building) {
    for (k, &col) in SHARED.iter().enumerate() {
        let (this, then, line) = (&shared[k], &first.first_row[k], first.first_line);
        if this != then {
            let m = Text::new(
                format!("{this:?} 与该客户第一行（第 {line} 行）的 {then:?} 不一致"),
                format!("{this:?} differs from {then:?} on line {line}, the customer's first row"),
            );
            row.bad(col, m);
        }
    }
}

/// A customer's first row: its customer-level fields are read from it.
fn first_row(row: &mut Row, id: &str, file: &Arc<str>, n: usize, shared: Vec<String>) -> Building {
    let customer = Customer {
        name: row.cell(Col::Name).to_string(),
        segment: row.segment(),
        tenure_months: row.number(Col::Tenure),
        lines: Vec::new(),
        account_features: row.ids(Col::AccountServices),
        current_account_fee: row.money(Col::CurrentAccountFee, false),
        contract: CurrentContract {
            months_left: row.number(Col::MonthsLeft),
            exit_fee: row.money(Col::ExitFee, false),
        },
    };
    Building {
        entry: Entry {
            id: id.to_string(),
            customer,
            origin: Origin::Csv {
                file: file.clone(),
                rows: Vec::new(),
            },
        },
        first_line: n,
        first_row: shared,
        bad: false,
    }
}
