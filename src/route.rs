//! The app's routes. They live in the URL fragment (`#/proposal`) so a deep
//! link opens on any static host or file share with no server-side fallback.
//! A later route (`#/p/<code>`) carries a whole shared proposal.
use yew_router::prelude::*;

use crate::i18n::Msg;

/// One entry point of the app.
#[derive(Routable, Clone, Copy, PartialEq, Eq, Debug)]
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
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The routes shown in the navigation, in order.
    pub const NAV: [Route; 3] = [Route::Counter, Route::Proposal, Route::Tables];

    /// The navigation label of this route.
    pub fn label(self) -> Msg {
        match self {
            Route::Counter => Msg::NavCounter,
            Route::Proposal => Msg::NavProposal,
            Route::Tables => Msg::NavTables,
            Route::NotFound => Msg::NotFoundTitle,
        }
    }
}
