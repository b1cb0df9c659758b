//! Prints the share-link code (`#/p/<code>`) that opens one customer in the
//! app, with the engine's recommended proposal chosen, as a rep's "分享给客户"
//! makes it: the end-to-end golden test opens golden customers this way, so
//! they reach the counter, the proposal and the phone exactly as typed in
//! their case file (no figure rounded through a form).
//! Usage: share_link CATALOG.json < customer.json (a `Customer`, or a golden
//! case file with its `customer` inside). A recommendation to keep what the
//! customer has carries no chosen proposal.
use std::io::Read;

use proposal_engine::optimize::DEFAULT_HORIZON;
use proposal_engine::share::{encode, Shared};
use proposal_engine::{optimize, Catalog, Customer, Options};

/// The customer of `input`: the object itself, or its `customer` field.
fn customer_of(input: &str) -> Result<Customer, String> {
    let value: serde_json::Value = serde_json::from_str(input).map_err(|e| e.to_string())?;
    let inner = value.get("customer").cloned().unwrap_or(value);
    serde_json::from_value(inner).map_err(|e| e.to_string())
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "catalog/default.json".into());
    let catalog = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|s| Catalog::from_json(&s))
        .unwrap_or_else(|e| {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        });
    let mut input = String::new();
    let customer = std::io::stdin()
        .read_to_string(&mut input)
        .map_err(|e| e.to_string())
        .and_then(|_| customer_of(&input))
        .unwrap_or_else(|e| {
            eprintln!("customer: {e}");
            std::process::exit(2);
        });
    let proposals = optimize(&catalog, &customer, &Options::default()).unwrap_or_else(|e| {
        let why: Vec<&str> = e.reasons.iter().map(|r| r.en.as_str()).collect();
        eprintln!("no proposal: {}", why.join("; "));
        std::process::exit(1);
    });
    let (recommended, keep) = proposals.recommended();
    let shared = Shared {
        customer,
        chosen: (!keep).then(|| recommended.proposal.clone()),
        horizon: DEFAULT_HORIZON,
        rep_name: "王丽".into(),
        rep_phone: "138 0013 8000".into(),
        valid_until: String::new(),
        catalog: catalog.reference(),
        edited_json: String::new(),
        approval: None,
    };
    println!("{}", encode(&shared, &catalog));
}
