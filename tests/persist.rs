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
