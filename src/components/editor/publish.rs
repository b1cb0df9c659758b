//! The draft-vs-published panel: the readable diff, then publish (version + 1,
//! effective date) and the published tables as the two files to deploy in
//! the host's `tables/` folder (`current.json` and the version's own file,
//! each stating its fingerprint), which every tablet loads at start.
use std::rc::Rc;

use proposal_engine::Problem;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::diff::{change_list, diff};
use super::toolbar::data_url;
use crate::i18n::{t, EditorMsg};
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct DiffProps {
    pub problems: Rc<Vec<Problem>>,
}

#[component]
pub fn DiffPanel(props: &DiffProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let changes = use_memo(
        (editor.published.clone(), editor.current().clone()),
        |(p, d)| diff(p, d),
    );
    let date = use_state(|| editor.current().effective_from.clone());
    let rep_link = use_memo(editor.published.clone(), |p| super::adopt::rep_link(p));
    let published_url = use_memo(editor.published.clone(), |p| {
        data_url("application/json", &p.to_published_json())
    });
    let version_name = format!("{}.json", editor.published.version);
    let oninput = {
        let date = date.clone();
        Callback::from(move |e: InputEvent| {
            date.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let publish = {
        let (editor, date) = (editor.clone(), date.clone());
        Callback::from(move |_: MouseEvent| editor.dispatch(EditorAction::Publish((*date).clone())))
    };
    let blocked = !props.problems.is_empty() || changes.is_empty();
    html! {
        <section class="card diff-panel" data-testid="diff">
            <h2>{ t(lang, EditorMsg::DiffTitle) }</h2>
            <p class="muted">{ t(lang, EditorMsg::Published) }{ format!(" {} · {}", editor.published.version, editor.published.effective_from) }
                { " " }<a href={(*published_url).clone()} download="current.json" data-testid="published-json" class="file-link" translate="no">{ "current.json" }</a>
                { " · " }<a href={(*published_url).clone()} download={version_name.clone()} data-testid="published-version-json" class="file-link" translate="no">{ version_name.clone() }</a>
                { " · " }<a href={(*rep_link).clone()} target="_blank" rel="noopener" data-testid="rep-link">{ t(lang, EditorMsg::RepLink) }</a></p>
            <p class="muted deploy-hint">{ t(lang, EditorMsg::DeployHint) }{ " " }<code>{ "tables/" }</code>{ " " }{ t(lang, EditorMsg::DeployHintEnd) }</p>
            if changes.is_empty() { <p>{ t(lang, EditorMsg::NoChanges) }</p> } else { { change_list(&changes, lang) } }
            <div class="row">
                <div class="field">
                    <label for="publish-date">{ t(lang, EditorMsg::EffectiveFrom) }</label>
                    <div class="field-input"><input id="publish-date" type="date" value={(*date).clone()} {oninput} /></div>
                </div>
                <button type="button" class="button" disabled={blocked} aria-disabled={blocked.to_string()}
                    aria-describedby={(!props.problems.is_empty()).then_some("publish-blocked")} onclick={publish}>{ t(lang, EditorMsg::Publish) }</button>
            </div>
            if !props.problems.is_empty() { <p class="field-error" id="publish-blocked">{ t(lang, EditorMsg::PublishBlocked) }</p> }
        </section>
    }
}
