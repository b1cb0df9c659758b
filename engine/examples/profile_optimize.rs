//! Runs the optimizer on one of the benchmark customers (`tests/common`,
//! `optimize_cases`) a given number of times, for a profiler that counts
//! instructions (`valgrind --tool=callgrind`), which is repeatable on a
//! shared machine where wall time is not:
//!
//! ```sh
//! cargo build --profile bench -p proposal-engine --example profile_optimize
//! valgrind --tool=callgrind target/release/examples/profile_optimize "2000 lines" optimize 1
//! ```
//!
//! Prints each run's result; `fingerprint` instead prints a hash of the
//! whole output (every alternative, its figures, band and words) for the
//! benchmark customers and 400 random ones, so a change that speeds the
//! optimizer up can be seen to keep every result (compare before and after).
#[path = "../tests/common/mod.rs"]
mod common;

use proposal_engine::optimize::{cheapest, Options};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let name = args.get(1).map_or("2000 lines", String::as_str);
    let what = args.get(2).map_or("optimize", String::as_str);
    let times: u32 = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(1);
    if name == "fingerprint" {
        return fingerprint();
    }
    let cases = common::optimize_cases();
    let (_, catalog, customer) = cases
        .iter()
        .find(|(n, _, _)| *n == name)
        .unwrap_or_else(|| panic!("no case {name:?}"));
    let options = Options::default();
    for _ in 0..times {
        match what {
            "cheapest" => {
                let s = cheapest(catalog, customer, &options);
                println!("{:?}", s.map(|s| s.cost));
            }
            _ => {
                let p = proposal_engine::optimize(catalog, customer, &options).unwrap();
                let totals: Vec<i64> = p.alternatives.iter().map(|a| a.priced.total.0).collect();
                let bands: Vec<(i64, i64)> = p
                    .alternatives
                    .iter()
                    .map(|a| (a.band.saving_low_usage.0, a.band.saving_high_usage.0))
                    .collect();
                println!("{totals:?} {bands:?}");
            }
        }
    }
}

fn hash(p: &Result<proposal_engine::Proposals, proposal_engine::optimize::NoProposal>) -> u64 {
    use std::hash::{Hash, Hasher};
    let text = match p {
        Ok(p) => serde_json::to_string(p).unwrap(),
        Err(e) => format!("{:?}", e.reasons),
    };
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

fn fingerprint() {
    let options = Options::default();
    for (name, catalog, customer) in common::optimize_cases() {
        let p = proposal_engine::optimize(&catalog, &customer, &options);
        println!("{name}: {:016x}", hash(&p));
    }
    let default = proposal_engine::default_catalog();
    let mut all = std::collections::hash_map::DefaultHasher::new();
    for seed in 0..400u64 {
        use std::hash::Hash;
        let mut r = common::Rng::new(seed);
        let wide;
        let catalog = if seed % 2 == 0 {
            &default
        } else {
            wide = common::wide_catalog(&mut r, 2, 2, 3);
            &wide
        };
        let lines = 1 + (seed % 9) as u32;
        let customer = common::wide_customer(&mut r, catalog, lines);
        let options = Options {
            authority_level: 1 + (seed % 3) as u8,
            ..Options::default()
        };
        hash(&proposal_engine::optimize(catalog, &customer, &options)).hash(&mut all);
    }
    use std::hash::Hasher;
    println!("400 random customers: {:016x}", all.finish());
}
