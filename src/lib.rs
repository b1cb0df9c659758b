//! The proposal calculator's browser app: a thin Yew shell that renders the
//! engine's results and sends the user's intent back. No pricing logic here.
#![forbid(unsafe_code)]

pub mod app;
pub mod browser;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod router;
pub mod state;
/// Device storage, also reached as `crate::storage`.
pub use browser::storage;

/// Mounts the reps' and customers' app on the document body.
pub fn run() {
    // index.html's static first paint gives way in the same task as the
    // first render, so the page never shows neither.
    browser::remove_element("first-paint");
    yew::Renderer::<app::App>::new().render();
}

/// Mounts a shared link's page (the customer's self-check) on the document
/// body, in place of `customer.html`'s static first paint.
pub fn run_customer() {
    browser::remove_element("first-paint");
    yew::Renderer::<app::CustomerApp>::new().render();
}

/// Mounts the printable proposal on the document body; `#/qr/<code>` (the
/// counter's share panel, in a frame) gets the link's QR code alone.
pub fn run_proposal() {
    if let route::Route::Qr { code } = route::Route::from_fragment(&browser::fragment()) {
        let props = pages::qr_frame::QrFrameProps { code: code.into() };
        yew::Renderer::<pages::qr_frame::QrFrame>::with_props(props).render();
        return;
    }
    yew::Renderer::<app::ProposalApp>::new().render();
}

/// Mounts the managers' tables on the document body; `tables.html` with no
/// fragment opens on the tables.
pub fn run_tables() {
    if browser::fragment().len() <= 1 {
        browser::set_fragment("/tables");
    }
    yew::Renderer::<app::TablesApp>::new().render();
}
