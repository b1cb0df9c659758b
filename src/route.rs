//! The app's routes. They live in the URL fragment (`#/proposal`) so a deep
//! link opens on any static host or file share with no server-side fallback.
//! `#/p/<code>` carries a whole shared proposal (see `proposal_engine::share`).
use yew_router::prelude::*;

use crate::i18n::Msg;

/// One entry point of the app.
#[derive(Routable, Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// The rep's counter screen: intake and live comparison.
    #[at("/")]
    Counter,
    /// The printable customer proposal (客户建议书).
    #[at("/proposal")]
    Proposal,
    /// The managers' package-table editor.
    #[at("/tables")]
    Tables,
    /// A proposal shared with the customer: the whole state in the code.
    #[at("/p/:code")]
    Shared { code: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The routes shown in the navigation, in order.
    pub const NAV: [Route; 3] = [Route::Counter, Route::Proposal, Route::Tables];

    /// The navigation label of this route.
    pub fn label(&self) -> Msg {
        match self {
            Route::Counter => Msg::NavCounter,
            Route::Proposal => Msg::NavProposal,
            Route::Tables => Msg::NavTables,
            Route::Shared { .. } => Msg::NavProposal,
            Route::NotFound => Msg::NotFoundTitle,
        }
    }
}
