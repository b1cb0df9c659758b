//! The tables' content fingerprint: FNV-1a (64-bit) of the canonical JSON.
//! Two tables with the same content have the same fingerprint, so a shared
//! link or a printed proposal can tell whether it was priced with these tables.
use super::Catalog;

/// 16 lowercase hex digits.
pub fn fingerprint(catalog: &Catalog) -> String {
    let canonical = serde_json::to_string(catalog).unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in canonical.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
