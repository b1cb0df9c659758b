//! Import: paste the whole tables as JSON or the plans table as CSV, choose
//! the file, or drop it anywhere on the page (read with the browser's File
//! API, then the same checks and messages as a paste). A bad
//! file is rejected with the line and field of every problem and the draft is
//! left untouched; a good one becomes one undoable step.
use proposal_engine::limits::{check_csv, check_size, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS};
use proposal_engine::{problem, validate_catalog, Catalog, Lang, Text};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::csv::read_plans;
use super::items::plan::fields;
use super::named::{problem_line, problem_text};
use super::place;
use crate::i18n::{t, EditorMsg};
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

/// Reads a whole catalog from JSON; problems in `lang`: a syntax error by
/// line and column and what (`第 663 行第 19 列：文件不完整…`), a rule the
/// tables break by the item's name and the field's label. A file over the
/// import limit is refused unread; tables that state a fingerprint their
/// content does not have are refused.
pub fn import_json(text: &str, lang: Lang) -> Result<Catalog, Vec<String>> {
    check_size(text.len(), MAX_IMPORT_BYTES).map_err(|e| vec![e.get(lang).to_string()])?;
    Catalog::load_checked(text).map_err(|ps| match Catalog::from_json(text) {
        // It reads, so the problems are the validator's: name their items.
        Ok(read) => ps.iter().map(|p| problem_line(&read, p, lang)).collect(),
        Err(_) => problem::lines(&ps, lang),
    })
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
            match cell {
                Some(at) => place::at(&at, &p.message),
                None => problem_text(&next, p),
            }
        });
        in_lang(placed.collect())
    })?;
    Ok(next)
}

/// What the last import gave.
#[derive(Clone, PartialEq)]
pub enum Outcome {
    None,
    Done,
    Rejected(Vec<String>),
}

/// Imports `text` (CSV when `csv`) into the draft, or says why not.
fn apply(editor: &EditorContext, text: &str, csv: bool, lang: Lang) -> Outcome {
    let result = if csv {
        import_csv(editor.current(), text, lang)
    } else {
        import_json(text, lang)
    };
    match result {
        Ok(catalog) => {
            editor.dispatch(EditorAction::Import(catalog));
            Outcome::Done
        }
        Err(problems) => Outcome::Rejected(problems),
    }
}

/// Reads a chosen or dropped file with the browser's File API (as UTF-8
/// text) and imports it with the same checks and messages as a paste: a
/// `.csv` as the plans table, anything else as the whole tables' JSON. A
/// file over the import limit is refused unread.
pub fn import_file(
    file: web_sys::File,
    editor: EditorContext,
    outcome: UseStateHandle<Outcome>,
    lang: Lang,
) {
    let size = usize::try_from(file.size() as u64).unwrap_or(usize::MAX);
    if let Err(e) = check_size(size, MAX_IMPORT_BYTES) {
        return outcome.set(Outcome::Rejected(vec![e.get(lang).to_string()]));
    }
    let csv = file.name().to_lowercase().ends_with(".csv");
    let Ok(reader) = web_sys::FileReader::new() else {
        return outcome.set(Outcome::Rejected(vec![
            t(lang, EditorMsg::FileUnread).into()
        ]));
    };
    let r = reader.clone();
    let done = Closure::once_into_js(move || {
        let next = match r.result().ok().and_then(|v| v.as_string()) {
            Some(text) => apply(&editor, &text, csv, lang),
            None => Outcome::Rejected(vec![t(lang, EditorMsg::FileUnread).into()]),
        };
        outcome.set(next);
    });
    reader.set_onloadend(Some(done.unchecked_ref()));
    let _ = reader.read_as_text(&file);
}

/// The first file a drop carries.
pub fn dropped_file(e: &DragEvent) -> Option<web_sys::File> {
    e.data_transfer()?.files()?.get(0)
}

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// Kept by the page, which also takes a file dropped anywhere on it.
    pub outcome: UseStateHandle<Outcome>,
    /// A file is being dragged over the page.
    #[prop_or_default]
    pub dragging: bool,
}

#[component]
pub fn ImportPanel(props: &ImportProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let text = use_state(String::new);
    let outcome = props.outcome.clone();
    let run = |csv: bool| {
        let (editor, text, outcome) = (editor.clone(), text.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| outcome.set(apply(&editor, &text, csv, lang)))
    };
    let oninput = {
        let (text, outcome) = (text.clone(), outcome.clone());
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value());
            // What was said about the last text is not about this one.
            outcome.set(Outcome::None);
        })
    };
    let onchange = {
        let (editor, outcome) = (editor.clone(), outcome.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                import_file(file, editor.clone(), outcome.clone(), lang);
            }
            // The same file can be chosen again after it is fixed.
            input.set_value("");
        })
    };
    html! {
        <section class={classes!("card", "import-panel", props.dragging.then_some("dragging"))} data-testid="import">
            <h2>{ t(lang, EditorMsg::ImportTitle) }</h2>
            <div class="field import-file">
                // The label is the button: the browser's own file button says
                // "Choose File" in its own language, not the page's.
                <label for="import-file" class="button secondary">{ t(lang, EditorMsg::ImportFile) }</label>
                <input id="import-file" type="file" accept=".json,.csv,application/json,text/csv" {onchange} />
                <p class="muted drop-hint" data-testid="drop-zone">{ t(lang, if props.dragging { EditorMsg::ImportDropNow } else { EditorMsg::ImportDrop }) }</p>
            </div>
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
