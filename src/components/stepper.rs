//! A whole-number stepper: large minus and plus buttons for a thumb, bounded.
use yew::prelude::*;

use crate::i18n::{tf, Msg};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    pub label: AttrValue,
    /// What the buttons change, for their names ("减少 #1 手机 通话（分钟）"
    /// rather than "−"); the label when absent.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    pub value: u32,
    #[prop_or(0)]
    pub min: u32,
    #[prop_or(u32::MAX)]
    pub max: u32,
    /// How much one tap changes the value.
    #[prop_or(1)]
    pub step: u32,
    pub onchange: Callback<u32>,
}

/// Counts (lines, months) changed by tapping, never by typing. Each button
/// is named by what it changes, in the UI's language.
#[component]
pub fn Stepper(props: &StepperProps) -> Html {
    let StepperProps {
        value,
        min,
        max,
        step: by,
        ..
    } = *props;
    let lang = use_lang();
    let name = props.name.clone().unwrap_or_else(|| props.label.clone());
    let step = |sign: i64| {
        let delta = sign * i64::from(by);
        let cb = props.onchange.clone();
        let next = (i64::from(value) + delta).clamp(i64::from(min), i64::from(max));
        Callback::from(move |_| cb.emit(u32::try_from(next).unwrap_or(value)))
    };
    html! {
        <div class="stepper" role="group" aria-label={name.clone()}>
            <span class="stepper-label">{ props.label.clone() }</span>
            <button type="button" class="stepper-button" aria-label={tf(lang, Msg::StepDown, &name)} disabled={value <= min}
                onclick={step(-1)}>{"−"}</button>
            <output class="stepper-value" aria-live="polite">{ value }</output>
            <button type="button" class="stepper-button" aria-label={tf(lang, Msg::StepUp, &name)} disabled={value >= max}
                onclick={step(1)}>{"+"}</button>
        </div>
    }
}
