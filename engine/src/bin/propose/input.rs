//! The customers to propose for, and where each came from in its file, so
//! that every message names a file line and a field.
use std::sync::Arc;

use proposal_engine::customer::UsageField;
use proposal_engine::{Customer, Text};

use super::json_text::{find_path, line_of};
use super::place;

/// One customer to propose for.
pub struct Entry {
    /// The campaign's id (CSV `customer_id`, JSON `id`, else the position).
    pub id: String,
    pub customer: Customer,
    pub origin: Origin,
}

/// Where a customer was read from.
pub enum Origin {
    /// A CSV list: the file line of each of the customer's lines, in order.
    Csv { file: Arc<str>, rows: Vec<usize> },
    /// A JSON list or stdin: the text of the customer's object, at a byte offset.
    Json {
        file: Arc<str>,
        text: Arc<str>,
        start: usize,
        end: usize,
    },
}

/// The CSV column a `Customer` path comes from.
fn column(path: &str) -> &str {
    let field = match path.split_once("].") {
        Some((_, rest)) if path.starts_with("lines[") => rest,
        _ => path,
    };
    // A usage quantity's column is the engine's usage table's.
    let usage = field.strip_prefix("usage.").and_then(UsageField::from_key);
    if let Some(f) = usage {
        return f.spec().csv;
    }
    match field {
        "contract.months_left" => "months_left",
        "contract.exit_fee" => "exit_fee",
        "name" => "customer_name",
        "lines" => "customer_id",
        other => other,
    }
}

impl Entry {
    /// `customers.csv line 7, field data_gb` for a problem at `path` of the
    /// customer (`lines[2].usage.data_mb`); the customer's first line when
    /// `path` is empty; in both languages.
    pub fn locate(&self, path: &str) -> Text {
        match &self.origin {
            Origin::Csv { file, rows } => {
                let line = path
                    .strip_prefix("lines[")
                    .and_then(|r| r.split_once(']'))
                    .and_then(|(i, _)| i.parse::<usize>().ok())
                    .and_then(|i| rows.get(i))
                    .or(rows.first())
                    .copied()
                    .unwrap_or(0);
                if path.is_empty() {
                    place::customer(file, line, &self.id)
                } else {
                    place::field(file, line, column(path))
                }
            }
            Origin::Json {
                file,
                text,
                start,
                end,
            } => {
                let element = &text[*start..*end];
                // The line of the field itself, or of its nearest parent that is present.
                let mut at = None;
                let mut p = path;
                while at.is_none() && !p.is_empty() {
                    at = find_path(element, p);
                    p = match p.rfind(['.', '[']) {
                        Some(i) => &p[..i],
                        None => "",
                    };
                }
                let line = line_of(text, start + at.unwrap_or(0));
                if path.is_empty() {
                    place::customer(file, line, &self.id)
                } else {
                    place::field(file, line, path)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(origin: Origin) -> Entry {
        Entry {
            id: "7".into(),
            customer: serde_json::from_str(
                r#"{"segment":{"type":"individual"},"lines":[{"kind":"mobile","current_monthly_fee":0}]}"#,
            )
            .unwrap(),
            origin,
        }
    }

    #[test]
    fn csv_problems_name_the_row_and_column() {
        let e = entry(Origin::Csv {
            file: "c.csv".into(),
            rows: vec![4, 9],
        });
        assert_eq!(
            e.locate("lines[1].usage.data_mb").en,
            "c.csv line 9, field data_gb"
        );
        assert_eq!(
            e.locate("contract.exit_fee").en,
            "c.csv line 4, field exit_fee"
        );
        assert_eq!(e.locate("").en, "c.csv line 4 (customer 7)");
        assert_eq!(e.locate("").zh, "c.csv 第 4 行（客户 7）");
        assert_eq!(
            e.locate("contract.exit_fee").zh,
            "c.csv 第 4 行，字段 exit_fee"
        );
    }

    #[test]
    fn json_problems_name_the_line_of_the_field() {
        let text: Arc<str> =
            "[\n{\"lines\": [\n  {\"kind\": \"mobile\",\n   \"usage\": {\"sms\": 1}}]}\n]".into();
        let e = entry(Origin::Json {
            file: "c.json".into(),
            text: text.clone(),
            start: 2,
            end: text.len() - 2,
        });
        assert_eq!(
            e.locate("lines[0].usage.sms").en,
            "c.json line 4, field lines[0].usage.sms"
        );
        assert_eq!(
            e.locate("lines[0].label").en,
            "c.json line 3, field lines[0].label"
        );
        assert_eq!(
            e.locate("tenure_months").en,
            "c.json line 2, field tenure_months"
        );
    }
}
