//! A campaign's customer list as JSON (`propose --customers list.json`, or
//! one customer on stdin): any bytes give customers and line-and-field
//! messages, never a panic; what is read is proposed for as the tool would.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "propose_pipeline.rs"]
mod pipeline;

fuzz_target!(|data: &[u8]| {
    let catalog = proposal_engine::default_catalog();
    let text = String::from_utf8_lossy(data);
    let (entries, errors) = pipeline::campaign_json::read("list.json", &text);
    pipeline::propose_all(&catalog, &entries, &errors);
});
