//! Quote numbers: the issue day and a digest of the customer, the proposal
//! and the tables, so a reprint of the same proposal carries the same number.
use sha2::{Digest, Sha256};

use crate::catalog::{fingerprint, Catalog};
use crate::customer::Customer;
use crate::date::Date;
use crate::pricing::Proposal;

/// `Q-YYYYMMDD-XXXXXX` (six upper-case hex digits).
pub fn quote_number(
    issued: Date,
    catalog: &Catalog,
    customer: &Customer,
    chosen: &Proposal,
) -> String {
    let mut h = Sha256::new();
    h.update(fingerprint(catalog).as_bytes());
    h.update(serde_json::to_vec(customer).unwrap_or_default());
    h.update(serde_json::to_vec(chosen).unwrap_or_default());
    let digest = h.finalize();
    let hex: String = digest[..3].iter().map(|b| format!("{b:02X}")).collect();
    format!("Q-{}-{hex}", issued.compact())
}
