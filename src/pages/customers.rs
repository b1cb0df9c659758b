//! `#/customers`: the rep's customer book (客户簿), in `proposal.html` (the
//! counter's first load stays as it is). The counter's current customer is
//! kept here under its id whenever this page shows it, and the customers it
//! handed over ("新客户") are taken in at load; reopening one writes its
//! session as the counter's and goes to the counter.
use proposal_engine::book::json::to_json;
use proposal_engine::book::sheets::{book_csv, visits_csv};
use proposal_engine::book::view::{list, Filter};
use proposal_engine::book::words;
use proposal_engine::csv::decode_with;
use yew::prelude::*;

use crate::components::book::blank_form::BlankForm;
use crate::components::book::row::CustomerRow;
use crate::components::book::say;
use crate::components::book::toolbar::{Export, Toolbar};
use crate::components::book::visit_form::VisitForm;
use crate::state::autosave::use_autosave;
use crate::state::book::sync::{absorb, session_of};
use crate::state::book::{save, BookAction, BookState, StorageNotice};
use crate::state::catalog::ActiveCatalog;
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;

#[component]
pub fn CustomersPage() -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let active = use_context::<ActiveCatalog>().expect("catalog context");
    let today = *use_memo((), |_| crate::browser::today());
    let book = {
        let active = active.0.clone();
        use_reducer(move || BookState::restore_with_inbox(&active, today))
    };
    // The counter's customer, kept under its id (a new one gets its id here).
    {
        let (book, session) = (book.clone(), session.clone());
        use_effect_with(((*session).clone(), active.clone()), move |(s, active)| {
            let (next, id) = absorb(&book.book, &[], s, &active.0, today);
            book.dispatch(BookAction::Replace(next));
            if let Some(id) = id.filter(|id| *id != s.customer_id) {
                session.dispatch(SessionAction::CustomerId(id));
            }
        });
    }
    {
        let book_handle = book.clone();
        use_autosave(book.book.clone(), move |b| {
            book_handle.dispatch(BookAction::Saved(save(b)))
        });
    }
    let filter = use_state(Filter::default);
    let view = use_memo((book.book.clone(), (*filter).clone()), move |(b, f)| {
        list(b, f, today)
    });
    let open_visit = use_state(|| None::<String>);
    let blank = use_state(|| false);
    let cannot_reopen = use_state(|| false);

    if *blank {
        let onback = {
            let blank = blank.clone();
            Callback::from(move |_| blank.set(false))
        };
        return html! { <main class="page page-book"><BlankForm {onback} /></main> };
    }

    let onreopen = {
        let (book, active, cannot) = (book.clone(), active.clone(), cannot_reopen.clone());
        Callback::from(move |id: String| {
            match book.book.get(&id).and_then(|r| session_of(r, &active.0)) {
                Some(s) if s.save() => crate::browser::replace_page(
                    &crate::route::Route::Counter.href_from(crate::route::EntryPoint::Proposal),
                ),
                _ => cannot.set(true),
            }
        })
    };
    let onvisit = {
        let open = open_visit.clone();
        Callback::from(move |id: String| {
            let same = open.as_deref() == Some(id.as_str());
            open.set((!same).then_some(id));
        })
    };
    let onduplicate = {
        let book = book.clone();
        Callback::from(move |id| book.dispatch(BookAction::Duplicate(id, today)))
    };
    let ondelete = {
        let (book, session) = (book.clone(), session.clone());
        Callback::from(move |id: String| {
            // The counter's own customer leaves the counter too, or it
            // would be kept again at once (undo brings the record back).
            if session.customer_id == id {
                session.dispatch(SessionAction::Reset);
            }
            book.dispatch(BookAction::Delete(id))
        })
    };
    let onphone = {
        let book = book.clone();
        Callback::from(move |(id, phone)| book.dispatch(BookAction::Phone(id, phone)))
    };
    let onstatus = {
        let book = book.clone();
        Callback::from(move |(id, s)| book.dispatch(BookAction::Status(id, s)))
    };
    let onexport = {
        let book = book.clone();
        Callback::from(move |which: Export| {
            let day = today.compact();
            let (name, mime, text) = match which {
                Export::BookCsv => (
                    format!("customers-{day}.csv"),
                    "text/csv",
                    book_csv(&book.book, lang),
                ),
                Export::VisitsCsv => (
                    format!("visits-{day}.csv"),
                    "text/csv",
                    visits_csv(&book.book, lang),
                ),
                Export::Json => (
                    format!("customer-book-{day}.json"),
                    "application/json",
                    to_json(&book.book),
                ),
            };
            crate::browser::files::download(&name, mime, &text);
        })
    };
    let onimport = {
        let book = book.clone();
        Callback::from(move |file: web_sys::File| {
            let book = book.clone();
            read(file, move |bytes| {
                let (text, bad) = decode_with(bytes, crate::browser::files::gb18030);
                book.dispatch(match bad {
                    Some(line) => BookAction::ImportRefused(words::unreadable(line)),
                    None => BookAction::Import(text, today),
                })
            });
        })
    };
    let onfilter = {
        let filter = filter.clone();
        Callback::from(move |f| filter.set(f))
    };
    let onblank = {
        let blank = blank.clone();
        Callback::from(move |_| blank.set(true))
    };
    let dismiss = {
        let book = book.clone();
        Callback::from(move |_: MouseEvent| book.dispatch(BookAction::DismissNotice))
    };
    let export_json = {
        let onexport = onexport.clone();
        Callback::from(move |_: MouseEvent| onexport.emit(Export::Json))
    };
    let notice = book.notice.as_ref().map(|n| {
        let (w, detail) = match n {
            StorageNotice::Restored(p) => (words::STORED_RESTORED, p.clone()),
            StorageNotice::Corrupted(p) => (words::STORED_CORRUPTED, p.clone()),
            StorageNotice::Refused => (words::STORED_REFUSED, String::new()),
        };
        html! {
            <div class="notice warn" role="alert" data-testid="book-storage">
                <p>{ say(lang, w) }</p>
                if !detail.is_empty() { <p class="detail">{ detail }</p> }
                <button type="button" class="button" onclick={export_json.clone()}>{ say(lang, words::EXPORT_JSON) }</button>
            </div>
        }
    });
    let imported = book.imported.as_ref().map(|done| match done {
        Ok(done) => html! {
            <div class="notice" role="status" data-testid="book-imported">
                <p>{ done.report.get(lang).to_string() }</p>
                if !done.notes.is_empty() {
                    <ul>{ for done.notes.iter().map(|n| html! { <li>{ n.get(lang).to_string() }</li> }) }</ul>
                }
                <button type="button" class="button secondary" onclick={dismiss.clone()}>{ say(lang, words::CLOSE) }</button>
            </div>
        },
        Err(why) => html! {
            <div class="notice error" role="alert" data-testid="book-imported">
                <p>{ why.get(lang).to_string() }</p>
                <button type="button" class="button secondary" onclick={dismiss.clone()}>{ say(lang, words::CLOSE) }</button>
            </div>
        },
    });
    let undo = book.undo.as_ref().map(|(_, r)| {
        let book = book.clone();
        let onundo = Callback::from(move |_: MouseEvent| book.dispatch(BookAction::Undo));
        html! {
            <div class="notice" role="status" data-testid="book-undo">
                <span>{ words::deleted(if r.name.is_empty() { say(lang, words::UNNAMED) } else { &r.name }).get(lang).to_string() }</span>
                <button type="button" class="button secondary" onclick={onundo}>{ say(lang, words::UNDO) }</button>
            </div>
        }
    });
    let rows = view.rows.iter().map(|r| {
        let form = (open_visit.as_deref() == Some(r.id.as_str())).then(|| {
            let (book, open, id) = (book.clone(), open_visit.clone(), r.id.clone());
            let onsave = Callback::from(move |v| {
                book.dispatch(BookAction::Visit(id.clone(), Box::new(v)));
                open.set(None);
            });
            let offered = if r.offer.zh == words::NO_OFFER.0 { String::new() } else { r.offer.get(lang).to_string() };
            html! { <VisitForm id={r.id.clone()} offered={offered} {today} {onsave} /> }
        });
        html! {
            <CustomerRow key={r.id.clone()} row={r.clone()} onreopen={onreopen.clone()} onvisit={onvisit.clone()}
                onduplicate={onduplicate.clone()} ondelete={ondelete.clone()} onphone={onphone.clone()} onstatus={onstatus.clone()}>
                { form.unwrap_or_default() }
            </CustomerRow>
        }
    });
    html! {
        <main class="page page-book">
            <div class="book-head">
                <h1>{ say(lang, words::TITLE) }</h1>
                <p class="book-count" data-testid="book-count">{ view.count.get(lang).to_string() }</p>
            </div>
            { for notice }
            <Toolbar filter={(*filter).clone()} due_count={view.due_count} {onfilter} {onexport} {onblank} {onimport} />
            { for imported }
            { for undo }
            if *cannot_reopen {
                <p class="notice error" role="alert">{ say(lang, words::CANNOT_REOPEN) }</p>
            }
            if let Some(empty) = &view.empty {
                <p class="notice" data-testid="book-empty">{ empty.get(lang).to_string() }</p>
            }
            <ul class="book-list">{ for rows }</ul>
        </main>
    }
}

#[cfg(target_arch = "wasm32")]
fn read(file: web_sys::File, done: impl FnOnce(Vec<u8>) + 'static) {
    crate::browser::files::read_bytes(file, move |bytes| {
        if let Some(bytes) = bytes {
            done(bytes)
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn read(_file: web_sys::File, _done: impl FnOnce(Vec<u8>) + 'static) {}
