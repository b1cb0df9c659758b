//! One file per route, and which entry point renders which route: a new
//! route is a compile error in both functions below until it is placed.
use yew::prelude::*;

use crate::route::Route;

pub mod counter;
pub mod customers;
pub mod elsewhere;
pub mod not_found;
pub mod proposal;
pub mod qr_frame;
pub mod shared;
mod shared_earlier;
pub mod tables;

use counter::CounterPage;
use customers::CustomersPage;
use elsewhere::Elsewhere;
use not_found::NotFoundPage;
use proposal::ProposalPage;
use qr_frame::QrFrame;
use shared::SharedPage;
use tables::TablesPage;

/// The reps' pages (`index.html`); a shared link, the printable proposal
/// and the tables live in their own pages.
pub fn rep_pages(route: Route) -> Html {
    match route {
        Route::Counter => html! { <CounterPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
        Route::Shared { .. }
        | Route::Proposal
        | Route::Tables
        | Route::Customers
        | Route::Qr { .. } => elsewhere(&route),
    }
}

/// A shared link on the customer's phone (`customer.html`).
pub fn customer_pages(route: Route) -> Html {
    match route {
        Route::Shared { code } => html! { <SharedPage code={code} /> },
        Route::Counter
        | Route::Proposal
        | Route::Tables
        | Route::Customers
        | Route::Qr { .. }
        | Route::NotFound => elsewhere(&route),
    }
}

/// The printable proposal (`proposal.html`).
pub fn proposal_pages(route: Route) -> Html {
    match route {
        Route::Proposal => html! { <ProposalPage /> },
        Route::Qr { code } => html! { <QrFrame code={code} /> },
        Route::Customers => html! { <CustomersPage /> },
        Route::Counter | Route::Shared { .. } | Route::NotFound | Route::Tables => {
            elsewhere(&route)
        }
    }
}

/// The managers' page (`tables.html`); every other route lives elsewhere.
pub fn tables_pages(route: Route) -> Html {
    match route {
        Route::Tables => html! { <TablesPage /> },
        Route::Counter
        | Route::Proposal
        | Route::Shared { .. }
        | Route::Customers
        | Route::Qr { .. }
        | Route::NotFound => elsewhere(&route),
    }
}

/// A route of another entry point: moves to its page.
fn elsewhere(route: &Route) -> Html {
    html! { <Elsewhere page={route.entry().page()} /> }
}
