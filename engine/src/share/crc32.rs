//! CRC-32 (IEEE 802.3, reflected, as zlib and `crc32fast` compute it), bit
//! by bit. A link is at most a few kilobytes, so speed does not matter, but
//! size does: a table-driven crate puts 16 KB of tables in every phone's
//! download. `engine/tests/share.rs` checks it against `crc32fast`.

/// The CRC-32 of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}
