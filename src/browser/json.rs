//! Reading JSON the app stored or was sent (the tables, the session, a
//! link's edited prices). The reps' and customers' bundle (`index.html`,
//! built with the `browser-json` feature) reads it with the browser's own
//! `JSON.parse` and serde-wasm-bindgen, so serde_json's parser (about 70 KB
//! of wasm, 11 KB gzip) stays out of it. `tables.html` needs serde_json for
//! the editor anyway, so it reads everything with serde_json (one reader,
//! not two); so do the host's tests. Writing JSON is serde_json (small).
use proposal_engine::catalog::CatalogPatch;
use proposal_engine::Catalog;
use serde::de::DeserializeOwned;

/// `text` read as a `T`; the message says why not (in English: storage
/// problems are shown with their own translated notice).
#[cfg(all(target_arch = "wasm32", feature = "browser-json"))]
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    browser_parse(text)
}

#[cfg(not(all(target_arch = "wasm32", feature = "browser-json")))]
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// The browser's reader (what `parse` is in `index.html`); public so the
/// component tests check it reads what serde_json reads.
#[cfg(target_arch = "wasm32")]
pub fn browser_parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(text).map_err(|_| "not JSON".to_string())?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// Tables, as the engine's `*_with` functions take a reader.
pub fn parse_catalog(text: &str) -> Result<Catalog, String> {
    parse(text)
}

/// A link's edited prices (a patch over the published tables).
pub fn parse_patch(text: &str) -> Option<CatalogPatch> {
    parse(text).ok()
}

/// The built-in default tables (`catalog/default.json`), checked by the
/// engine's tests and by `default_tables_read_the_same_in_the_browser`.
pub fn default_tables() -> Catalog {
    parse_catalog(proposal_engine::catalog::DEFAULT_CATALOG_JSON)
        .expect("catalog/default.json is checked by the tests")
}
