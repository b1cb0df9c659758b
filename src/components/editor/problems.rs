//! Every problem the engine's validator finds in the draft, with its place,
//! in the UI's language (the validator says each in Chinese and English).
use std::rc::Rc;

use proposal_engine::{Lang, Problem};
use yew::prelude::*;

use crate::i18n::{t, EditorMsg};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub problems: Rc<Vec<Problem>>,
}

/// A problem as the list shows it: its place, and its text in the UI's `lang`.
pub fn problem_row(p: &Problem, lang: Lang) -> (String, String) {
    (p.path.clone(), p.get(lang).to_string())
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
            { problem_items(&props.problems, lang) }
        </div>
    }
}

/// What the engine flags without refusing the draft (`catalog_warnings`: a
/// name stating a price other than its monthly fee); nothing when none.
#[component]
pub fn WarningList(props: &ProblemsProps) -> Html {
    let lang = use_lang();
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice warn problems" role="status" data-testid="warnings">
            <strong>{ t(lang, EditorMsg::WarningsTitle) }{ format!(" ({})", props.problems.len()) }</strong>
            { problem_items(&props.problems, lang) }
        </div>
    }
}

/// The rows of a problem or warning list: each item's place, then what.
fn problem_items(problems: &[Problem], lang: Lang) -> Html {
    html! {
        <ul>
            { for problems.iter().map(|p| {
                let (path, message) = problem_row(p, lang);
                html! { <li><code>{ path }</code>{ " " }{ message }</li> }
            }) }
        </ul>
    }
}
