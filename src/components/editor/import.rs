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

/// A CSV file's text from its bytes: UTF-8 (with or without a mark), else
/// GB18030; bytes that are neither are refused at their first line.
pub fn csv_text(bytes: Vec<u8>) -> Result<String, Text> {
    match proposal_engine::csv::decode(bytes) {
        (text, None) => Ok(text),
        (_, Some(line)) => Err(Text::new(
            format!("第 {line} 行既不是 UTF-8 也不是 GBK 编码：请在 Excel 中另存为“CSV UTF-8”后再导入"),
            format!("line {line} is neither UTF-8 nor GBK: save it from Excel as \"CSV UTF-8\" and import it again"),
        )),
    }
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

/// How a chosen or dropped file is read, by its name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileKind {
    /// The whole tables' JSON (anything but the others).
    Json,
    /// The plans table as CSV, read as bytes: UTF-8 or GBK.
    Csv,
    /// The whole tables as a workbook (tables.html's build).
    #[cfg(feature = "workbook")]
    Xlsx,
}

pub fn kind_of(name: &str) -> FileKind {
    let name = name.to_lowercase();
    #[cfg(feature = "workbook")]
    if name.ends_with(".xlsx") {
        return FileKind::Xlsx;
    }
    if name.ends_with(".csv") {
        FileKind::Csv
    } else {
        FileKind::Json
    }
}

/// Imports a file's bytes (a CSV or a workbook) into the draft, or says why
/// not, to `done` (at once, or when the workbook worker answers: a
/// workbook, or a CSV that is not UTF-8, in tables.html's build).
pub fn apply_bytes(
    editor: &EditorContext,
    bytes: Vec<u8>,
    kind: FileKind,
    lang: Lang,
    done: impl FnOnce(Outcome) + 'static,
) {
    match kind {
        FileKind::Json => done(match String::from_utf8(bytes) {
            Ok(text) => apply(editor, text.trim_start_matches('\u{feff}'), false, lang),
            Err(_) => Outcome::Rejected(vec![t(lang, EditorMsg::FileUnread).into()]),
        }),
        // GBK is read by the worker (its GB18030 tables stay out of the page).
        #[cfg(feature = "workbook")]
        FileKind::Csv if std::str::from_utf8(&bytes).is_err() => {
            use super::workbook_job::{Answer, Job};
            let editor = editor.clone();
            crate::browser::worker::ask(Job::Csv(bytes), move |answer| {
                done(match answer {
                    Some(Answer::Text(text)) => apply(&editor, &text, true, lang),
                    other => Outcome::Rejected(super::workbook::problems(other, lang)),
                })
            })
        }
        FileKind::Csv => done(match csv_text(bytes) {
            Ok(text) => apply(editor, &text, true, lang),
            Err(e) => Outcome::Rejected(vec![e.get(lang).to_string()]),
        }),
        #[cfg(feature = "workbook")]
        FileKind::Xlsx => {
            let editor = editor.clone();
            super::workbook::import_xlsx(bytes, lang, move |read| {
                done(match read {
                    Ok(catalog) => {
                        editor.dispatch(EditorAction::Import(catalog));
                        Outcome::Done
                    }
                    Err(problems) => Outcome::Rejected(problems),
                })
            })
        }
    }
}

/// Reads a chosen or dropped file with the browser's File API and imports
/// it with the same checks and messages as a paste: a `.csv` (as bytes,
/// UTF-8 or GBK) as the plans table, a `.xlsx` as the whole tables'
/// workbook, anything else as the whole tables' JSON. A file over the
/// import limit is refused unread.
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
    let kind = kind_of(&file.name());
    let Ok(reader) = web_sys::FileReader::new() else {
        return outcome.set(Outcome::Rejected(vec![
            t(lang, EditorMsg::FileUnread).into()
        ]));
    };
    let r = reader.clone();
    let done = Closure::once_into_js(move || match r.result() {
        Ok(v) if v.is_instance_of::<js_sys::ArrayBuffer>() => {
            let bytes = js_sys::Uint8Array::new(&v).to_vec();
            apply_bytes(&editor, bytes, kind, lang, move |next| outcome.set(next))
        }
        _ => outcome.set(Outcome::Rejected(vec![
            t(lang, EditorMsg::FileUnread).into()
        ])),
    });
    reader.set_onloadend(Some(done.unchecked_ref()));
    let _ = reader.read_as_array_buffer(&file);
}

/// The first file a drop carries.
pub fn dropped_file(e: &DragEvent) -> Option<web_sys::File> {
    e.data_transfer()?.files()?.get(0)
}

/// The files the chooser offers.
#[cfg(feature = "workbook")]
const ACCEPT: &str = ".json,.csv,.xlsx,application/json,text/csv";
#[cfg(not(feature = "workbook"))]
const ACCEPT: &str = ".json,.csv,application/json,text/csv";

/// "导入工作簿": a chooser of `.xlsx` files only (tables.html's build).
#[allow(unused_variables)]
fn workbook_input(lang: Lang, onchange: Callback<Event>) -> Html {
    #[cfg(feature = "workbook")]
    return html! {
        <>
            <label for="import-xlsx" class="button secondary">{ t(lang, EditorMsg::ImportXlsx) }</label>
            <input id="import-xlsx" type="file" data-testid="import-xlsx" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {onchange} />
        </>
    };
    #[cfg(not(feature = "workbook"))]
    Html::default()
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
                <input id="import-file" type="file" accept={ACCEPT} onchange={onchange.clone()} />
                { workbook_input(lang, onchange) }
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
