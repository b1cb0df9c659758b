//! The form of any other item (bundle, add-on, promotion, handset, fee,
//! exclusion group, the brand): its fields as JSON, every field editable. A
//! text that does not read as the item is explained at the field with its
//! line and column; the validator's problems for the item are listed below.
use std::rc::Rc;

use proposal_engine::{Catalog, Problem};
use serde_json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{t, E};
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

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

#[derive(Properties, PartialEq)]
pub struct JsonFormProps {
    pub list: AttrValue,
    pub index: Option<usize>,
    pub problems: Rc<Vec<Problem>>,
    pub onclose: Callback<()>,
}

#[component]
pub fn JsonForm(props: &JsonFormProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let typed = use_state(|| None::<(String, String)>);
    let catalog = editor.current().clone();
    let model = item_json(&catalog, &props.list, props.index);
    let (value, error) = match &*typed {
        Some((text, error)) => (text.clone(), Some(error.clone())),
        None => (model, None),
    };
    let oninput = {
        let (typed, editor, list, index) = (
            typed.clone(),
            editor.clone(),
            props.list.clone(),
            props.index,
        );
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match with_item(editor.current(), &list, index, &text) {
                Ok(next) => {
                    typed.set(None);
                    editor.dispatch(EditorAction::Edit(next));
                }
                Err(error) => typed.set(Some((text, error))),
            }
        })
    };
    let path = item_path(&props.list, props.index);
    let problems: Vec<&Problem> = super::at_field(&props.problems, &path).collect();
    let invalid = error.is_some() || !problems.is_empty();
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <section class="card plan-form json-form" data-testid="item-form">
            <div class="plan-form-head">
                <h2>{ t(lang, E::Edit) }{ " " }<code>{ path.clone() }</code></h2>
                <button type="button" class="button secondary small" onclick={onclose}>{ t(lang, E::Close) }</button>
            </div>
            <div class={classes!("field", invalid.then_some("invalid"))}>
                <label for="item-json">{ "JSON" }</label>
                <textarea id="item-json" rows="18" spellcheck="false" {value} {oninput}
                    aria-invalid={invalid.to_string()} aria-describedby="item-json-error" />
                <div id="item-json-error">
                    if let Some(error) = error { <p class="field-error" role="alert">{ error }</p> }
                    { for problems.iter().map(|p| html! {
                        <p class="field-error"><code>{ p.path.trim_start_matches(&path).to_string() }</code>{ " " }{ p.message.clone() }</p>
                    }) }
                </div>
            </div>
        </section>
    }
}
