//! Screen decisions as view models: what the counter, the proposal page, the
//! customer's phone and the command-line tool show is decided here once, so
//! no screen recomputes or re-decides it.
//! - [`bar`]: the counter's pinned bar on a portrait tablet and a phone:
//!   the recommended proposal and its saving, the first card's figure.
//! - [`chart`]: the cumulative-cost chart's marks, axis values, data table
//!   and text alternative (the phone, the proposal page and its print).
//! - [`figures`]: every key figure of a proposal with its one label, the
//!   same on the card, the document and the phone (issue 14).
//! - [`recommend`]: keep what you have, or switch (the optimizer's ranking
//!   already puts the robust pick first).
//! - [`link`]: the tables a shared link's proposal is priced with, and what
//!   the phone shows when the customer changes their usage.
//! - [`price_book`]: the host's published tables (adopt, keep or refuse a
//!   fetched file), the version in use, and a link reopened at its version.
//! - [`share_panel`]: the words of the counter's share panel and of the
//!   system share sheet (the rep named only when known).
//! - [`suggestions`]: the counter's segment-aware suggestions (industry,
//!   spend band, cluster market) and the proposal's words for them.
//! - [`session`]: the customer and tables the counter and the proposal page
//!   both render.
pub mod bar;
pub mod chart;
pub mod figures;
pub mod link;
pub mod offers;
pub mod price_book;
pub mod recommend;
pub mod reprice;
pub mod session;
pub mod share_panel;
pub mod suggestions;
