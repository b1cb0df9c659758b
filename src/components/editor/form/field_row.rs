//! One labelled field of a form: a text or number input with its unit, or a
//! choice; what was typed, and the message at the field when it is not
//! accepted (linked for screen readers, like the counter's number fields).
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldRowProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The text as typed (or the stored value as text).
    pub value: AttrValue,
    /// Shown after the value (元/月, 分钟, % ...).
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// Placeholder: what an empty field means, or the names it takes.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// `numeric` or `decimal` for a keypad; none for text.
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// A choice instead of an input: (value, label).
    #[prop_or_default]
    pub options: Option<Vec<(AttrValue, AttrValue)>>,
    /// The options are checkboxes, any number ticked; the value is the
    /// ticked values, separated by commas.
    #[prop_or_default]
    pub many: bool,
    /// A date picker: the value is `YYYY-MM-DD` or empty.
    #[prop_or_default]
    pub date: bool,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A note under the field (`= 30 GB`).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Spans two columns (a description).
    #[prop_or_default]
    pub wide: bool,
    pub oninput: Callback<String>,
    /// The field was left: ends its undo step.
    #[prop_or_default]
    pub onleave: Callback<()>,
}

#[component]
pub fn FieldRow(props: &FieldRowProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let invalid = props.error.is_some();
    let described = invalid.then(|| error_id.clone());
    let onfocusout = props.onleave.reform(|_: FocusEvent| ());
    if let (Some(options), true) = (&props.options, props.many) {
        return many(props, options);
    }
    let control = match &props.options {
        Some(options) => {
            let cb = props.oninput.clone();
            let onchange = Callback::from(move |e: Event| {
                cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
            });
            html! {
                <select id={props.id.clone()} {onchange} aria-invalid={invalid.to_string()}
                    aria-describedby={described}>
                    { for options.iter().map(|(v, label)| html! {
                        <option selected={*v == props.value} value={v.clone()}>{ label.clone() }</option>
                    }) }
                </select>
            }
        }
        None => {
            let cb = props.oninput.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                cb.emit(e.target_unchecked_into::<HtmlInputElement>().value())
            });
            html! {
                <input id={props.id.clone()} type={if props.date { "date" } else { "text" }} autocomplete="off"
                    inputmode={props.inputmode.clone()} value={props.value.clone()}
                    placeholder={props.hint.clone()} {oninput} {onfocusout}
                    aria-invalid={invalid.to_string()} aria-describedby={described} />
            }
        }
    };
    html! {
        <div class={classes!("field", invalid.then_some("invalid"), props.wide.then_some("wide"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="field-input">
                { control }
                if let Some(unit) = &props.unit { <span class="unit">{ unit.clone() }</span> }
            </div>
            if let Some(note) = &props.note { <p class="field-note">{ note.clone() }</p> }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} role="alert">{ error.clone() }</p>
            }
        </div>
    }
}

/// Checkboxes under a legend, one per option, in the options' order.
fn many(props: &FieldRowProps, options: &[(AttrValue, AttrValue)]) -> Html {
    let error_id = format!("{}-error", props.id);
    let invalid = props.error.is_some();
    let ticked: Vec<String> = props
        .value
        .split([',', '，'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let boxes = options.iter().enumerate().map(|(i, (value, label))| {
        let checked = ticked.iter().any(|t| t == value.as_str());
        let next: Vec<&str> = options
            .iter()
            .filter(|(v, _)| {
                if v == value {
                    !checked
                } else {
                    ticked.iter().any(|t| t == v.as_str())
                }
            })
            .map(|(v, _)| v.as_str())
            .collect();
        let text = next.join(", ");
        let cb = props.oninput.clone();
        let onchange = Callback::from(move |_: Event| cb.emit(text.clone()));
        html! {
            <label class="choice" key={value.to_string()}>
                <input type="checkbox" id={format!("{}-{i}", props.id)} value={value.clone()} {checked} {onchange} />
                { label.clone() }
            </label>
        }
    });
    html! {
        <fieldset id={props.id.clone()} class={classes!("field", "choices", invalid.then_some("invalid"), props.wide.then_some("wide"))}
            aria-describedby={invalid.then(|| error_id.clone())}>
            <legend>{ props.label.clone() }</legend>
            <div class="choice-boxes">{ for boxes }</div>
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id} role="alert">{ error.clone() }</p>
            }
        </fieldset>
    }
}
