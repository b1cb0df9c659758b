//! Every word the engine writes is in one language at a time (#14): over
//! random customers priced with the default tables, every bilingual text of
//! every proposal document (the chosen option, the others considered, the
//! rows, the conditions, the tariff terms, the next steps) has no Han
//! character nor full-width punctuation in its English, no Latin word but
//! units, codes and the tables' own names in its Chinese, no doubled
//! punctuation ("。；", ".;") in either, and no "1–1" range. The document is
//! walked through its serde form, so a text added later is checked too; the
//! line labels the rep typed are the customer's own words and left out.
mod common;

use std::collections::BTreeSet;

use common::{wide_customer, Rng};
use proposal_engine::customer::Segment;
use proposal_engine::{build_document, default_catalog, optimize, Date, Options};
use serde_json::Value;

/// Latin words a Chinese text may hold: units, the SMS code for moving a
/// number (CXXZ), the SIM card.
const UNITS: [&str; 6] = ["GB", "MB", "Mbps", "SIM", "CXXZ", "M"];

/// Every `{zh, en}` pair under `v`.
fn pairs<'a>(v: &'a Value, out: &mut Vec<(&'a str, &'a str)>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(zh)), Some(Value::String(en))) = (m.get("zh"), m.get("en")) {
                out.push((zh, en));
            }
            m.values().for_each(|x| pairs(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| pairs(x, out)),
        _ => {}
    }
}

/// The Latin words of the default tables' Chinese names and descriptions.
fn table_words() -> BTreeSet<String> {
    let cat = serde_json::to_value(default_catalog()).unwrap();
    let mut all = Vec::new();
    pairs(&cat, &mut all);
    all.iter().flat_map(|(zh, _)| latin_words(zh)).collect()
}

fn latin_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// What is wrong with one pair, if anything.
fn problems(zh: &str, en: &str, allowed: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(c) = en.chars().find(|&c| is_cjk(c)) {
        out.push(format!("{c:?} in English: {en}"));
    }
    let foreign: Vec<_> = latin_words(zh)
        .into_iter()
        .filter(|w| !UNITS.contains(&w.as_str()) && !allowed.contains(w))
        .collect();
    if !foreign.is_empty() {
        out.push(format!("Latin {foreign:?} in Chinese: {zh}"));
    }
    for s in [zh, en] {
        let chars: Vec<char> = s.chars().collect();
        for w in chars.windows(2) {
            let punct = |c: char| "。；，：、.;,:".contains(c);
            // "1.5" and "…" aside: two marks of punctuation in a row.
            if punct(w[0]) && punct(w[1]) {
                out.push(format!(
                    "doubled punctuation {:?}: {s}",
                    w.iter().collect::<String>()
                ));
            }
        }
        let digits: Vec<&str> = s.split(|c: char| !c.is_ascii_digit() && c != '–').collect();
        for d in digits {
            if let Some((a, b)) = d.split_once('–') {
                if !a.is_empty() && a == b {
                    out.push(format!("a range of one \"{d}\": {s}"));
                }
            }
        }
    }
    out
}

#[test]
fn the_checker_finds_each_kind_of_mixed_text() {
    let none = BTreeSet::new();
    assert_eq!(problems("资费表 default 第 1 版", "tables", &none).len(), 1);
    assert_eq!(problems("限家庭。；至少 2 条", "x", &none).len(), 1);
    assert_eq!(problems("宽带 1–1 条", "1 broadband", &none).len(), 1);
    assert_eq!(problems("宽带", "Your rep：Wang", &none).len(), 1);
    assert_eq!(problems("宽带", "none.; cancel", &none).len(), 1);
    assert!(problems("第 1–12 个月，流量 30.0 GB", "months 1–12, 30.0 GB", &none).is_empty());
}

#[test]
fn every_text_of_every_document_is_in_one_language_at_a_time() {
    let cat = default_catalog();
    let allowed = table_words();
    let opts = Options::default();
    let today = Date::parse("2026-12-01").unwrap();
    let mut found = BTreeSet::new();
    let mut documents = 0;
    for seed in 0..60 {
        let mut r = Rng::new(seed);
        let n = r.range(1, 7);
        let c = wide_customer(&mut r, &cat, n);
        let Ok(proposals) = optimize(&cat, &c, &opts) else {
            continue;
        };
        for a in proposals.alternatives.iter().take(3) {
            let doc = build_document(&cat, &c, &a.proposal, &opts, today).unwrap();
            documents += 1;
            let v = serde_json::to_value(&doc).unwrap();
            let mut all = Vec::new();
            pairs(&v, &mut all);
            // The labels and the industry the rep typed ("老板手机",
            // "Staff 3", "五金") are the customer's words, shown as typed in
            // both languages.
            let industry = match &c.segment {
                Segment::Business { industry, .. } | Segment::KeyAccount { industry, .. } => {
                    industry.clone()
                }
                _ => String::new(),
            };
            let typed = |s: &str| {
                c.lines
                    .iter()
                    .filter(|l| !l.label.is_empty())
                    .fold(s.to_string(), |s, l| s.replace(&l.label, ""))
            };
            // The industry is Chinese as typed: only the English text needs
            // it taken out.
            let typed_en = |s: &str| {
                let s = typed(s);
                if industry.is_empty() {
                    s
                } else {
                    s.replace(&industry, "")
                }
            };
            for (zh, en) in all {
                found.extend(problems(&typed(zh), &typed_en(en), &allowed));
            }
        }
    }
    assert!(documents > 60, "enough documents ({documents})");
    assert!(
        found.is_empty(),
        "{} mixed texts:\n{}",
        found.len(),
        found.into_iter().collect::<Vec<_>>().join("\n")
    );
}
