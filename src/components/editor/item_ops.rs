//! Whole-item operations through the item's JSON: read one item, replace
//! it, copy it under a new id, remove it. Work the same for every list.
use proposal_engine::problem::{json_detail, json_problem};
use proposal_engine::{Catalog, Text};
use serde_json::Value;

/// The path of an item: `promotions[2]`, or `brand`.
pub fn item_path(list: &str, index: Option<usize>) -> String {
    match index {
        Some(i) => format!("{list}[{i}]"),
        None => list.to_string(),
    }
}

fn slot<'a>(v: &'a mut Value, list: &str, index: Option<usize>) -> Option<&'a mut Value> {
    let at = v.get_mut(list)?;
    match index {
        Some(i) => at.get_mut(i),
        None => Some(at),
    }
}

/// The item as pretty JSON.
pub fn item_json(c: &Catalog, list: &str, index: Option<usize>) -> String {
    let mut v = serde_json::to_value(c).unwrap_or_default();
    slot(&mut v, list, index)
        .map(|x| serde_json::to_string_pretty(x).unwrap_or_default())
        .unwrap_or_default()
}

/// `c` with the item replaced by `text`; the error says where it does not
/// read (line and column of the item's text) and what, in both languages.
pub fn with_item(
    c: &Catalog,
    list: &str,
    index: Option<usize>,
    text: &str,
) -> Result<Catalog, Text> {
    let item: Value = serde_json::from_str(text).map_err(|e| json_problem(&e).message)?;
    let mut v = serde_json::to_value(c).map_err(|e| json_detail(&e))?;
    let missing = || Text::new("该项已不存在", "the item no longer exists");
    *slot(&mut v, list, index).ok_or_else(missing)? = item;
    // A well-formed item of the wrong shape (a missing field, a word the field does not take).
    serde_json::from_value(v).map_err(|e| {
        let what = json_detail(&e);
        Text::new(
            format!("内容与此项的格式不符：{}", what.zh),
            format!("not the shape of this item: {}", what.en),
        )
    })
}

/// `c` with item `index` of `list` copied to the end under a new id.
pub fn with_copy(c: &Catalog, list: &str, index: usize) -> Option<Catalog> {
    let mut v = serde_json::to_value(c).ok()?;
    let items = v.get_mut(list)?.as_array_mut()?;
    let mut item = items.get(index)?.clone();
    let id = item.get("id")?.as_str()?.to_string();
    item["id"] = Value::String(format!("{id}-{}", items.len() + 1));
    items.push(item);
    serde_json::from_value(v).ok()
}

/// `c` without item `index` of `list`.
pub fn without(c: &Catalog, list: &str, index: usize) -> Option<Catalog> {
    let mut v = serde_json::to_value(c).ok()?;
    let items = v.get_mut(list)?.as_array_mut()?;
    (index < items.len()).then(|| items.remove(index))?;
    serde_json::from_value(v).ok()
}
