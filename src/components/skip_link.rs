//! A link past what a keyboard would otherwise walk through (the intake's
//! every field) to a region: shown only while focused. The app routes by the
//! fragment, so the link moves the focus itself instead of changing the
//! address (`#proposals` would leave the counter for "page not found").
use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    /// The id of the region to move to; it has `tabindex="-1"`.
    pub target: AttrValue,
    pub label: AttrValue,
}

#[component]
pub fn SkipLink(props: &SkipLinkProps) -> Html {
    let onclick = {
        let target = props.target.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            browser::focus(&target);
        })
    };
    html! {
        <a class="skip-link" href={format!("#{}", props.target)} {onclick}>{ props.label.clone() }</a>
    }
}
