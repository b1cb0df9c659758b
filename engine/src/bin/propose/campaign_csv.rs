//! A campaign's customer list as CSV, one row per line of a customer; the
//! rows with the same `customer_id` (anywhere in the file) form one customer.
//! Columns are found by their header name, in any order. Every bad cell is
//! reported with its file line and column; a customer with a bad row is left
//! out rather than proposed for on part of its lines.
use std::collections::HashMap;
use std::sync::Arc;

use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{
    Cluster, CurrentContract, Line, LineOrigin, Measure, Segment, Usage, UsageField,
};
use proposal_engine::{Bps, Customer, Money};

use proposal_engine::csv::records;
use proposal_engine::figures::limits::MAX_OWN_CALLS;
use proposal_engine::figures::{blank_is_zero, parse_count, parse_data, parse_percent, DataUnit};

use super::input::{Entry, Origin};

/// A column of the list.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Col {
    Id,
    Name,
    Segment,
    Cluster,
    Tenure,
    Kind,
    Fee,
    /// One per usage quantity of the engine's table, in its order.
    Usage(UsageField),
    MonthsLeft,
    ExitFee,
    /// Optional: blank or missing is this operator.
    Origin,
}

impl Col {
    fn name(self) -> &'static str {
        match self {
            Col::Id => "customer_id",
            Col::Name => "customer_name",
            Col::Segment => "segment",
            Col::Cluster => "cluster",
            Col::Tenure => "tenure_months",
            Col::Kind => "kind",
            Col::Fee => "current_monthly_fee",
            Col::Usage(f) => f.spec().csv,
            Col::MonthsLeft => "months_left",
            Col::ExitFee => "exit_fee",
            Col::Origin => "origin",
        }
    }

    fn required(self) -> bool {
        self != Col::Origin
    }
}

/// Every column, in the order the header is documented.
fn columns() -> Vec<Col> {
    let head = [
        Col::Id,
        Col::Name,
        Col::Segment,
        Col::Cluster,
        Col::Tenure,
        Col::Kind,
        Col::Fee,
    ];
    head.into_iter()
        .chain(UsageField::ALL.map(Col::Usage))
        .chain([Col::MonthsLeft, Col::ExitFee, Col::Origin])
        .collect()
}

/// The required columns' names, as the header line lists them.
pub fn header_names() -> Vec<&'static str> {
    columns()
        .into_iter()
        .filter(|c| c.required())
        .map(Col::name)
        .collect()
}

/// The cells of one row, and the problems found reading them.
struct Row<'a> {
    /// Each column's cell; an optional column missing from the file is blank.
    cells: Vec<(Col, &'a str)>,
    problems: Vec<(Col, String)>,
}

