//! Every problem the engine's validator finds in the draft, with its place,
//! in the UI's language (the validator says each in Chinese and English).
use std::rc::Rc;

use proposal_engine::{Catalog, Lang, Problem};
use yew::prelude::*;

use super::pending::PendingContext;
use crate::i18n::{t, EditorMsg};
use crate::state::editor::EditorContext;
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub problems: Rc<Vec<Problem>>,
}

/// A problem as the list shows it, in the UI's `lang`: the item by its
/// name and the field by its label, then what is wrong
/// (`融合套餐「家庭融合129元」· 月费：不能为负数`), never its internal path.
pub fn problem_row(c: &Catalog, p: &Problem, lang: Lang) -> String {
    super::named::problem_line(c, p, lang)
}

#[component]
pub fn ProblemList(props: &ProblemsProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let unread = use_context::<PendingContext>()
        .map(|p| p.labels())
        .unwrap_or_default();
    // Text on screen the draft does not have: what it says is not checked yet.
    let pending = (!unread.is_empty()).then(|| html! {
        <p class="pending" data-testid="pending">{ t(lang, EditorMsg::Pending) }{ unread.join(if lang == Lang::ZhCn { "、" } else { ", " }) }</p>
    });
    if props.problems.is_empty() {
        return match pending {
            Some(pending) => {
                html! { <div class="notice warn problems" role="status" data-testid="problems">{ pending }</div> }
            }
            None => {
                html! { <p class="notice ok" data-testid="problems">{ t(lang, EditorMsg::DraftValid) }</p> }
            }
        };
    }
    html! {
        <div class="notice error problems" role="alert" data-testid="problems">
            { pending }
            <strong>{ t(lang, EditorMsg::ProblemsTitle) }{ format!(" ({})", props.problems.len()) }</strong>
            { problem_items(editor.current(), &props.problems, lang) }
        </div>
    }
}

/// What the engine flags without refusing the draft (`catalog_warnings`: a
/// name stating a price other than its monthly fee); nothing when none.
#[component]
pub fn WarningList(props: &ProblemsProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice warn problems" role="status" data-testid="warnings">
            <strong>{ t(lang, EditorMsg::WarningsTitle) }{ format!(" ({})", props.problems.len()) }</strong>
            { problem_items(editor.current(), &props.problems, lang) }
        </div>
    }
}

/// The rows of a problem or warning list: each item's place, then what.
fn problem_items(c: &Catalog, problems: &[Problem], lang: Lang) -> Html {
    html! {
        <ul>
            { for problems.iter().map(|p| html! { <li>{ problem_row(c, p, lang) }</li> }) }
        </ul>
    }
}
