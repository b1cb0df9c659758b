//! The app's routes. They live in the URL fragment (`#/proposal`) so a deep
//! link opens on any static host or file share with no server-side fallback.
//! `#/p/<code>` carries a whole shared proposal (see `proposal_engine::share`).
//! Read and written here as plain text, so the routes are tested natively
//! (the component that follows the fragment is `crate::router`).
use crate::i18n::Msg;

/// The four pages the app is served as, each with its own wasm, so each
/// downloads only what it shows: a customer's phone opening a link loads
/// neither the counter, nor the printable proposal, nor the editor, and the
/// counter does not carry the customer's self-check.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EntryPoint {
    /// `index.html`: the rep's counter.
    Reps,
    /// `customer.html`: a shared link on the customer's phone (the self-check).
    Customer,
    /// `proposal.html`: the printable proposal (客户建议书).
    Proposal,
    /// `tables.html`: the managers' package tables.
    Tables,
}

impl EntryPoint {
    /// The page's file, relative to the app's folder.
    pub fn page(self) -> &'static str {
        match self {
            EntryPoint::Reps => "index.html",
            EntryPoint::Customer => "customer.html",
            EntryPoint::Proposal => "proposal.html",
            EntryPoint::Tables => "tables.html",
        }
    }
}

/// One route of the app.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    /// The rep's counter screen: intake and live comparison.
    Counter,
    /// The printable customer proposal (客户建议书).
    Proposal,
    /// The managers' package-table editor.
    Tables,
    /// The rep's customer book (客户簿), in `proposal.html`.
    Customers,
    /// A proposal shared with the customer: the whole state in the code.
    Shared { code: String },
    /// The QR code of a shared link's code, alone on its page: the counter's
    /// share panel shows it in a frame, so the QR encoder stays in
    /// `proposal.html`'s wasm and out of the counter's first load.
    Qr { code: String },
    /// Any other fragment.
    NotFound,
}

