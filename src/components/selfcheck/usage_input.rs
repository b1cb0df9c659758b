//! One usage quantity of one line on the customer's phone: minus and plus
//! move it by the engine's step for it ([`UsageSpec::step`]: 50 minutes,
//! 1 GB), and the value between them can be typed (a numeric keypad), read
//! by the engine's parser; a value it refuses is explained at the field and
//! changes nothing.
//!
//! [`UsageSpec::step`]: proposal_engine::customer::usage::UsageSpec::step
use proposal_engine::customer::{Measure, UsageField};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{tf, Msg};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct UsageInputProps {
    pub field: UsageField,
    /// The stable id of the input.
    pub id: AttrValue,
    /// What is shown beside it ("通话（分钟）").
    pub label: AttrValue,
    /// What it changes, for the buttons' and the input's names ("#1 手机 通话（分钟）").
    pub name: AttrValue,
    /// In the engine's unit (minutes, MB).
    pub value: u32,
    pub onchange: Callback<u32>,
}

#[component]
pub fn UsageInput(props: &UsageInputProps) -> Html {
    let lang = use_lang();
    let field = props.field;
    let value = props.value;
    // The text as typed while it is being typed; `None`: the value's own text.
    let typed = use_state(|| None::<String>);
    let problem = use_state(|| None::<proposal_engine::FieldProblem>);
    let step = |up: bool| {
        let (cb, typed, problem) = (props.onchange.clone(), typed.clone(), problem.clone());
        let next = field.stepped(value, up);
        Callback::from(move |_| {
            typed.set(None);
            problem.set(None);
            cb.emit(next)
        })
    };
    let oninput = {
        let (cb, typed, problem) = (props.onchange.clone(), typed.clone(), problem.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match field.parse(&text) {
                Ok(v) => {
                    problem.set(None);
                    if v != value {
                        cb.emit(v);
                    }
                }
                Err(p) => problem.set(Some(p)),
            }
            typed.set(Some(text));
        })
    };
    let onblur = {
        let (typed, problem) = (typed.clone(), problem.clone());
        Callback::from(move |_: FocusEvent| {
            if problem.is_none() {
                typed.set(None);
            }
        })
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            let _ = e.target_unchecked_into::<web_sys::HtmlElement>().blur();
        }
    });
    let shown = (*typed).clone().unwrap_or_else(|| field.text(value));
    let inputmode = match field.spec().measure {
        Measure::Data | Measure::Percent => "decimal",
        _ => "numeric",
    };
    let error_id = format!("{}-error", props.id);
    let name = props.name.clone();
    html! {
        <div class={classes!("stepper", "usage-input", problem.is_some().then_some("invalid"))} role="group" aria-label={name.clone()}>
            <label class="stepper-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <button type="button" class="stepper-button" aria-label={tf(lang, Msg::StepDown, &name)} disabled={value == 0}
                onclick={step(false)}>{"−"}</button>
            <input id={props.id.clone()} class="stepper-value" type="text" inputmode={inputmode} autocomplete="off"
                aria-label={name.clone()} value={shown} {oninput} {onblur} {onkeydown}
                aria-invalid={problem.is_some().to_string()} aria-describedby={problem.is_some().then(|| error_id.clone())} />
            <button type="button" class="stepper-button" aria-label={tf(lang, Msg::StepUp, &name)} disabled={value >= field.spec().max}
                onclick={step(true)}>{"+"}</button>
            if let Some(p) = &*problem {
                <p class="field-error" id={error_id} role="alert">{ p.message().get(lang) }</p>
            }
        </div>
    }
}
