//! The command-line tool's own reading code, compiled into the fuzz targets
//! from `src/bin/propose/` (a binary, so not reachable through the library),
//! and what the tool does with a list: read, validate, optimize, print.
#![allow(dead_code)]

#[path = "../../src/bin/propose/args.rs"]
mod args;
#[path = "../../src/bin/propose/campaign_csv/mod.rs"]
pub mod campaign_csv;
#[path = "../../src/bin/propose/campaign_json.rs"]
pub mod campaign_json;
#[path = "../../src/bin/propose/input.rs"]
pub mod input;
#[path = "../../src/bin/propose/json_text.rs"]
mod json_text;
#[path = "../../src/bin/propose/output.rs"]
mod output;
#[path = "../../src/bin/propose/place.rs"]
mod place;

use proposal_engine::{optimize, validate_customer_for, Catalog, Lang, Options, Text};

/// Does with the entries what `propose` does, printing both formats; every
/// message must locate itself without panicking.
pub fn propose_all(catalog: &Catalog, entries: &[input::Entry], errors: &[Text]) {
    for e in errors {
        assert!(!e.zh.is_empty() && !e.en.is_empty());
    }
    for entry in entries {
        let _ = entry.locate("");
        match validate_customer_for(&entry.customer, catalog) {
            Err(problems) => {
                for p in problems {
                    let _ = entry.locate(&p.path);
                }
            }
            // Big lists are the benchmark's business; a fuzz input stays small.
            Ok(()) if entry.customer.lines.len() <= 8 => {
                let outcome = match optimize(catalog, &entry.customer, &Options::default()) {
                    Ok(p) => output::Outcome::Proposed(Box::new(p)),
                    Err(none) => output::Outcome::Nothing(none.reasons),
                };
                for format in [args::Format::Csv, args::Format::Json] {
                    let row = output::render(entry, &outcome, format, Lang::ZhCn);
                    if format == args::Format::Csv {
                        // A name never opens a row with a live formula.
                        assert!(!row.starts_with(['=', '+', '@']), "{row}");
                    }
                }
            }
            Ok(()) => {}
        }
    }
}
