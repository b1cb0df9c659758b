//! One file per route, and which entry point renders which route: a new
//! route is a compile error in both functions below until it is placed.
use yew::prelude::*;

use crate::route::Route;

pub mod counter;
pub mod elsewhere;
pub mod not_found;
pub mod proposal;
pub mod shared;
pub mod tables;

use counter::CounterPage;
use elsewhere::Elsewhere;
use not_found::NotFoundPage;
use proposal::ProposalPage;
use shared::SharedPage;
use tables::TablesPage;

/// The reps' and customers' pages (`index.html`); the tables live in `tables.html`.
pub fn rep_pages(route: Route) -> Html {
    match route {
        Route::Counter => html! { <CounterPage /> },
        Route::Proposal => html! { <ProposalPage /> },
        Route::Tables => html! { <Elsewhere page="tables.html" /> },
        Route::Shared { code } => html! { <SharedPage code={code} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// The managers' page (`tables.html`); every other route lives in `index.html`.
pub fn tables_pages(route: Route) -> Html {
    match route {
        Route::Tables => html! { <TablesPage /> },
        Route::Counter | Route::Proposal | Route::Shared { .. } | Route::NotFound => {
            html! { <Elsewhere page="index.html" /> }
        }
    }
}
