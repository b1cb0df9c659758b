//! Host tests of the app's state (plain `cargo test -p proposal-app --lib`):
//! storage is the in-memory stand-in of [`crate::browser::storage`], one
//! per test thread, so every test starts from an empty device.
mod app_state;
mod editor;
mod history;
mod host_tables;
mod intake;
mod persist;
mod presets;
mod session;
mod suggest;
mod whole;
