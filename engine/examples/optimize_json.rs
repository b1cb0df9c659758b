//! Prints the optimizer's proposals for one customer as JSON: the engine's
//! own numbers, which the end-to-end tests compare with what the screen shows.
//! Usage: optimize_json CATALOG.json < customer.json
use std::io::Read;

use proposal_engine::{optimize, Catalog, Customer, Options};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "catalog/default.json".into());
    let catalog = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|s| Catalog::from_json(&s));
    let mut input = String::new();
    let customer: Result<Customer, String> = std::io::stdin()
        .read_to_string(&mut input)
        .map_err(|e| e.to_string())
        .and_then(|_| serde_json::from_str(&input).map_err(|e| e.to_string()));
    match (catalog, customer) {
        (Ok(catalog), Ok(customer)) => match optimize(&catalog, &customer, &Options::default()) {
            Ok(p) => println!("{}", serde_json::to_string(&p).unwrap_or_default()),
            Err(e) => {
                eprintln!(
                    "no proposal: {:?}",
                    e.reasons.iter().map(|r| &r.en).collect::<Vec<_>>()
                );
                std::process::exit(1);
            }
        },
        (Err(e), _) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
        (_, Err(e)) => {
            eprintln!("customer: {e}");
            std::process::exit(2);
        }
    }
}