impl Route {
    /// The routes shown in the navigation, in order.
    pub const NAV: [Route; 4] = [
        Route::Counter,
        Route::Proposal,
        Route::Tables,
        Route::Customers,
    ];

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
        let code = |prefix| {
            path.strip_prefix(prefix)
                .filter(|c: &&str| !c.is_empty() && !c.contains('/'))
                .map(str::to_string)
        };
        if let Some(code) = code("/p/") {
            return Route::Shared { code };
        }
        match code("/qr/") {
            Some(code) => Route::Qr { code },
            None => Route::NotFound,
        }
    }

    /// Every route without a parameter, read back from its [`Route::fragment`].
    const FIXED: [Route; 4] = [
        Route::Counter,
        Route::Proposal,
        Route::Tables,
        Route::Customers,
    ];

    /// The fragment of this route, with its `#` (what a link's `href` holds).
    pub fn fragment(&self) -> String {
        match self {
            Route::Counter => "#/".into(),
            Route::Proposal => "#/proposal".into(),
            Route::Tables => "#/tables".into(),
            Route::Customers => "#/customers".into(),
            Route::Shared { code } => format!("#/p/{code}"),
            Route::Qr { code } => format!("#/qr/{code}"),
            Route::NotFound => "#/404".into(),
        }
    }

    /// The entry point that serves this route.
    pub fn entry(&self) -> EntryPoint {
        match self {
            Route::Counter | Route::NotFound => EntryPoint::Reps,
            Route::Shared { .. } => EntryPoint::Customer,
            Route::Proposal | Route::Customers | Route::Qr { .. } => EntryPoint::Proposal,
            Route::Tables => EntryPoint::Tables,
        }
    }

    /// A link's `href` to this route from a page of `here`: the fragment
    /// alone within the same page (no reload), else the other page's file
    /// with the fragment.
    pub fn href_from(&self, here: EntryPoint) -> String {
        if self.entry() == here {
            self.fragment()
        } else {
            format!("{}{}", self.entry().page(), self.fragment())
        }
    }

    /// The full address of this route from the page at `page_address` (no
    /// fragment): the same folder, the route's own page. The counter's page
    /// stays a bare folder when it was opened as one (`https://host/app/`),
    /// else it is named (`index.html`, which also opens from a file share).
    pub fn address_from(&self, page_address: &str) -> String {
        let (folder, file) = page_address
            .rsplit_once('/')
            .map_or(("", page_address), |(f, n)| (f, n));
        let page = match self.entry() {
            EntryPoint::Reps if file.is_empty() => "",
            entry => entry.page(),
        };
        format!("{folder}/{page}{}", self.fragment())
    }

    /// The navigation label of this route.
    pub fn label(&self) -> Msg {
        match self {
            Route::Counter => Msg::NavCounter,
            Route::Proposal => Msg::NavProposal,
            Route::Tables => Msg::NavTables,
            Route::Customers => Msg::NavCustomers,
            Route::Shared { .. } | Route::Qr { .. } => Msg::NavProposal,
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
        let qr = Route::Qr {
            code: "AbC-_09".into(),
        };
        for r in [
            Route::Counter,
            Route::Proposal,
            Route::Tables,
            Route::Customers,
            code,
            qr,
            Route::NotFound,
        ] {
            // A new route is a compile error here: list it above, and in
            // `Route::FIXED` when it has no parameter.
            match &r {
                Route::Counter | Route::Proposal | Route::Tables | Route::Customers => {
                    assert!(Route::FIXED.contains(&r))
                }
                Route::Shared { .. } | Route::Qr { .. } | Route::NotFound => {}
            }
            assert_eq!(Route::from_fragment(&r.fragment()), r);
        }
    }

    #[test]
    fn a_link_to_another_entry_point_names_its_page() {
        use super::EntryPoint::{Customer, Proposal, Reps, Tables};
        assert_eq!(
            Route::Shared { code: "a".into() }.href_from(Reps),
            "customer.html#/p/a"
        );
        assert_eq!(
            Route::Shared { code: "a".into() }.href_from(Customer),
            "#/p/a"
        );
        assert_eq!(Route::Counter.href_from(Customer), "index.html#/");
        assert_eq!(Route::Proposal.href_from(Reps), "proposal.html#/proposal");
        assert_eq!(Route::Proposal.href_from(Proposal), "#/proposal");
        assert_eq!(Route::Counter.href_from(Proposal), "index.html#/");
        assert_eq!(Route::Counter.href_from(Reps), "#/");
        assert_eq!(Route::Tables.href_from(Reps), "tables.html#/tables");
        assert_eq!(Route::Tables.href_from(Tables), "#/tables");
        assert_eq!(
            Route::Qr { code: "a".into() }.href_from(Reps),
            "proposal.html#/qr/a"
        );
    }

    #[test]
    fn a_shared_link_opens_the_customers_page_from_any_page() {
        let shared = Route::Shared { code: "abc".into() };
        let from = |a| shared.address_from(a);
        assert_eq!(from("https://h/app/"), "https://h/app/customer.html#/p/abc");
        assert_eq!(
            from("https://h/app/index.html"),
            "https://h/app/customer.html#/p/abc"
        );
        assert_eq!(
            from("https://h/app/proposal.html"),
            "https://h/app/customer.html#/p/abc"
        );
        assert_eq!(
            from("file:///d/dist/proposal.html"),
            "file:///d/dist/customer.html#/p/abc"
        );
        assert_eq!(
            Route::Counter.address_from("https://h/app/customer.html"),
            "https://h/app/index.html#/"
        );
        assert_eq!(
            Route::Proposal.address_from("https://h/app/"),
            "https://h/app/proposal.html#/proposal"
        );
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
        assert_eq!(
            Route::from_fragment("#/qr/abc?lang=en"),
            Route::Qr { code: "abc".into() }
        );
        assert_eq!(Route::from_fragment("#/qr/"), Route::NotFound);
        assert_eq!(Route::from_fragment("#/p/a/b"), Route::NotFound);
        assert_eq!(Route::from_fragment("#/nowhere"), Route::NotFound);
    }
}
