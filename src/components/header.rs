//! The app header: product name, the three entry points, the language switch.
use crate::router::{use_route, Link};
use yew::prelude::*;

use crate::components::lang_switch::LangSwitch;
use crate::i18n::{t, Msg};
use crate::route::Route;
use crate::state::use_lang;

/// Always on top, on every page; hidden when printing.
#[component]
pub fn Header() -> Html {
    let lang = use_lang();
    let current = use_route();
    let links = Route::NAV.iter().map(|route| {
        let active = current == *route;
        html! {
            <Link to={route.clone()} classes={classes!("nav-link", active.then_some("active"))}>
                { t(lang, route.label()) }
            </Link>
        }
    });
    html! {
        <header class="app-header no-print">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true">{"¥"}</span>
                <span class="brand-name">{ t(lang, Msg::AppName) }</span>
            </div>
            <nav class="app-nav" aria-label={t(lang, Msg::AppName)}>{ for links }</nav>
            <LangSwitch />
        </header>
    }
}
