//! The link's envelope around the payload's bytes: `[version, flags, body…]`
//! and, from version 2 on, a CRC-32 of everything before it (4 bytes,
//! big-endian), so a changed character is refused as damaged instead of
//! opening someone else's figures. CRC-32 finds every error burst of up to
//! 32 bits, and one base64 character is 6 bits: any one changed character
//! is caught, not just most. Every version after 2 keeps the checksum at
//! the end, so a newer link is recognised as newer, never as damaged.
//!
//! Flags: bit 0 the body is deflated; bit 1 the envelope is checksummed
//! (always set from version 2 on). Version 1 links (no checksum, flags 0 or 1)
//! still open. Bit 1 also keeps the two formats apart: the version byte and
//! the flags are the link's first three characters, and a version-2 link
//! differs from every version-1 one in two of them, so no single changed
//! character turns a checked link into an unchecked one.
use super::LinkError;

/// The link format this build writes; it reads this one and every older one.
pub const FORMAT_VERSION: u8 = 4;
const DEFLATED: u8 = 1;
const CHECKSUMMED: u8 = 2;
const CRC_LEN: usize = 4;
/// A payload larger than this once inflated is not a link of ours.
const MAX_INFLATED: usize = 256 * 1024;

/// The envelope for a payload's `body`: deflated when that is shorter.
pub fn wrap(body: &[u8]) -> Vec<u8> {
    let deflated = miniz_oxide::deflate::compress_to_vec(body, 9);
    let mut bytes = vec![FORMAT_VERSION];
    if deflated.len() < body.len() {
        bytes.push(CHECKSUMMED | DEFLATED);
        bytes.extend(deflated);
    } else {
        bytes.push(CHECKSUMMED);
        bytes.extend(body);
    }
    let crc = super::crc32::crc32(&bytes);
    bytes.extend(crc.to_be_bytes());
    bytes
}

/// The payload's version and body from an envelope, or why it cannot be opened.
pub fn unwrap(bytes: &[u8]) -> Result<(u8, Vec<u8>), LinkError> {
    let (&version, _) = bytes.split_first().ok_or(LinkError::Damaged)?;
    let rest = match version {
        1 => &bytes[1..],
        0 => return Err(LinkError::Damaged),
        _ => {
            let checked = bytes
                .len()
                .checked_sub(CRC_LEN)
                .filter(|&n| n >= 2)
                .ok_or(LinkError::Damaged)?;
            let (covered, crc) = bytes.split_at(checked);
            if super::crc32::crc32(covered).to_be_bytes() != crc {
                return Err(LinkError::Damaged);
            }
            if version > FORMAT_VERSION {
                return Err(LinkError::NewerVersion(version));
            }
            &covered[1..]
        }
    };
    let (&flags, body) = rest.split_first().ok_or(LinkError::Damaged)?;
    let expected = if version == 1 { 0 } else { CHECKSUMMED };
    if flags & !DEFLATED != expected {
        return Err(LinkError::Damaged);
    }
    if flags & DEFLATED == 0 {
        return Ok((version, body.to_vec()));
    }
    miniz_oxide::inflate::decompress_to_vec_with_limit(body, MAX_INFLATED)
        .map(|b| (version, b))
        .map_err(|_| LinkError::Damaged)
}
