//! Shown for a link that matches no route.
use crate::router::Link;
use yew::prelude::*;

use crate::i18n::{t, Msg};
use crate::route::Route;
use crate::state::use_lang;

/// A plain message and a way back, never a blank page.
#[component]
pub fn NotFoundPage() -> Html {
    let lang = use_lang();
    html! {
        <main class="page page-not-found">
            <h1>{ t(lang, Msg::NotFoundTitle) }</h1>
            <p>{ t(lang, Msg::NotFoundBody) }</p>
            <Link to={Route::Counter} classes="button">{ t(lang, Msg::BackToCounter) }</Link>
        </main>
    }
}