impl Row<'_> {
    fn cell(&self, col: Col) -> &str {
        self.cells
            .iter()
            .find(|(c, _)| *c == col)
            .map_or("", |(_, v)| v.trim())
    }

    fn bad(&mut self, col: Col, message: String) {
        self.problems.push((col, message));
    }

    /// A usage quantity, read as its measure is typed (limits are the
    /// validator's, reported at the same column).
    fn usage(&mut self, f: UsageField) -> u32 {
        let col = Col::Usage(f);
        match f.spec().measure {
            Measure::Minutes | Measure::Count | Measure::Mbps => self.number(col),
            Measure::Data => self.gigabytes(col),
            Measure::Percent => self.percent(col).0,
        }
    }

    fn origin(&mut self) -> LineOrigin {
        let v = self.cell(Col::Origin).to_string();
        LineOrigin::from_text(&v).unwrap_or_else(|| {
            let m =
                format!("unknown {v:?} (本网, 异网 or 新装; this_operator, other_operator or new)");
            self.bad(Col::Origin, m);
            LineOrigin::ThisOperator
        })
    }

    /// A whole number; blank is 0.
    fn number(&mut self, col: Col) -> u32 {
        let v = self.cell(col);
        match blank_is_zero(v, |v| parse_count(v, u32::MAX)) {
            Ok(n) => n,
            Err(_) => {
                let m = format!("not a whole number: {v:?}");
                self.bad(col, m);
                0
            }
        }
    }

    /// Yuan, `128.50`; blank is 0 unless `required`.
    fn money(&mut self, col: Col, required: bool) -> Money {
        let v = self.cell(col).to_string();
        if v.is_empty() && !required {
            return Money::ZERO;
        }
        match Money::parse_yuan(&v) {
            Ok(m) => m,
            Err(_) if v.is_empty() => {
                self.bad(col, "enter an amount in yuan (e.g. 128.50)".into());
                Money::ZERO
            }
            Err(_) => {
                self.bad(col, format!("not an amount: {v:?}"));
                Money::ZERO
            }
        }
    }

    /// GB as the engine reads typed data (up to 3 decimals, or `512 MB`);
    /// blank is 0.
    fn gigabytes(&mut self, col: Col) -> u32 {
        let v = self.cell(col);
        match blank_is_zero(v, |v| parse_data(v, DataUnit::Gb)) {
            Ok(mb) => mb,
            Err(_) => {
                let m = format!("not a number of GB: {v:?}");
                self.bad(col, m);
                0
            }
        }
    }

    /// A percentage (`35`, `35%`, `12.5`), 0 to 100, as basis points.
    fn percent(&mut self, col: Col) -> Bps {
        let v = self.cell(col);
        match blank_is_zero(v, |v| parse_percent(v, Bps(u32::MAX))) {
            Ok(bps) if bps <= MAX_OWN_CALLS => bps,
            Ok(_) => {
                self.bad(col, format!("a percentage is at most 100: {v:?}"));
                Bps(0)
            }
            Err(_) => {
                let m = format!("not a percentage: {v:?}");
                self.bad(col, m);
                Bps(0)
            }
        }
    }

    fn segment(&mut self) -> Segment {
        let cluster = match self.cell(Col::Cluster) {
            "street_shop" => Cluster::StreetShop,
            "office_tower" => Cluster::OfficeTower,
            "wholesale_market" => Cluster::WholesaleMarket,
            "industrial_park" => Cluster::IndustrialPark,
            "" | "other" => Cluster::Other,
            other => {
                let m = format!(
                    "unknown {other:?} (street_shop, office_tower, wholesale_market, industrial_park or other)"
                );
                self.bad(Col::Cluster, m);
                Cluster::Other
            }
        };
        match self.cell(Col::Segment) {
            "individual" => Segment::Individual,
            "family" => Segment::Family,
            "business" => Segment::Business {
                cluster,
                industry: String::new(),
            },
            "key_account" => Segment::KeyAccount {
                industry: String::new(),
            },
            other => {
                let m = format!("unknown {other:?} (individual, family, business or key_account)");
                self.bad(Col::Segment, m);
                Segment::Individual
            }
        }
    }

    fn kind(&mut self) -> LineKind {
        match self.cell(Col::Kind) {
            "mobile" => LineKind::Mobile,
            "landline" => LineKind::Landline,
            "broadband" => LineKind::Broadband,
            other => {
                let m = format!("unknown {other:?} (mobile, landline or broadband)");
                self.bad(Col::Kind, m);
                LineKind::Mobile
            }
        }
    }
}

/// The customer-level cells a customer's rows must agree on.
const SHARED: [Col; 6] = [
    Col::Name,
    Col::Segment,
    Col::Cluster,
    Col::Tenure,
    Col::MonthsLeft,
    Col::ExitFee,
];

struct Building {
    entry: Entry,
    /// The file line of the customer's first row, and its shared cells.
    first_line: usize,
    first_row: Vec<String>,
    bad: bool,
}

