//! Every problem the engine's validator finds in the draft, with its place.
use std::rc::Rc;

use proposal_engine::Problem;
use yew::prelude::*;

use crate::i18n::{t, EditorMsg};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub problems: Rc<Vec<Problem>>,
}

#[component]
pub fn ProblemList(props: &ProblemsProps) -> Html {
    let lang = use_lang();
    if props.problems.is_empty() {
        return html! { <p class="notice ok" data-testid="problems">{ t(lang, EditorMsg::DraftValid) }</p> };
    }
    html! {
        <div class="notice error problems" role="alert" data-testid="problems">
            <strong>{ t(lang, EditorMsg::ProblemsTitle) }{ format!(" ({})", props.problems.len()) }</strong>
            <ul>
                { for props.problems.iter().map(|p| html! {
                    <li><code>{ p.path.clone() }</code>{ " " }{ p.message.clone() }</li>
                }) }
            </ul>
        </div>
    }
}
