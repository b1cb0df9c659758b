//! A campaign's customer list as CSV (`propose --customers list.csv`): any
//! bytes give customers and line-and-field messages, never a panic, and what
//! is read is validated, optimized and printed as the tool would.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "propose_pipeline.rs"]
mod pipeline;

fuzz_target!(|data: &[u8]| {
    let catalog = proposal_engine::default_catalog();
    let text = String::from_utf8_lossy(data);
    let (entries, errors) = pipeline::campaign_csv::read("list.csv", &text);
    pipeline::propose_all(&catalog, &entries, &errors);
});
