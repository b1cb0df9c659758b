//! A hash router of four routes, in place of yew-router (about 20 KB of wasm
//! for history, matching and query code the app never used): the route is
//! read from the fragment at start and again on every `hashchange`; links are
//! plain `<a href="#/…">`, so the browser itself moves and keeps history.
use yew::prelude::*;

use crate::browser;
use crate::route::{EntryPoint, Route};

/// The route the page shows and the page it is, provided to every component
/// below the router.
#[derive(Clone, PartialEq, Debug)]
pub struct CurrentRoute {
    pub route: Route,
    pub here: EntryPoint,
}

#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    /// The entry point this page is (links to another one name its file).
    pub here: EntryPoint,
    pub children: Html,
}

/// Follows the fragment and provides [`CurrentRoute`].
#[component]
pub fn HashRouter(props: &HashRouterProps) -> Html {
    let route = use_state(|| Route::from_fragment(&browser::fragment()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_fragment_change(move || {
                // Another page opens at its top, never where the last one was
                // scrolled to (the fragment is the route: it changed).
                browser::scroll_to_top();
                route.set(Route::from_fragment(&browser::fragment()))
            });
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<CurrentRoute> context={CurrentRoute { route: (*route).clone(), here: props.here }}>
            { props.children.clone() }
        </ContextProvider<CurrentRoute>>
    }
}

/// The route the page shows (the counter outside a router).
#[hook]
pub fn use_route() -> Route {
    use_context::<CurrentRoute>().map_or(Route::Counter, |c| c.route)
}

/// Moves to `route` (a history entry; the router follows the `hashchange`).
pub fn navigate(route: &Route) {
    browser::set_fragment(&route.fragment())
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    pub children: Html,
}

/// A link to a route: an anchor, so it also opens in a new tab; to a route
/// of another entry point it names that page's file.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let here = use_context::<CurrentRoute>().map_or(EntryPoint::Reps, |c| c.here);
    html! { <a href={props.to.href_from(here)} class={props.classes.clone()}>{ props.children.clone() }</a> }
}
