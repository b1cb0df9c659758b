//! "Not the published prices": shown on the counter while it prices with
//! tables that differ from the published ones (compared by fingerprint).
use proposal_engine::catalog::fingerprint;
use yew::prelude::*;

use crate::i18n::{t, E};
use crate::state::catalog::ActiveCatalog;
use crate::state::editor::EditorContext;
use crate::state::use_lang;

#[component]
pub fn DraftPricesNotice() -> Html {
    let lang = use_lang();
    let active = use_context::<ActiveCatalog>();
    let editor = use_context::<EditorContext>();
    let published = editor.map(|e| e.published.clone());
    let differs = use_memo((active, published), |(active, published)| {
        let Some(active) = active else { return false };
        let published = match published {
            Some(p) => fingerprint(p),
            None => fingerprint(&proposal_engine::default_catalog()),
        };
        fingerprint(&active.0) != published
    });
    if !*differs {
        return html! {};
    }
    html! { <p class="notice warn draft-prices" role="status" data-testid="draft-prices">{ t(lang, E::DraftPrices) }</p> }
}
