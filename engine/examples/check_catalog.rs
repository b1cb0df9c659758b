//! Validates a package-tables file: `check_catalog catalog/default.json`.
//! Prints every problem with its path; exits 1 when there is any.
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "catalog/default.json".into());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    match proposal_engine::Catalog::from_json(&text) {
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
        Ok(c) => match proposal_engine::validate_catalog(&c) {
            Ok(()) => println!(
                "{path}: valid, fingerprint {}",
                proposal_engine::catalog::fingerprint(&c)
            ),
            Err(problems) => {
                for p in problems {
                    eprintln!("{path}: {p}");
                }
                std::process::exit(1);
            }
        },
    }
}
