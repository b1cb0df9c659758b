//! A customer list as JSON: an array of the engine's `Customer` objects (or
//! one object), each with an optional `id`. Each element is read on its own,
//! so a bad one is reported (file line and field path) and the others are
//! still proposed for.
use std::sync::Arc;

use proposal_engine::problem::json_detail;
use proposal_engine::{Customer, Text};
use serde::Deserialize;

use super::input::{Entry, Origin};
use super::json_text::{line_of, offset_of, path_at, split_list};
use super::place;

#[derive(Deserialize)]
struct Id {
    #[serde(default)]
    id: Option<serde_json::Value>,
}

/// The customers of a JSON list, and a message in both languages for each
/// bad one (file line, field path, what is wrong; serde's English detail is
/// said in Chinese where known, quoted otherwise).
pub fn read(file: &str, text: &str) -> (Vec<Entry>, Vec<Text>) {
    let file: Arc<str> = file.into();
    let text: Arc<str> = text.into();
    let (parts, broken) = split_list(&text);
    let mut entries = Vec::with_capacity(parts.len());
    let mut errors = Vec::new();
    for (k, &(start, end)) in parts.iter().enumerate() {
        let element = &text[start..end];
        match serde_json::from_str::<Customer>(element) {
            Ok(customer) => {
                let id = match serde_json::from_str::<Id>(element).ok().and_then(|i| i.id) {
                    Some(serde_json::Value::String(s)) => s,
                    Some(serde_json::Value::Number(n)) => n.to_string(),
                    _ => (k + 1).to_string(),
                };
                entries.push(Entry {
                    id,
                    customer,
                    origin: Origin::Json {
                        file: file.clone(),
                        text: text.clone(),
                        start,
                        end,
                    },
                });
            }
            Err(e) => {
                // serde's line and column count from the element: placed in the file here.
                let at = offset_of(element, e.line(), e.column());
                let line = line_of(&text, start + at);
                let path = path_at(element, at);
                let whereabouts = match path.as_str() {
                    "" => place::line(&file, line),
                    path => place::field(&file, line, path),
                };
                let what = json_detail(&e);
                let n = k + 1;
                let m = Text::new(
                    format!("{}（列表第 {n} 个客户，未出方案）", what.zh),
                    format!("{} (customer {n} of the list, left out)", what.en),
                );
                errors.push(place::at(&whereabouts, &m));
            }
        }
    }
    if let Some((at, (zh, en))) = broken {
        let whereabouts = place::line(&file, line_of(&text, at));
        errors.push(place::at(&whereabouts, &Text::new(zh, en)));
    }
    (entries, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_customer_is_named_by_line_and_field_and_the_others_kept() {
        let text = r#"[
  {"id": "A-1", "segment": {"type": "individual"},
   "lines": [{"kind": "mobile", "current_monthly_fee": 5900}]},
  {"segment": {"type": "family"},
   "lines": [{"kind": "mobile", "current_monthly_fee": 5900},
             {"kind": "tablet", "current_monthly_fee": 100}]},
  {"id": 7, "segment": {"type": "family"},
   "lines": [{"kind": "broadband", "current_monthly_fee": "12x"}]},
  {"segment": {"type": "individual"}, "lines": []}
]"#;
        let (entries, errors) = read("c.json", text);
        let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["A-1", "4"]);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0]
                .en
                .starts_with("c.json line 6, field lines[1].kind: unknown variant `tablet`"),
            "{errors:?}"
        );
        assert!(
            errors[0]
                .zh
                .starts_with("c.json 第 6 行，字段 lines[1].kind：无法识别的取值 tablet"),
            "{errors:?}"
        );
        assert!(
            errors[0].zh.ends_with("（列表第 2 个客户，未出方案）"),
            "{errors:?}"
        );
        assert!(
            errors[1]
                .en
                .starts_with("c.json line 8, field lines[0].current_monthly_fee: invalid type"),
            "{errors:?}"
        );
    }

    #[test]
    fn one_object_is_a_list_of_one_and_a_broken_list_is_reported() {
        let one = r#"{"segment": {"type": "individual"}, "lines": []}"#;
        assert_eq!(read("-", one).0.len(), 1);
        let (entries, errors) = read(
            "c.json",
            "[\n{\"segment\": {\"type\": \"individual\"}, \"lines\": []},\n{\"lines\": [",
        );
        assert_eq!(entries.len(), 1);
        assert!(
            errors.iter().any(|e| e.en.starts_with("c.json line 3")
                && e.zh.starts_with("c.json 第 3 行：列表没有结尾")),
            "{errors:?}"
        );
    }
}
