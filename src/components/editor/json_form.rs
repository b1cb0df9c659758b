//! An item as JSON, the form's "advanced" part: every field editable at once
//! (paste a whole item). A text that does not read as the item is explained
//! at the field with its line and column; the validator's problems for the
//! item are listed below it.
use std::rc::Rc;

use proposal_engine::{Problem, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::item_ops::{item_json, item_path, with_item};
use super::pending::use_pending_report;
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct JsonFormProps {
    pub list: AttrValue,
    pub index: Option<usize>,
    pub problems: Rc<Vec<Problem>>,
}

#[component]
pub fn JsonForm(props: &JsonFormProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let typed = use_state(|| None::<(String, Text)>);
    let catalog = editor.current().clone();
    let model = item_json(&catalog, &props.list, props.index);
    let (value, error) = match &*typed {
        Some((text, error)) => (text.clone(), Some(error.get(lang).to_string())),
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
                    // Keystrokes in the JSON are one undo step, as in a field.
                    let field = format!("{} (json)", item_path(&list, index));
                    editor.dispatch(EditorAction::EditField {
                        catalog: next,
                        field,
                    });
                }
                Err(error) => typed.set(Some((text, error))),
            }
        })
    };
    let onfocusout = {
        let editor = editor.clone();
        Callback::from(move |_: FocusEvent| editor.dispatch(EditorAction::Commit))
    };
    use_pending_report(
        "item-json".into(),
        error.iter().map(|_| "JSON".into()).collect(),
    );
    let path = item_path(&props.list, props.index);
    let problems: Vec<&Problem> = super::at_field(&props.problems, &path).collect();
    let invalid = error.is_some() || !problems.is_empty();
    html! {
        <div class={classes!("field", "json-form", invalid.then_some("invalid"))}>
            <label for="item-json">{ "JSON" }</label>
            <textarea id="item-json" rows="14" spellcheck="false" {value} {oninput} {onfocusout}
                aria-invalid={invalid.to_string()} aria-describedby="item-json-error" />
            <div id="item-json-error">
                if let Some(error) = error { <p class="field-error" role="alert">{ error }</p> }
                { for problems.iter().map(|p| html! {
                    <p class="field-error">{ super::named::problem_line(&catalog, p, lang) }</p>
                }) }
            </div>
        </div>
    }
}
