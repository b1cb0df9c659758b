//! The tables' content fingerprint: the first 16 hex digits of the SHA-256 of
//! the canonical JSON (compact, fields in declaration order, lists in table
//! order). Two tables with the same content have the same fingerprint however
//! their file was formatted, so a shared link or a printed proposal can tell
//! whether it was priced with the published tables. SHA-256 rather than a
//! quick hash: edited tables cannot be made to pass for the published ones.
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Catalog;

/// 16 lowercase hex digits.
pub fn fingerprint(catalog: &Catalog) -> String {
    let canonical = serde_json::to_vec(catalog).unwrap_or_default();
    let digest = Sha256::digest(&canonical);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Which tables priced a proposal: what a shared link and a printout carry.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CatalogRef {
    pub id: String,
    pub version: u32,
    pub fingerprint: String,
}

impl Catalog {
    /// This catalog's reference (computes the fingerprint).
    pub fn reference(&self) -> CatalogRef {
        CatalogRef {
            id: self.id.clone(),
            version: self.version,
            fingerprint: fingerprint(self),
        }
    }
}
