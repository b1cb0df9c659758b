//! The app header: product name, the three entry points, the language switch.
use crate::router::{use_route, Link};
use yew::prelude::*;

use crate::components::lang_switch::LangSwitch;
use crate::i18n::{t, Msg};
use crate::route::Route;
use crate::state::session::SessionContext;
use crate::state::use_lang;

/// Always on top, on every page; hidden when printing. The customer's
/// pages (a shared link, and the full proposal opened from it) show no rep
/// navigation: the brand and the language only.
#[component]
pub fn Header() -> Html {
    let lang = use_lang();
    let current = use_route();
    let customer_view = use_context::<SessionContext>().is_some_and(|s| s.customer_view);
    let customers = match current {
        Route::Shared { .. } => true,
        Route::Proposal => customer_view,
        _ => false,
    };
    let links = Route::NAV.iter().filter(|_| !customers).map(|route| {
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
            if !customers {
                <nav class="app-nav" aria-label={t(lang, Msg::AppName)}>{ for links }</nav>
            }
            <LangSwitch />
        </header>
    }
}
