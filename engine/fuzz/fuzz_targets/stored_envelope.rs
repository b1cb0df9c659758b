//! The managers' tables as stored on a device (localStorage, which any page
//! script or a full disk can damage): any text gives the tables, which then
//! load, or a reason, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proposal_engine::catalog::SCHEMA_VERSION;
use proposal_engine::stored::{check_catalog, unwrap, wrap};
use proposal_engine::Catalog;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let none = |from: u32, _: &str| Err(format!("no migration from schema {from}"));
    if let Ok(document) = unwrap(&text, SCHEMA_VERSION, none, check_catalog) {
        let tables = Catalog::load(&document).expect("checked tables load");
        let stored = wrap(SCHEMA_VERSION, &tables.to_json());
        assert!(unwrap(&stored, SCHEMA_VERSION, none, check_catalog).is_ok());
    }
});