/// The customers of a CSV list, and a message for each problem (file line and
/// field). A header problem stops the reading: no row can be trusted.
pub fn read(file: &str, text: &str) -> (Vec<Entry>, Vec<String>) {
    let file: Arc<str> = file.into();
    let (rows, broken) = records(text);
    let mut errors = Vec::new();
    let mut rows = rows.into_iter();
    let Some(header) = rows.next() else {
        errors.push(format!(
            "{file}: empty, expected a header line: {}",
            header_names().join(",")
        ));
        return (Vec::new(), errors);
    };
    // Where each of our columns is in the file.
    let names: Vec<String> = header
        .cells
        .iter()
        .map(|c| c.trim().to_lowercase())
        .collect();
    let needs = header_names().join(",");
    let mut at: Vec<(Col, Option<usize>)> = Vec::new();
    for col in columns() {
        let found = names.iter().position(|n| n == col.name());
        if found.is_none() && col.required() {
            errors.push(format!(
                "{file} line {}, field {}: missing column (the header needs: {needs})",
                header.line,
                col.name()
            ));
        }
        at.push((col, found));
    }
    if !errors.is_empty() {
        return (Vec::new(), errors);
    }

    let mut customers: Vec<Building> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for record in rows {
        let n = record.line;
        if record.cells.len() != names.len() {
            errors.push(format!(
                "{file} line {n}: has {} fields, the header has {}",
                record.cells.len(),
                names.len()
            ));
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
            row.bad(Col::Id, "empty: every row needs its customer's id".into());
        }
        let mut line = Line {
            kind: row.kind(),
            label: String::new(),
            current_monthly_fee: row.money(Col::Fee, true),
            usage: Usage::default(),
            features: Vec::new(),
            wants_handset: None,
            origin: row.origin(),
        };
        for f in UsageField::ALL {
            let v = row.usage(f);
            f.set(&mut line.usage, v);
        }
        let shared: Vec<String> = SHARED.iter().map(|&c| row.cell(c).to_string()).collect();
        let known = index.get(&id).copied();
        match known {
            Some(c) => {
                // The customer's fields were read from its first row; this row must agree.
                let b = &customers[c];
                for (k, &col) in SHARED.iter().enumerate() {
                    if shared[k] != b.first_row[k] {
                        let m = format!(
                            "{:?} differs from {:?} on line {}, the customer's first row",
                            shared[k], b.first_row[k], b.first_line
                        );
                        row.bad(col, m);
                    }
                }
            }
            None => {
                let customer = Customer {
                    name: row.cell(Col::Name).to_string(),
                    segment: row.segment(),
                    tenure_months: row.number(Col::Tenure),
                    lines: Vec::new(),
                    account_features: Vec::new(),
                    current_account_fee: Money::ZERO,
                    contract: CurrentContract {
                        months_left: row.number(Col::MonthsLeft),
                        exit_fee: row.money(Col::ExitFee, false),
                    },
                };
                index.insert(id.clone(), customers.len());
                customers.push(Building {
                    entry: Entry {
                        id: id.clone(),
                        customer,
                        origin: Origin::Csv {
                            file: file.clone(),
                            rows: Vec::new(),
                        },
                    },
                    first_line: n,
                    first_row: shared,
                    bad: false,
                });
            }
        }
        let c = index[&id];
        let b = &mut customers[c];
        for (col, message) in &row.problems {
            errors.push(format!("{file} line {n}, field {}: {message}", col.name()));
        }
        b.bad |= !row.problems.is_empty();
        b.entry.customer.lines.push(line);
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
        let m = broken.naming(id_at).en;
        errors.push(format!("{file} line {}: {m}", broken.line));
    }
    let entries = customers
        .into_iter()
        .filter_map(|b| {
            if b.bad {
                errors.push(format!(
                    "{}: left out, its rows have problems (above)",
                    b.entry.locate("")
                ));
                None
            } else {
                Some(b.entry)
            }
        })
        .collect();
    (entries, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee\n";

    #[test]
    fn rows_of_a_customer_form_one_customer_wherever_they_are() {
        let text = format!(
            "{HEAD}7,\"Shop, Ltd\",business,street_shop,36,landline,80,900,400,0,0,30,0,0,0\n\
             8,Li,family,,60,mobile,¥128.50,800,0,2.5,50,35%,0,0,0\n\
             7,\"Shop, Ltd\",business,street_shop,36,mobile,98,700,300,0.001,20,12.5,0,0,0\n"
        );
        let (entries, errors) = read("c.csv", &text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(entries.len(), 2);
        let shop = &entries[0];
        assert_eq!(
            (shop.id.as_str(), shop.customer.name.as_str()),
            ("7", "Shop, Ltd")
        );
        assert_eq!(shop.customer.lines.len(), 2);
        assert_eq!(shop.customer.lines[1].usage.data_mb, 1);
        assert_eq!(shop.customer.lines[1].usage.own_calls, Bps(1_250));
        assert_eq!(shop.locate("lines[1].usage.sms"), "c.csv line 4, field sms");
        let li = &entries[1].customer;
        assert_eq!(li.lines[0].current_monthly_fee, Money(12_850));
        assert_eq!(li.lines[0].usage.data_mb, 2_560);
        assert_eq!(li.lines[0].usage.own_calls, Bps(3_500));
    }

    #[test]
    fn columns_are_found_by_name() {
        let text = "kind,current_monthly_fee,customer_id,customer_name,segment,cluster,tenure_months,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee,notes\n\
                    broadband,100,9,,individual,,0,,,,,,300,,,whatever\n";
        let (entries, errors) = read("c.csv", text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(entries[0].customer.lines[0].kind, LineKind::Broadband);
        assert_eq!(entries[0].customer.lines[0].usage.min_speed_mbps, 300);
    }

    #[test]
    fn every_bad_cell_is_named_and_its_customer_left_out() {
        let text = format!(
            "{HEAD}1,A,business,street_shop,36,mobile,12x,100,0,2,0,0,0,0,0\n\
             2,B,family,,60,mobile,50,1.5,0,2,0,101,0,0,0\n\
             2,B,family,,61,tablet,50,0,0,2 TB,0,0,0,0,0\n\
             3,C,individual,,1,mobile,10,0,0,0,0,0,0,0,0\n\
             4,D,individual,,1,mobile,10,0\n"
        );
        let (entries, errors) = read("c.csv", &text);
        let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["3"], "{errors:?}");
        let expected = [
            "c.csv line 2, field current_monthly_fee: not an amount: \"12x\"",
            "c.csv line 3, field domestic_min: not a whole number: \"1.5\"",
            "c.csv line 3, field own_calls_pct: a percentage is at most 100: \"101\"",
            "c.csv line 4, field kind: unknown \"tablet\"",
            "c.csv line 4, field data_gb: not a number of GB: \"2 TB\"",
            "c.csv line 4, field tenure_months: \"61\" differs from \"60\" on line 3",
            "c.csv line 6: has 8 fields, the header has 15",
            "c.csv line 2 (customer 1): left out",
        ];
        for e in expected {
            assert!(errors.iter().any(|x| x.starts_with(e)), "{e}\n{errors:#?}");
        }
    }

    #[test]
    fn a_line_says_where_it_is_today_in_the_optional_origin_column() {
        let text = "customer_id,kind,current_monthly_fee,customer_name,segment,cluster,tenure_months,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee,origin\n\
                    1,mobile,10,,individual,,0,,,,,,,,,异网\n\
                    1,mobile,10,,individual,,0,,,,,,,,,new\n\
                    1,mobile,10,,individual,,0,,,,,,,,,\n\
                    2,mobile,10,,individual,,0,,,,,,,,,elsewhere\n";
        let (entries, errors) = read("c.csv", text);
        let origins: Vec<LineOrigin> = entries[0].customer.lines.iter().map(|l| l.origin).collect();
        assert_eq!(
            origins,
            [
                LineOrigin::OtherOperator,
                LineOrigin::New,
                LineOrigin::ThisOperator
            ]
        );
        assert_eq!(entries.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("c.csv line 5, field origin: unknown \"elsewhere\""),
            "{errors:?}"
        );
        // Without the column every line is with this operator.
        let (entries, _) = read(
            "c.csv",
            &format!("{HEAD}3,,individual,,0,mobile,10,0,0,0,0,0,0,0,0\n"),
        );
        assert_eq!(
            entries[0].customer.lines[0].origin,
            LineOrigin::ThisOperator
        );
    }

    #[test]
    fn a_missing_column_stops_the_reading() {
        let text =
            HEAD.replace("data_gb,", "data,") + "1,A,individual,,1,mobile,10,0,0,0,0,0,0,0,0\n";
        let (entries, errors) = read("c.csv", &text);
        assert!(entries.is_empty());
        assert!(
            errors[0].starts_with("c.csv line 1, field data_gb: missing column"),
            "{errors:?}"
        );
    }
}
