//! Tables sent by link (`#/tables?catalog=…`): the rep sees what arrived and
//! accepts it (it becomes the published tables on this tablet) or declines.
use proposal_engine::limits::{check_size, MAX_IMPORT_BYTES};
use proposal_engine::Catalog;
use yew::prelude::*;

use super::import::import_json_both;
use super::url_encoding::{url_decode, url_encode};
use crate::i18n::{t, EditorMsg};
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

const PARAM: &str = "catalog=";

/// The link that opens `catalog` on a rep's tablet, from this page's address.
pub fn rep_link(catalog: &Catalog) -> String {
    let base = crate::browser::page_address();
    let json = catalog.to_link_json();
    format!("{base}#/tables?{PARAM}{}", url_encode(&json))
}

/// The tables a link offers, checked as an import is (size, validation,
/// stated fingerprint); a refused offer leaves the tables in use alone.
pub fn offer_of(hash: &str) -> Option<Result<Catalog, Vec<String>>> {
    let (_, encoded) = hash.split_once(PARAM)?;
    let encoded = encoded.split('&').next().unwrap_or_default();
    // Percent-encoding at most triples the JSON: refuse before decoding.
    if let Err(e) = check_size(encoded.len(), 3 * MAX_IMPORT_BYTES) {
        return Some(Err(vec![e.both()]));
    }
    Some(
        url_decode(encoded)
            .ok_or_else(|| vec!["bad encoding".to_string()])
            .and_then(|j| import_json_both(&j)),
    )
}

fn offered() -> Option<Result<Catalog, Vec<String>>> {
    offer_of(&crate::browser::fragment())
}

fn forget_link() {
    crate::browser::set_fragment("/tables");
}

#[component]
pub fn AdoptNotice() -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let offer = use_state(offered);
    let decline = {
        let offer = offer.clone();
        Callback::from(move |_: MouseEvent| {
            offer.set(None);
            forget_link();
        })
    };
    match &*offer {
        None => html! {},
        Some(Err(problems)) => html! {
            <div class="notice error" role="alert" data-testid="offer">
                { t(lang, EditorMsg::OfferBad) }{ problems.join("; ") }
                <button type="button" class="button secondary small" onclick={decline}>{ t(lang, EditorMsg::Decline) }</button>
            </div>
        },
        Some(Ok(catalog)) => {
            let accept = {
                let (offer, editor, catalog) = (offer.clone(), editor.clone(), catalog.clone());
                Callback::from(move |_: MouseEvent| {
                    editor.dispatch(EditorAction::Adopt(catalog.clone()));
                    offer.set(None);
                    forget_link();
                })
            };
            html! {
                <div class="notice warn storage-notice" role="alert" data-testid="offer">
                    <span>{ t(lang, EditorMsg::Offered) }{ format!(" {} · {} · {}", catalog.version, catalog.effective_from, proposal_engine::catalog::fingerprint(catalog)) }</span>
                    <span>
                        <button type="button" class="button small" onclick={accept}>{ t(lang, EditorMsg::Accept) }</button>
                        { " " }
                        <button type="button" class="button secondary small" onclick={decline}>{ t(lang, EditorMsg::Decline) }</button>
                    </span>
                </div>
            }
        }
    }
}
