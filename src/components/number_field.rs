//! A numeric input for touch: numeric keypad (`inputmode`), the unit shown
//! beside the value, and the parse error at the field. It keeps the raw text
//! the user typed, so a bad value is shown and explained, never silently zeroed.
//!
//! At the counter (inside a [`Reveal`]) a field's problem shows only once
//! the rep has left the field or asked for the proposals, never on a line
//! just added. Tapping a field selects what it holds, so typing replaces it
//! (`0` then `30` is 30, not `030`).
use std::collections::BTreeSet;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Which fields show their problems: those the rep has left, or all of
/// them once the rep asked for the proposals.
#[derive(Clone, PartialEq)]
pub struct Reveal {
    pub all: bool,
    pub left: Rc<BTreeSet<String>>,
    /// The field with this id was left (blur).
    pub leave: Callback<String>,
}

impl Reveal {
    pub fn shows(&self, id: &str) -> bool {
        self.all || self.left.contains(id)
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Stable id, also used to link the error message for screen readers.
    pub id: AttrValue,
    pub label: AttrValue,
    /// The raw text as the user typed it.
    pub value: AttrValue,
    /// Unit shown after the value (元/月, 分钟, GB ...).
    #[prop_or_default]
    pub unit: AttrValue,
    /// `numeric` for whole numbers, `decimal` for money.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    /// Shown in an empty field (an estimate it will take).
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// The message to show at the field when the value is not accepted.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A question about an accepted value (an implausible fee): shown like
    /// the error, never blocking.
    #[prop_or_default]
    pub warning: Option<AttrValue>,
    pub oninput: Callback<String>,
}

/// One labelled number with its unit and its error.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let reveal = use_context::<Reveal>();
    // The tap that focused the field must not undo the selection on release.
    let just_focused = use_mut_ref(|| false);
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let onfocus = {
        let just = just_focused.clone();
        Callback::from(move |e: FocusEvent| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if !input.value().is_empty() {
                input.select();
                *just.borrow_mut() = true;
            }
        })
    };
    let onmouseup = {
        let just = just_focused.clone();
        Callback::from(move |e: MouseEvent| {
            if std::mem::take(&mut *just.borrow_mut()) {
                e.prevent_default();
            }
        })
    };
    let onblur = {
        let leave = reveal.as_ref().map(|r| r.leave.clone());
        let id = props.id.to_string();
        let just = just_focused.clone();
        Callback::from(move |_: FocusEvent| {
            *just.borrow_mut() = false;
            if let Some(leave) = &leave {
                leave.emit(id.clone());
            }
        })
    };
    let shown = reveal.as_ref().is_none_or(|r| r.shows(&props.id));
    let error = props.error.as_ref().filter(|_| shown);
    let warning = props.warning.as_ref().filter(|_| shown && error.is_none());
    let error_id = format!("{}-error", props.id);
    let warning_id = format!("{}-warning", props.id);
    let invalid = error.is_some();
    let described = if invalid {
        Some(error_id.clone())
    } else {
        warning.map(|_| warning_id.clone())
    };
    html! {
        <div class={classes!("field", invalid.then_some("invalid"), warning.map(|_| "warned"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="field-input">
                <input id={props.id.clone()} type="text" inputmode={props.inputmode.clone()}
                    autocomplete="off" value={props.value.clone()} {oninput} {onfocus} {onmouseup} {onblur}
                    placeholder={(!props.placeholder.is_empty()).then(|| props.placeholder.clone())}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={described} />
                if !props.unit.is_empty() { <span class="unit">{ props.unit.clone() }</span> }
            </div>
            if let Some(error) = error {
                <p class="field-error" id={error_id} role="alert">{ error.clone() }</p>
            }
            if let Some(warning) = warning {
                <p class="field-warning" id={warning_id} role="status">{ warning.clone() }</p>
            }
        </div>
    }
}
