//! Two versions of the tables (draft vs published, or any two published), readable: items added and removed (by id), and each
//! changed field with old → new.
use proposal_engine::customer::UsageField;
use std::collections::BTreeMap;

use proposal_engine::catalog::ItemList;
use proposal_engine::Catalog;
use serde_json::Value;

/// One difference, readable.
#[derive(Clone, PartialEq, Debug)]
pub enum Change {
    Added(String),
    Removed(String),
    Field {
        path: String,
        old: String,
        new: String,
    },
}

fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, v)| flatten(&format!("{prefix}.{k}"), v, out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| flatten(&format!("{prefix}[{i}]"), v, out)),
        Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        other => {
            out.insert(prefix.to_string(), other.to_string());
        }
    }
}

fn fields_diff(prefix: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
    flatten(prefix, old, &mut a);
    flatten(prefix, new, &mut b);
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    for k in keys {
        let (o, n) = (
            a.get(k).cloned().unwrap_or_default(),
            b.get(k).cloned().unwrap_or_default(),
        );
        if o != n {
            out.push(Change::Field {
                path: k.clone(),
                old: o,
                new: n,
            });
        }
    }
}

fn by_id(v: &Value) -> Vec<(String, Value)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| (x["id"].as_str().unwrap_or_default().to_string(), x.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// Every difference from `published` (or any older tables) to `draft` (the newer).
pub fn diff(published: &Catalog, draft: &Catalog) -> Vec<Change> {
    let (mut old, mut new) = (
        serde_json::to_value(published).unwrap_or_default(),
        serde_json::to_value(draft).unwrap_or_default(),
    );
    let mut out = Vec::new();
    for list in ItemList::ALL.map(ItemList::key) {
        let (a, b) = (by_id(&old[list]), by_id(&new[list]));
        for (id, item) in &b {
            match a.iter().find(|(i, _)| i == id) {
                None => out.push(Change::Added(format!("{list} {id}"))),
                Some((_, was)) => fields_diff(&format!("{list} {id}"), was, item, &mut out),
            }
        }
        for (id, _) in a.iter().filter(|(i, _)| !b.iter().any(|(j, _)| i == j)) {
            out.push(Change::Removed(format!("{list} {id}")));
        }
        old[list] = Value::Null;
        new[list] = Value::Null;
    }
    fields_diff("", &old, &new, &mut out);
    out
}

/// Amount fields besides the rates, which the engine's usage table names.
const MONEY: [&str; 9] = [
    "monthly_fee",
    "early_exit_fee",
    "amount",
    "member_fee",
    "retail_price",
    "contract_price",
    "min_monthly_fee",
    "prepay",
    "credit_per_month",
];

/// A rate beyond an allowance (`data_per_mb`), from the usage table.
fn is_rate(leaf: &str) -> bool {
    UsageField::ALL
        .into_iter()
        .any(|f| f.spec().metered.is_some_and(|m| m.rate_key == leaf))
}

/// A leaf value as a manager reads it: amounts (stored in fen) as ¥.
pub fn show(path: &str, value: &str, lang: proposal_engine::Lang) -> String {
    let leaf = path.rsplit('.').next().unwrap_or_default();
    match value.parse::<i64>() {
        Ok(fen) if MONEY.contains(&leaf) || is_rate(leaf) => {
            proposal_engine::Money(fen).format(lang)
        }
        _ if leaf == "data_mb" => value
            .parse::<u32>()
            .map_or_else(|_| value.to_string(), super::form::parse::data_gb_shown),
        // A stored name (`percent_off`) as the form labels it.
        _ => super::form::choices::label_of(value).map_or_else(
            || value.to_string(),
            |l| crate::i18n::t(lang, l).to_string(),
        ),
    }
}

/// The changes as the list both panels show (publish, history): added,
/// removed, and each field with old → new.
pub fn change_list(changes: &[Change], lang: proposal_engine::Lang) -> yew::Html {
    use crate::i18n::{t, EditorMsg};
    use yew::html;
    let rows = changes.iter().map(|c| match c {
        Change::Added(what) => html! { <li class="added"><strong>{ t(lang, EditorMsg::Added) }</strong>{ " " }{ what.clone() }</li> },
        Change::Removed(what) => html! { <li class="removed"><strong>{ t(lang, EditorMsg::Removed) }</strong>{ " " }{ what.clone() }</li> },
        Change::Field { path, old, new } => html! {
            <li class="changed"><strong>{ t(lang, EditorMsg::Changed) }</strong>{ " " }<code>{ path.trim_start_matches('.').to_string() }</code>
                { ": " }<del>{ show(path, old, lang) }</del>{ " → " }<ins>{ show(path, new, lang) }</ins></li>
        },
    });
    html! { <ul class="diff-list">{ for rows }</ul> }
}
