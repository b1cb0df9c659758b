//! The share-link decoder takes text from anyone's URL: whatever the bytes,
//! it must return a link or an error, never panic or run away.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proposal_engine::share::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let catalog = proposal_engine::default_catalog();
    let text = String::from_utf8_lossy(data);
    if let Ok(opened) = decode(&text, &catalog) {
        // Whatever decodes must encode and decode again to the same state.
        let again = decode(&encode(&opened.shared, &catalog), &catalog).expect("re-encoded link opens");
        assert_eq!(again.shared.customer, opened.shared.customer);
    }
});
