//! The form of one plan: every field with its unit; what was typed is kept,
//! a value that does not parse is explained at the field, and the engine's
//! validator runs on every accepted change with its message at the field.
use std::collections::HashMap;
use std::rc::Rc;

use proposal_engine::{LineKind, Problem};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::plan_fields::{get, set, FieldKind, FIELDS};
use crate::components::number_field::NumberField;
use crate::i18n::{t, E};
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct PlanFormProps {
    pub index: usize,
    pub problems: Rc<Vec<Problem>>,
    pub onclose: Callback<()>,
}

#[component]
pub fn PlanForm(props: &PlanFormProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let raw = use_state(HashMap::<&'static str, String>::new);
    let catalog = editor.current().clone();
    let Some(plan) = catalog.plans.get(props.index).cloned() else {
        return html! {};
    };
    let index = props.index;
    let fields = FIELDS.iter().map(|field| {
        let key = field.key;
        let model = get(&plan, key);
        let typed = raw.get(key).cloned();
        let parsed = typed.as_ref().map(|text| {
            let mut p = plan.clone();
            set(&mut p, key, text).map(|_| get(&p, key))
        });
        let (value, parse_error) = match (typed, parsed) {
            (Some(text), Some(Err(e))) => (text, Some(e.get(lang).to_string())),
            (Some(text), Some(Ok(v))) if v == model => (text, None),
            _ => (model, None),
        };
        let path = format!("plans[{index}].{key}");
        let error = parse_error.or_else(|| {
            let found: Vec<String> = super::at_field(&props.problems, &path)
                .map(|p| p.message.clone())
                .collect();
            (!found.is_empty()).then(|| found.join("; "))
        });
        let oninput = {
            let (raw, editor, catalog, plan) = (raw.clone(), editor.clone(), catalog.clone(), plan.clone());
            Callback::from(move |text: String| {
                let mut typed = (*raw).clone();
                typed.insert(key, text.clone());
                raw.set(typed);
                let mut p = plan.clone();
                if set(&mut p, key, &text).is_ok() && p != plan {
                    let mut next = (*catalog).clone();
                    next.plans[index] = p;
                    editor.dispatch(EditorAction::Edit(next));
                }
            })
        };
        let id = format!("plan-{}", key.replace('.', "-"));
        match field.kind {
            FieldKind::Kind => {
                let onchange = {
                    let cb = oninput.clone();
                    Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))
                };
                html! {
                    <div class="field">
                        <label for={id.clone()}>{ t(lang, field.label) }</label>
                        <select id={id} {onchange}>
                            { for LineKind::ALL.iter().map(|k| {
                                let v = serde_json::to_string(k).unwrap_or_default().trim_matches('"').to_string();
                                html! { <option selected={v == value} value={v.clone()}>{ k.name().get(lang) }</option> }
                            }) }
                        </select>
                    </div>
                }
            }
            FieldKind::Text | FieldKind::Ids | FieldKind::Segments => {
                let error_id = format!("{id}-error");
                let invalid = error.is_some();
                let hint = match field.kind {
                    FieldKind::Ids => Some(t(lang, E::IdsHint)),
                    FieldKind::Segments => Some("individual, family, business, key_account"),
                    _ => None,
                };
                let oninput = Callback::from(move |e: InputEvent| oninput.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
                html! {
                    <div class={classes!("field", invalid.then_some("invalid"))}>
                        <label for={id.clone()}>{ t(lang, field.label) }</label>
                        <div class="field-input">
                            <input id={id.clone()} type="text" autocomplete="off" {value} {oninput}
                                placeholder={hint} aria-invalid={invalid.to_string()}
                                aria-describedby={invalid.then(|| error_id.clone())} />
                        </div>
                        if let Some(error) = error { <p class="field-error" id={error_id} role="alert">{ error }</p> }
                    </div>
                }
            }
            _ => {
                let whole = matches!(field.kind, FieldKind::Whole | FieldKind::OptWhole);
                let unit = field.unit.map(|u| t(lang, u)).unwrap_or_default();
                html! {
                    <NumberField id={id} label={t(lang, field.label)} {value} unit={unit}
                        inputmode={if whole { "numeric" } else { "decimal" }}
                        error={error.map(AttrValue::from)} {oninput} />
                }
            }
        }
    });
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <section class="card plan-form" key={index} aria-label={t(lang, E::EditingPlan)} data-testid="plan-form">
            <div class="plan-form-head">
                <h2>{ t(lang, E::EditingPlan) }{ " " }<span class="item-name">{ plan.name.get(lang).to_string() }</span></h2>
                <button type="button" class="button secondary small" onclick={onclose}>{ t(lang, E::Close) }</button>
            </div>
            <div class="plan-form-grid">{ for fields }</div>
        </section>
    }
}
