//! Where a message is, in both languages: `list.csv 第 7 行，字段 data_gb` /
//! `list.csv line 7, field data_gb`. Every message the tool prints starts with
//! its place, so each reader says the place and the problem in Chinese and
//! English, and `--lang` picks one when printing.
use proposal_engine::Text;

/// `file line n`.
pub fn line(file: &str, n: usize) -> Text {
    Text::new(format!("{file} 第 {n} 行"), format!("{file} line {n}"))
}

/// `file line n, field name` (a CSV column or a JSON path).
pub fn field(file: &str, n: usize, name: &str) -> Text {
    Text::new(
        format!("{file} 第 {n} 行，字段 {name}"),
        format!("{file} line {n}, field {name}"),
    )
}

/// `file line n (customer id)`: a customer's first line.
pub fn customer(file: &str, n: usize, id: &str) -> Text {
    Text::new(
        format!("{file} 第 {n} 行（客户 {id}）"),
        format!("{file} line {n} (customer {id})"),
    )
}

/// `place: message`, in each language.
pub fn at(place: &Text, message: &Text) -> Text {
    Text::new(
        format!("{}：{}", place.zh, message.zh),
        format!("{}: {}", place.en, message.en),
    )
}
