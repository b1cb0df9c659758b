//! A whole-number stepper: large minus and plus buttons for a thumb, bounded.
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    pub label: AttrValue,
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

/// Counts (lines, months) changed by tapping, never by typing.
#[component]
pub fn Stepper(props: &StepperProps) -> Html {
    let StepperProps {
        value,
        min,
        max,
        step: by,
        ..
    } = *props;
    let step = |sign: i64| {
        let delta = sign * i64::from(by);
        let cb = props.onchange.clone();
        let next = (i64::from(value) + delta).clamp(i64::from(min), i64::from(max));
        Callback::from(move |_| cb.emit(u32::try_from(next).unwrap_or(value)))
    };
    html! {
        <div class="stepper" role="group" aria-label={props.label.clone()}>
            <span class="stepper-label">{ props.label.clone() }</span>
            <button type="button" class="stepper-button" aria-label="−" disabled={value <= min}
                onclick={step(-1)}>{"−"}</button>
            <output class="stepper-value" aria-live="polite">{ value }</output>
            <button type="button" class="stepper-button" aria-label="+" disabled={value >= max}
                onclick={step(1)}>{"+"}</button>
        </div>
    }
}
