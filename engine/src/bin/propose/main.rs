//! `propose`: proposals for one customer (JSON on stdin) or a whole campaign
//! (a CSV or JSON customer list): the seeds' reps prepare a proposal for
//! every customer of a market before visiting it. A bad row is reported with
//! its line and field and skipped; the good rows are still processed; the
//! exit code is 2 when any row was bad.
mod args;
mod csv_input;
mod output;

use std::io::Read;

use proposal_engine::{optimize, validate_catalog, validate_customer, Catalog, Customer, Options};

/// One customer to propose for, and where it came from.
pub struct Entry {
    pub id: String,
    pub customer: Customer,
}

fn main() {
    let args = match args::parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}\n\n{}", args::USAGE);
            std::process::exit(2);
        }
    };
    let catalog = match std::fs::read_to_string(&args.catalog)
        .map_err(|e| e.to_string())
        .and_then(|s| Catalog::from_json(&s))
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}: {e}", args.catalog);
            std::process::exit(2);
        }
    };
    if let Err(problems) = validate_catalog(&catalog) {
        for p in problems {
            eprintln!("{}: {p}", args.catalog);
        }
        std::process::exit(2);
    }
    let (entries, mut bad) = match &args.customers {
        Some(path) => read_list(path),
        None => {
            let mut text = String::new();
            let _ = std::io::stdin().read_to_string(&mut text);
            match serde_json::from_str::<Customer>(&text) {
                Ok(c) => (
                    vec![Entry {
                        id: "1".into(),
                        customer: c,
                    }],
                    0,
                ),
                Err(e) => {
                    eprintln!("stdin line {}, column {}: {e}", e.line(), e.column());
                    (Vec::new(), 1)
                }
            }
        }
    };
    let options = Options {
        horizon: args.horizon,
        authority_level: args.authority,
        ..Options::default()
    };
    let mut rows = Vec::with_capacity(entries.len());
    for entry in entries {
        if let Err(problems) = validate_customer(&entry.customer) {
            for p in problems {
                eprintln!("customer {}: {p}", entry.id);
            }
            bad += 1;
            continue;
        }
        match optimize(&catalog, &entry.customer, &options) {
            Ok(p) => rows.push((entry, p)),
            Err(e) => {
                let why: Vec<&str> = e.reasons.iter().map(|r| r.en.as_str()).collect();
                eprintln!("customer {}: no proposal: {}", entry.id, why.join("; "));
                bad += 1;
            }
        }
    }
    output::print(&rows, args.format);
    if bad > 0 {
        eprintln!("{bad} customer(s) or row(s) could not be proposed for; the others are above");
        std::process::exit(2);
    }
}

fn read_list(path: &str) -> (Vec<Entry>, usize) {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return (Vec::new(), 1);
        }
    };
    if path.ends_with(".json") {
        match serde_json::from_str::<Vec<Customer>>(&text) {
            Ok(list) => (
                list.into_iter()
                    .enumerate()
                    .map(|(i, c)| Entry {
                        id: (i + 1).to_string(),
                        customer: c,
                    })
                    .collect(),
                0,
            ),
            Err(e) => {
                eprintln!("{path} line {}, column {}: {e}", e.line(), e.column());
                (Vec::new(), 1)
            }
        }
    } else {
        let (entries, errors) = csv_input::read(&text);
        for e in &errors {
            eprintln!("{path} {e}");
        }
        (entries, errors.len())
    }
}
