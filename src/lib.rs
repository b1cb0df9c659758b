//! The proposal calculator's browser app: a thin Yew shell that renders the
//! engine's results and sends the user's intent back. No pricing logic here.
#![forbid(unsafe_code)]

pub mod app;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;

/// Mounts the app on the document body.
pub fn run() {
    yew::Renderer::<app::App>::new().render();
}
