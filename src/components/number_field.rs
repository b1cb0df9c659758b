//! A numeric input for touch: numeric keypad (`inputmode`), the unit shown
//! beside the value, and the parse error at the field. It keeps the raw text
//! the user typed, so a bad value is shown and explained, never silently zeroed.
use web_sys::HtmlInputElement;
use yew::prelude::*;

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
    /// The message to show at the field when the value is not accepted.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub oninput: Callback<String>,
}

/// One labelled number with its unit and its error.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let error_id = format!("{}-error", props.id);
    let invalid = props.error.is_some();
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="field-input">
                <input id={props.id.clone()} type="text" inputmode={props.inputmode.clone()}
                    autocomplete="off" value={props.value.clone()} {oninput}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={invalid.then(|| error_id.clone())} />
                if !props.unit.is_empty() { <span class="unit">{ props.unit.clone() }</span> }
            </div>
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} role="alert">{ error.clone() }</p>
            }
        </div>
    }
}
