//! The durable store in a real browser: a document saved goes through the
//! page's localStorage and comes back. Its logic (backup after a corrupted
//! copy, migration, a newer version refused) and the undo history are tested
//! on the host in `src/state/tests/`, against the same code.
#![cfg(target_arch = "wasm32")]

use proposal_app::state::persist::{Loaded, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn store(key: &'static str) -> Store {
    let store = Store {
        key,
        schema_version: 2,
        // This test saves only current documents: what the store does with
        // a bad or old one is the host tests' part.
        migrate: |from, _| Err(format!("no migration from {from}")),
        check: |_| Ok(()),
    };
    store.forget();
    store
}

#[wasm_bindgen_test]
fn save_then_load_returns_the_document() {
    let s = store("t1");
    assert_eq!(s.load(), Loaded::Empty);
    s.save("{\"a\":1}").unwrap();
    assert_eq!(s.load(), Loaded::Current("{\"a\":1}".into()));
}

/// `index.html` reads stored JSON with the browser's `JSON.parse` and
/// serde-wasm-bindgen (`browser::json`); it must read exactly what
/// serde_json reads: the default tables and a session with every part.
#[wasm_bindgen_test]
fn the_browsers_json_reader_reads_what_serde_json_reads() {
    use proposal_app::browser::json::browser_parse;
    use proposal_app::state::presets::{preset, Preset};
    use proposal_app::state::rep::Rep;
    use proposal_app::state::session::Session;
    use proposal_engine::catalog::{CatalogPatch, DEFAULT_CATALOG_JSON};
    use proposal_engine::{default_catalog, optimize, Catalog, Options};

    let tables: Catalog = browser_parse(DEFAULT_CATALOG_JSON).unwrap();
    assert_eq!(tables, default_catalog());

    let intake = preset(Preset::StreetShop);
    let customer = intake.parse().0.unwrap();
    let chosen = optimize(&tables, &customer, &Options::default())
        .unwrap()
        .alternatives[0]
        .proposal
        .clone();
    let mut edited = tables.clone();
    edited.plans[0].monthly_fee = proposal_engine::Money(1);
    let session = Session {
        intake,
        chosen: Some(chosen),
        valid_until: "2026-12-31".into(),
        link_rep: Some(Rep {
            name: "王芳".into(),
            phone: "13800000000".into(),
            ..Rep::default()
        }),
        link_patch: proposal_engine::share::edited_json(&tables, &edited),
        ..Session::default()
    };
    let json = serde_json::to_string(&session).unwrap();
    let read: Session = browser_parse(&json).unwrap();
    assert_eq!(read, session);
    let patch: CatalogPatch = browser_parse(&session.link_patch).unwrap();
    assert_eq!(patch.apply(&tables), edited);
    assert!(
        browser_parse::<Session>("{\"intake\":").is_err(),
        "cut JSON refused"
    );
}
