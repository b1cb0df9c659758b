//! A new version that is ready: installed by the service worker, waiting
//! for the rep's word, so an old page never runs with a new wasm. (A page
//! opened as a file is told so by `assets/pwa/register.js`, before the app
//! loads: from a file the browser may not start it at all.)
use yew::prelude::*;

use crate::browser;
use crate::i18n::{t, Msg};
use crate::state::use_lang;

#[component]
pub fn UpdateNotice() -> Html {
    let lang = use_lang();
    let ready = use_state(browser::update_ready);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_update_ready(move || ready.set(true));
            move || drop(listener)
        });
    }
    if !*ready {
        return html! {};
    }
    let update = Callback::from(|_| browser::accept_update());
    html! {
        <div class="notice info update-notice no-print" role="status" data-testid="update-ready">
            <span>{ t(lang, Msg::UpdateReady) }</span>
            <button type="button" class="button" onclick={update}>{ t(lang, Msg::UpdateNow) }</button>
        </div>
    }
}
