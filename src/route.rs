//! The app's routes. They live in the URL fragment (`#/proposal`) so a deep
//! link opens on any static host or file share with no server-side fallback.
//! `#/p/<code>` carries a whole shared proposal (see `proposal_engine::share`).
//! Read and written here as plain text, so the routes are tested natively
//! (the component that follows the fragment is `crate::router`).
use crate::i18n::Msg;

/// One entry point of the app.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// The rep's counter screen: intake and live comparison.
    Counter,
    /// The printable customer proposal (客户建议书).
    Proposal,
    /// The managers' package-table editor.
    Tables,
    /// A proposal shared with the customer: the whole state in the code.
    Shared { code: String },
    /// Any other fragment.
    NotFound,
}

impl Route {
    /// The routes shown in the navigation, in order.
    pub const NAV: [Route; 3] = [Route::Counter, Route::Proposal, Route::Tables];

    /// The route a fragment names (`#/p/abc?x=1` is `Shared { code: "abc" }`):
    /// the `#` and a query after `?` are not part of the route; no fragment
    /// is the counter.
    pub fn from_fragment(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or_default();
        let path = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        if path.is_empty() {
            return Route::Counter;
        }
        if let Some(fixed) = Route::FIXED.iter().find(|r| r.fragment()[1..] == *path) {
            return fixed.clone();
        }
        match path.strip_prefix("/p/") {
            Some(code) if !code.is_empty() && !code.contains('/') => Route::Shared {
                code: code.to_string(),
            },
            _ => Route::NotFound,
        }
    }

    /// Every route without a parameter, read back from its [`Route::fragment`].
    const FIXED: [Route; 3] = [Route::Counter, Route::Proposal, Route::Tables];

    /// The fragment of this route, with its `#` (what a link's `href` holds).
    pub fn fragment(&self) -> String {
        match self {
            Route::Counter => "#/".into(),
            Route::Proposal => "#/proposal".into(),
            Route::Tables => "#/tables".into(),
            Route::Shared { code } => format!("#/p/{code}"),
            Route::NotFound => "#/404".into(),
        }
    }

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

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn every_route_reads_back_from_its_own_fragment() {
        let code = Route::Shared {
            code: "AbC-_09".into(),
        };
        for r in [
            Route::Counter,
            Route::Proposal,
            Route::Tables,
            code,
            Route::NotFound,
        ] {
            // A new route is a compile error here: list it above, and in
            // `Route::FIXED` when it has no parameter.
            match &r {
                Route::Counter | Route::Proposal | Route::Tables => {
                    assert!(Route::FIXED.contains(&r))
                }
                Route::Shared { .. } | Route::NotFound => {}
            }
            assert_eq!(Route::from_fragment(&r.fragment()), r);
        }
    }

    #[test]
    fn fragments_as_browsers_and_people_leave_them() {
        assert_eq!(Route::from_fragment(""), Route::Counter);
        assert_eq!(Route::from_fragment("#"), Route::Counter);
        assert_eq!(Route::from_fragment("#/proposal/"), Route::Proposal);
        assert_eq!(Route::from_fragment("#/tables?catalog=xyz"), Route::Tables);
        assert_eq!(
            Route::from_fragment("#/p/abc?from=qr"),
            Route::Shared { code: "abc".into() }
        );
        assert_eq!(Route::from_fragment("#/p/"), Route::NotFound);
        assert_eq!(Route::from_fragment("#/p/a/b"), Route::NotFound);
        assert_eq!(Route::from_fragment("#/nowhere"), Route::NotFound);
    }
}
