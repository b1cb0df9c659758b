//! Tables sent by link (`#/tables?catalog=…`): the rep sees what arrived and
//! accepts it (it becomes the published tables on this tablet) or declines.
use proposal_engine::Catalog;
use yew::prelude::*;

use super::import::import_json;
use super::url_encoding::{url_decode, url_encode};
use crate::i18n::{t, EditorMsg};
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

const PARAM: &str = "catalog=";

/// The link that opens `catalog` on a rep's tablet, from this page's address.
pub fn rep_link(catalog: &Catalog) -> String {
    let base = crate::browser::page_address();
    let json = serde_json::to_string(catalog).unwrap_or_default();
    format!("{base}#/tables?{PARAM}{}", url_encode(&json))
}

fn offered() -> Option<Result<Catalog, Vec<String>>> {
    let hash = crate::browser::fragment();
    let (_, encoded) = hash.split_once(PARAM)?;
    let json = url_decode(encoded.split('&').next().unwrap_or_default());
    Some(
        json.ok_or_else(|| vec!["bad encoding".to_string()])
            .and_then(|j| import_json(&j)),
    )
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
