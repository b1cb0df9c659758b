//! Package tables as an .xlsx workbook (`proposal_engine::workbook`): the
//! managers' "导入工作簿". Any bytes give tables that validate or problems
//! at their cells, never a panic; tables that load survive their own
//! export as a workbook with the same fingerprint.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proposal_engine::catalog::fingerprint;
use proposal_engine::workbook::{from_xlsx, to_xlsx};

fuzz_target!(|data: &[u8]| {
    let Ok(catalog) = from_xlsx(data) else {
        return;
    };
    let bytes = to_xlsx(&catalog).expect("valid tables are written");
    let again = from_xlsx(&bytes).expect("exported tables load again");
    assert_eq!(fingerprint(&again), fingerprint(&catalog));
    assert_eq!(again, catalog);
});
