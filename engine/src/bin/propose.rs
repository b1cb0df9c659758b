//! `propose`: the engine's command-line tool. Filled by the optimizer issue:
//! proposals for one customer or a whole campaign of customers.
fn main() {
    eprintln!("usage: propose --catalog FILE [--customers FILE.csv|FILE.json] [--horizon N] [--format json|csv]");
    std::process::exit(2);
}
