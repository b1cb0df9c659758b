//! A one-of-few choice as a row of buttons (segment, line kind, sort order):
//! one tap instead of opening a select on a tablet.
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SegmentedProps<T: PartialEq + Clone + 'static> {
    pub label: AttrValue,
    /// `(value, text)` for each choice, in order.
    pub options: Vec<(T, AttrValue)>,
    pub selected: T,
    pub onchange: Callback<T>,
}

/// The pressed button is the current choice.
#[component]
pub fn Segmented<T: PartialEq + Clone + 'static>(props: &SegmentedProps<T>) -> Html {
    let buttons = props.options.iter().map(|(value, text)| {
        let cb = props.onchange.clone();
        let v = value.clone();
        let pressed = *value == props.selected;
        html! {
            <button type="button" class="segment" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| cb.emit(v.clone()))}>{ text.clone() }</button>
        }
    });
    html! {
        <div class="segmented" role="group" aria-label={props.label.clone()}>{ for buttons }</div>
    }
}
