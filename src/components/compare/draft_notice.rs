//! "Not the published prices": shown on the counter while it prices with
//! tables that differ from the published ones (compared by fingerprint).
use yew::prelude::*;

use crate::i18n::{t, E};
use crate::state::catalog::use_prices_differ;
use crate::state::use_lang;

#[component]
pub fn DraftPricesNotice() -> Html {
    let lang = use_lang();
    if !use_prices_differ() {
        return html! {};
    }
    html! { <p class="notice warn draft-prices" role="status" data-testid="draft-prices">{ t(lang, E::DraftPrices) }</p> }
}
