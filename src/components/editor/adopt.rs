//! Tables sent by link (`#/tables?catalog=…`): the rep sees what arrived and
//! accepts it (it becomes the published tables on this tablet) or declines.
use proposal_engine::limits::{check_size, MAX_IMPORT_BYTES};
use proposal_engine::Catalog;
use yew::prelude::*;

use super::import::import_json;
use crate::i18n::{t, E};
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

const PARAM: &str = "catalog=";

/// Percent-encodes `text` for a URL (every byte but the unreserved ones).
pub fn pct(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Undoes [`pct`]; `None` when the text is not valid.
pub fn unpct(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let (mut out, mut i) = (Vec::with_capacity(bytes.len()), 0);
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The link that opens `catalog` on a rep's tablet, from this page's address.
pub fn rep_link(catalog: &Catalog) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = here.split('#').next().unwrap_or_default();
    let json = catalog.to_link_json();
    format!("{base}#/tables?{PARAM}{}", pct(&json))
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
        unpct(encoded)
            .ok_or_else(|| vec!["bad encoding".to_string()])
            .and_then(|j| import_json(&j)),
    )
}

fn offered() -> Option<Result<Catalog, Vec<String>>> {
    offer_of(&web_sys::window()?.location().hash().ok()?)
}

fn forget_link() {
    if let Some(l) = web_sys::window().map(|w| w.location()) {
        let _ = l.set_hash("/tables");
    }
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
                { t(lang, E::OfferBad) }{ problems.join("; ") }
                <button type="button" class="button secondary small" onclick={decline}>{ t(lang, E::Decline) }</button>
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
                    <span>{ t(lang, E::Offered) }{ format!(" {} · {} · {}", catalog.version, catalog.effective_from, proposal_engine::catalog::fingerprint(catalog)) }</span>
                    <span>
                        <button type="button" class="button small" onclick={accept}>{ t(lang, E::Accept) }</button>
                        { " " }
                        <button type="button" class="button secondary small" onclick={decline}>{ t(lang, E::Decline) }</button>
                    </span>
                </div>
            }
        }
    }
}
