//! The book's toolbar: search (name, phone or id), the status filter, the
//! follow-ups due (today's and overdue), the blank form, the exports and
//! the import of a backup or a pack's links.csv.
use proposal_engine::book::view::Filter;
use proposal_engine::book::words;
use proposal_engine::book::Status;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::say;
use crate::state::use_lang;

/// Which export.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Export {
    BookCsv,
    VisitsCsv,
    Json,
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub filter: Filter,
    pub due_count: usize,
    pub onfilter: Callback<Filter>,
    pub onexport: Callback<Export>,
    pub onblank: Callback<MouseEvent>,
    /// A file chosen to import.
    pub onimport: Callback<web_sys::File>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lang = use_lang();
    let f = props.filter.clone();
    let onsearch = {
        let (cb, f) = (props.onfilter.clone(), f.clone());
        Callback::from(move |e: InputEvent| {
            let search = e.target_unchecked_into::<HtmlInputElement>().value();
            cb.emit(Filter {
                search,
                ..f.clone()
            })
        })
    };
    let onstatus = {
        let (cb, f) = (props.onfilter.clone(), f.clone());
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            cb.emit(Filter {
                status: Status::from_key(&key),
                ..f.clone()
            })
        })
    };
    let ondue = {
        let (cb, f) = (props.onfilter.clone(), f.clone());
        Callback::from(move |_: MouseEvent| {
            cb.emit(Filter {
                due_only: !f.due_only,
                ..f.clone()
            })
        })
    };
    let export = |which: Export, w: words::W, test: &'static str| {
        let cb = props.onexport.clone();
        html! { <button type="button" class="button secondary" onclick={Callback::from(move |_| cb.emit(which))} data-testid={test}>{ say(lang, w) }</button> }
    };
    let onfile = {
        let cb = props.onimport.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                cb.emit(file);
            }
            input.set_value("");
        })
    };
    let statuses = Status::ALL.iter().map(|s| {
        html! { <option value={s.key()} selected={f.status == Some(*s)}>{ words::status(*s).get(lang).to_string() }</option> }
    });
    html! {
        <div class="book-toolbar no-print">
            <div class="book-filters">
                <input type="search" class="book-search" value={f.search.clone()} oninput={onsearch} placeholder={say(lang, words::SEARCH)} aria-label={say(lang, words::SEARCH)} data-testid="book-search" />
                <select onchange={onstatus} aria-label={say(lang, words::ALL_STATUSES)} data-testid="book-filter-status">
                    <option value="" selected={f.status.is_none()}>{ say(lang, words::ALL_STATUSES) }</option>
                    { for statuses }
                </select>
                <button type="button" class={classes!("button", (!f.due_only).then_some("secondary"))} aria-pressed={f.due_only.to_string()} onclick={ondue} data-testid="book-due-only">
                    { words::follow_ups(props.due_count).get(lang).to_string() }
                </button>
            </div>
            <div class="book-files">
                <button type="button" class="button secondary" onclick={props.onblank.clone()} data-testid="book-blank-form">{ say(lang, words::BLANK_FORM) }</button>
                { export(Export::BookCsv, words::EXPORT_CSV, "export-book-csv") }
                { export(Export::VisitsCsv, words::EXPORT_VISITS, "export-visits-csv") }
                { export(Export::Json, words::EXPORT_JSON, "export-json") }
                <label class="button secondary file-button" for="book-import">
                    { say(lang, words::IMPORT) }
                    <input id="book-import" type="file" accept=".json,.csv,application/json,text/csv" onchange={onfile} data-testid="book-import" />
                </label>
            </div>
        </div>
    }
}
