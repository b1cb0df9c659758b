//! One customer of the book: name, phone (typed here: the counter's intake
//! has none), status, follow-up, the chosen proposal and its saving, quote
//! number and validity; reopen at the counter, record a visit, duplicate,
//! delete (undone from the page's notice).
use proposal_engine::book::view::{Due, Row};
use proposal_engine::book::words::{self, Field};
use proposal_engine::book::Status;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::say;
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct RowProps {
    pub row: Row,
    pub onreopen: Callback<String>,
    pub onvisit: Callback<String>,
    pub onduplicate: Callback<String>,
    pub ondelete: Callback<String>,
    pub onphone: Callback<(String, String)>,
    pub onstatus: Callback<(String, Status)>,
    /// The visit form, when open under this customer.
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn CustomerRow(props: &RowProps) -> Html {
    let lang = use_lang();
    let r = &props.row;
    let id = r.id.clone();
    let click = |cb: &Callback<String>| {
        let (cb, id) = (cb.clone(), id.clone());
        Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
    };
    let onphone = {
        let (cb, id) = (props.onphone.clone(), id.clone());
        Callback::from(move |e: Event| {
            cb.emit((
                id.clone(),
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let onstatus = {
        let (cb, id) = (props.onstatus.clone(), id.clone());
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(s) = Status::from_key(&key) {
                cb.emit((id.clone(), s));
            }
        })
    };
    let statuses = Status::ALL.iter().map(|s| {
        html! { <option value={s.key()} selected={r.status == *s}>{ words::status(*s).get(lang).to_string() }</option> }
    });
    let due = match r.due {
        Due::Overdue => Some("overdue"),
        Due::Today => Some("today"),
        _ => None,
    };
    let phone_id = format!("phone-{}", r.id);
    html! {
        <li class={classes!("book-row", "card", due.map(|d| format!("due-{d}")))} data-testid="book-row" data-id={r.id.clone()}>
            <div class="book-row-head">
                <h2 class="book-name" data-testid="book-name">{ r.name.get(lang).to_string() }</h2>
                <span class={classes!("status", format!("status-{}", r.status.key()))} data-testid="book-status">{ r.status_text.get(lang).to_string() }</span>
                if due.is_some() {
                    <span class="due" data-testid="book-due">{ r.follow_up_text.get(lang).to_string() }</span>
                } else if !r.follow_up_text.zh.is_empty() {
                    <span class="follow-up">{ r.follow_up_text.get(lang).to_string() }</span>
                }
            </div>
            <p class="book-offer">
                <span data-testid="book-offer">{ r.offer.get(lang).to_string() }</span>
                if !r.saving.zh.is_empty() {
                    <span class="saving" data-testid="book-saving">{ r.saving.get(lang).to_string() }</span>
                }
            </p>
            <dl class="book-facts">
                if !r.quote_number.is_empty() {
                    <div><dt>{ Field::QuoteNumber.label().get(lang).to_string() }</dt><dd data-testid="book-quote" translate="no">{ r.quote_number.clone() }</dd></div>
                }
                if !r.valid_until.is_empty() {
                    <div><dt>{ Field::ValidUntil.label().get(lang).to_string() }</dt><dd>{ r.valid_until.clone() }</dd></div>
                }
                <div><dt>{ Field::Visits.label().get(lang).to_string() }</dt><dd data-testid="book-visits">{ r.visits }</dd></div>
            </dl>
            <div class="book-edit">
                <label class="field" for={phone_id.clone()}>
                    <span>{ Field::Phone.label().get(lang).to_string() }</span>
                    <input id={phone_id} type="tel" value={r.phone.clone()} onchange={onphone} placeholder={say(lang, words::PHONE_HINT)} data-testid="book-phone" />
                </label>
                <label class="field">
                    <span>{ Field::Status.label().get(lang).to_string() }</span>
                    <select onchange={onstatus} data-testid="book-status-set">{ for statuses }</select>
                </label>
            </div>
            <div class="book-actions">
                <button type="button" class="button" disabled={!r.can_reopen} onclick={click(&props.onreopen)} data-testid="book-reopen">{ say(lang, words::REOPEN) }</button>
                <button type="button" class="button secondary" onclick={click(&props.onvisit)} data-testid="book-visit">{ say(lang, words::RECORD_VISIT) }</button>
                <button type="button" class="button secondary" onclick={click(&props.onduplicate)} data-testid="book-duplicate">{ say(lang, words::DUPLICATE) }</button>
                <button type="button" class="button secondary danger" onclick={click(&props.ondelete)} data-testid="book-delete">{ say(lang, words::DELETE) }</button>
            </div>
            { props.children.clone() }
        </li>
    }
}
