//! Whole-item operations through the item's JSON: read one item, replace
//! it, copy it under a new id, remove it. Work the same for every list.
use proposal_engine::Catalog;
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

/// `c` with the item replaced by `text`; the error says where it does not read.
pub fn with_item(
    c: &Catalog,
    list: &str,
    index: Option<usize>,
    text: &str,
) -> Result<Catalog, String> {
    let item: Value = serde_json::from_str(text)
        .map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
    let mut v = serde_json::to_value(c).map_err(|e| e.to_string())?;
    *slot(&mut v, list, index).ok_or("no such item")? = item;
    serde_json::from_value(v).map_err(|e| e.to_string())
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
