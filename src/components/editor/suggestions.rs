//! 建议 / Suggestions: the tables' segment-aware suggestions (industry to
//! services, spend band to the featured package, cluster market to the
//! order shown), as rules in words, the meaning of each field (the engine's
//! `suggestion_fields`, the same as README's table) and the section's JSON
//! to edit. The counter follows the draft at once, like any other edit.
use std::rc::Rc;

use proposal_engine::catalog::{suggestion_fields, Suggestions};
use proposal_engine::problem::json_problem;
use proposal_engine::{Catalog, Lang, Problem, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::form::choices::label_of;
use super::form::parse::snake;
use crate::i18n::t;
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct SuggestionsEditorProps {
    pub problems: Rc<Vec<Problem>>,
}

/// The rules as a manager reads them: "酒店（酒店、宾馆）→ 总机服务、天翼对讲".
fn rule_lines(c: &Catalog, lang: Lang) -> Vec<String> {
    let name = |id| {
        c.name_of(id)
            .map_or_else(|| id.to_string(), |n| n.get(lang).to_string())
    };
    // A stored word (`push_to_talk`, `family`) by the form's label for it.
    let label = |v: String| label_of(&v).map_or(v, |l| t(lang, l).to_string());
    let (open, close, sep) = match lang {
        Lang::ZhCn => ("（", "）", "、"),
        Lang::En => (" (", ")", ", "),
    };
    let s = &c.suggestions;
    let industries = s.industries.iter().map(|i| {
        let services: Vec<String> = i.services.iter().map(|x| name(&x.addon)).collect();
        let (n, words) = (i.name.get(lang), i.words.join(sep));
        format!("{n}{open}{words}{close} → {}", services.join(sep))
    });
    let bands = s.spend_bands.iter().map(|b| {
        let to = b.to.map_or_else(|| "…".to_string(), |m| m.format(lang));
        let who: Vec<String> = b.segments.iter().map(|x| label(snake(x))).collect();
        let who = if who.is_empty() {
            String::new()
        } else {
            format!("{open}{}{close}", who.join(sep))
        };
        format!(
            "{}–{}{who} → {}",
            b.from.format(lang),
            to,
            name(&b.featured)
        )
    });
    let orders = s.cluster_order.iter().map(|o| {
        let kinds: Vec<String> = o.kinds.iter().map(|k| label(snake(k))).collect();
        let n = o.cluster.name();
        format!("{}{}{}", n.get(lang), lang.colon(), kinds.join(" → "))
    });
    industries.chain(bands).chain(orders).collect()
}

#[component]
pub fn SuggestionsEditor(props: &SuggestionsEditorProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let typed = use_state(|| None::<(String, Text)>);
    let catalog = editor.current().clone();
    let model = serde_json::to_string_pretty(&catalog.suggestions).unwrap_or_default();
    let (value, error) = match &*typed {
        Some((text, error)) => (text.clone(), Some(error.get(lang).to_string())),
        None => (model, None),
    };
    let oninput = {
        let (typed, editor) = (typed.clone(), editor.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match serde_json::from_str::<Suggestions>(&text) {
                Ok(s) => {
                    typed.set(None);
                    let mut next = (**editor.current()).clone();
                    next.suggestions = s;
                    let field = "suggestions (json)".to_string();
                    editor.dispatch(EditorAction::EditField {
                        catalog: next,
                        field,
                    });
                }
                Err(e) => typed.set(Some((text, json_problem(&e).message))),
            }
        })
    };
    let onfocusout = {
        let editor = editor.clone();
        Callback::from(move |_: FocusEvent| editor.dispatch(EditorAction::Commit))
    };
    let problems = props
        .problems
        .iter()
        .filter(|p| p.path.starts_with("suggestions"));
    let title = Text::new(
        "建议（行业、消费区间、聚类市场）",
        "Suggestions (industry, spend band, cluster market)",
    );
    html! {
        <section class="card suggestion-rules" data-testid="suggestion-rules" aria-labelledby="suggestion-rules-title">
            <h2 id="suggestion-rules-title">{ title.get(lang) }</h2>
            <ul>{ for rule_lines(&catalog, lang).into_iter().map(|l| html! { <li>{ super::rule_table::marked(&l, lang) }</li> }) }</ul>
            <dl>{ for suggestion_fields().into_iter().map(|(f, m)| html! {
                <><dt><code>{ f }</code></dt><dd>{ super::rule_table::marked(m.get(lang), lang) }</dd></>
            }) }</dl>
            <div class={classes!("field", "json-form", error.is_some().then_some("invalid"))}>
                <label for="suggestions-json">{ "JSON" }</label>
                <textarea id="suggestions-json" rows="14" spellcheck="false" {value} {oninput} {onfocusout}
                    aria-invalid={error.is_some().to_string()} aria-describedby="suggestions-json-error" />
                <div id="suggestions-json-error">
                    if let Some(error) = error { <p class="field-error" role="alert">{ error }</p> }
                    { for problems.map(|p| html! { <p class="field-error">{ format!("{}: {}", p.path, p.message.get(lang)) }</p> }) }
                </div>
            </div>
        </section>
    }
}
