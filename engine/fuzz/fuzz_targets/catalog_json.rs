//! Package tables as JSON: the editor's import, a tablet link's tables and
//! the command-line tool's `--catalog` all go through `Catalog::load`. Any
//! bytes give tables that validate or problems, never a panic; tables that
//! load survive their own export and price a customer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proposal_engine::catalog::fingerprint;
use proposal_engine::{optimize, Catalog, Customer, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = Catalog::load_checked(&text);
    let Ok(catalog) = Catalog::load(&text) else {
        return;
    };
    let again = Catalog::load(&catalog.to_json()).expect("exported tables load again");
    assert_eq!(fingerprint(&again), fingerprint(&catalog));
    let customer: Customer = serde_json::from_str(
        r#"{"segment":{"type":"family"},"tenure_months":30,"lines":[
            {"kind":"mobile","current_monthly_fee":8800,"usage":{"domestic_min":300,"data_mb":20480}},
            {"kind":"mobile","current_monthly_fee":3900},
            {"kind":"broadband","current_monthly_fee":10000,"usage":{"min_speed_mbps":300}}]}"#,
    )
    .expect("the fixed customer reads");
    let _ = optimize(&catalog, &customer, &Options::default());
});
