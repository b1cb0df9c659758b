//! The price-book history: every version published on or loaded by this
//! device (see `state::editor::versions`), any two compared field by field,
//! and an old version restored as the draft (one undoable step; publishing
//! it makes a new version, the old ones stay).
use std::rc::Rc;

use proposal_engine::Catalog;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::diff::{change_list, diff};
use crate::i18n::{t, EditorMsg};
use crate::state::editor::versions::stored_versions;
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

/// The kept versions, the built-in default (the deployed folder's first
/// version) when not kept, and the published one: oldest first, one per number.
pub fn known_versions(published: &Catalog) -> Vec<Rc<Catalog>> {
    let mut all = stored_versions(published.version);
    let built_in = crate::browser::json::default_tables();
    if !all.iter().any(|c| c.version == built_in.version) {
        all.push(built_in);
    }
    all.retain(|c| c.version < published.version && c.id == published.id);
    all.sort_by_key(|c| c.version);
    let mut all: Vec<Rc<Catalog>> = all.into_iter().map(Rc::new).collect();
    all.push(Rc::new(published.clone()));
    all
}

#[component]
pub fn HistoryPanel() -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let versions = use_memo(editor.published.clone(), |p| known_versions(p));
    // Unchosen: the published version against the one before it (also
    // after a publish adds a version).
    let last = versions.len().saturating_sub(1);
    let chosen_from = use_state(|| None::<usize>);
    let chosen_to = use_state(|| None::<usize>);
    let from = chosen_from.unwrap_or(last.saturating_sub(1)).min(last);
    let to = chosen_to.unwrap_or(last).min(last);
    let pick = |state: &UseStateHandle<Option<usize>>| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let i = e
                .target_unchecked_into::<HtmlSelectElement>()
                .selected_index();
            state.set(usize::try_from(i).ok());
        })
    };
    let (a, b) = (versions.get(from).cloned(), versions.get(to).cloned());
    let (Some(a), Some(b)) = (a, b) else {
        return html! {};
    };
    let changes = diff(&a, &b);
    let options = |chosen: usize| {
        versions.iter().enumerate().map(move |(i, v)| {
            html! { <option value={i.to_string()} selected={i == chosen}>{ format!("{} · {}", v.version, v.effective_from) }</option> }
        }).collect::<Html>()
    };
    let restore = {
        let (editor, a) = (editor.clone(), a.clone());
        Callback::from(move |_: MouseEvent| editor.dispatch(EditorAction::Import((*a).clone())))
    };
    html! {
        <section class="card history-panel" data-testid="history">
            <h2>{ t(lang, EditorMsg::HistoryTitle) }</h2>
            <div class="row">
                <div class="field">
                    <label for="history-from">{ t(lang, EditorMsg::HistoryFrom) }</label>
                    <div class="field-input"><select id="history-from" onchange={pick(&chosen_from)}>{ options(from) }</select></div>
                </div>
                <div class="field">
                    <label for="history-to">{ t(lang, EditorMsg::HistoryTo) }</label>
                    <div class="field-input"><select id="history-to" onchange={pick(&chosen_to)}>{ options(to) }</select></div>
                </div>
            </div>
            if changes.is_empty() { <p>{ t(lang, EditorMsg::HistorySame) }</p> } else { { change_list(&changes, lang) } }
            <button type="button" class="button secondary" onclick={restore} data-testid="history-restore">
                { format!("{} {}", t(lang, EditorMsg::HistoryRestore), a.version) }</button>
        </section>
    }
}
