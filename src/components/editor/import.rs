//! Import: paste the whole tables as JSON or the plans table as CSV. A bad
//! file is rejected with the line and field of every problem and the draft is
//! left untouched; a good one becomes one undoable step.
use proposal_engine::limits::{check_csv, check_size, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS};
use proposal_engine::{problem, validate_catalog, Catalog, Lang, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::csv::read_plans;
use super::items::plan::fields;
use super::place;
use crate::i18n::{t, EditorMsg};
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

/// Reads a whole catalog from JSON; problems as `line …` or `path: message`
/// in `lang`. A file over the import limit is refused unread; tables that
/// state a fingerprint their content does not have are refused.
pub fn import_json(text: &str, lang: Lang) -> Result<Catalog, Vec<String>> {
    check_size(text.len(), MAX_IMPORT_BYTES).map_err(|e| vec![e.get(lang).to_string()])?;
    Catalog::load_checked(text).map_err(|ps| problem::lines(&ps, lang))
}

/// [`import_json`] for the tables a link carries, read before a language is
/// at hand: every message in both (`中文 / English`).
pub fn import_json_both(text: &str) -> Result<Catalog, Vec<String>> {
    check_size(text.len(), MAX_IMPORT_BYTES).map_err(|e| vec![e.both()])?;
    Catalog::load_checked(text).map_err(|ps| {
        ps.iter()
            .map(|p| match p.path.as_str() {
                "" => p.message.both(),
                path => format!("{path}: {}", p.message.both()),
            })
            .collect()
    })
}

/// Replaces the plans of `current` with the CSV's; each problem names its
/// line and column (a validator's problem in a plan too), or the item it is
/// in by name, in `lang`.
pub fn import_csv(current: &Catalog, text: &str, lang: Lang) -> Result<Catalog, Vec<String>> {
    check_csv(text, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS)
        .map_err(|e| vec![e.get(lang).to_string()])?;
    let in_lang =
        |ms: Vec<Text>| -> Vec<String> { ms.iter().map(|m| m.get(lang).to_string()).collect() };
    let (plans, lines) = read_plans(text).map_err(in_lang)?;
    let mut next = current.clone();
    next.plans = plans;
    let known = fields();
    validate_catalog(&next).map_err(|ps| {
        let placed = ps.iter().map(|p| {
            let cell = p.path.strip_prefix("plans[").and_then(|rest| {
                let (i, key) = rest.split_once("].")?;
                let line = *lines.get(i.parse::<usize>().ok()?)?;
                let label = known.iter().find(|f| f.key == key).map(|f| f.label);
                Some(place::cell(line, key, label))
            });
            let whereabouts = cell.unwrap_or_else(|| place::item(&next, &p.path));
            place::at(&whereabouts, &p.message)
        });
        in_lang(placed.collect())
    })?;
    Ok(next)
}

#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    Done,
    Rejected(Vec<String>),
}

#[component]
pub fn ImportPanel() -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let text = use_state(String::new);
    let outcome = use_state(|| Outcome::None);
    let run = |csv: bool| {
        let (editor, text, outcome) = (editor.clone(), text.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let result = if csv {
                import_csv(editor.current(), &text, lang)
            } else {
                import_json(&text, lang)
            };
            match result {
                Ok(catalog) => {
                    editor.dispatch(EditorAction::Import(catalog));
                    outcome.set(Outcome::Done);
                }
                Err(problems) => outcome.set(Outcome::Rejected(problems)),
            }
        })
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <section class="card import-panel" data-testid="import">
            <h2>{ t(lang, EditorMsg::ImportTitle) }</h2>
            <label for="import-text" class="muted">{ t(lang, EditorMsg::ImportHint) }</label>
            <textarea id="import-text" rows="6" value={(*text).clone()} {oninput} />
            <div class="row">
                <button type="button" class="button" onclick={run(false)}>{ t(lang, EditorMsg::ImportJson) }</button>
                <button type="button" class="button secondary" onclick={run(true)}>{ t(lang, EditorMsg::ImportCsv) }</button>
            </div>
            { match &*outcome {
                Outcome::None => html! {},
                Outcome::Done => html! { <p class="notice ok" role="status">{ t(lang, EditorMsg::ImportDone) }</p> },
                Outcome::Rejected(problems) => html! {
                    <div class="notice error" role="alert" data-testid="import-errors">
                        <strong>{ t(lang, EditorMsg::ImportRejected) }</strong>
                        <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                    </div>
                },
            } }
        </section>
    }
}
