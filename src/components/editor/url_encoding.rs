//! URL encoding (RFC 3986 percent-encoding of UTF-8 bytes) for the links
//! and `data:` downloads the editor makes: the rep link that carries whole
//! tables, and the JSON and CSV exports.

/// Percent-encodes `text` for a URL (every byte but the unreserved ones).
pub fn url_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Undoes [`url_encode`]; `None` when the text is not valid.
pub fn url_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let (mut out, mut i) = (Vec::with_capacity(bytes.len()), 0);
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::{url_decode, url_encode};

    #[test]
    fn any_text_survives_the_round_trip() {
        let text = "{\"name\":\"家庭 128 元\",\"a&b\":\"50%#/?\"}";
        assert_eq!(url_decode(&url_encode(text)).as_deref(), Some(text));
    }

    #[test]
    fn only_unreserved_bytes_stay_as_they_are() {
        assert_eq!(url_encode("a-Z_0.~ #%"), "a-Z_0.~%20%23%25");
        assert_eq!(url_encode("中"), "%E4%B8%AD");
    }

    #[test]
    fn a_damaged_encoding_is_refused_not_misread() {
        assert_eq!(url_decode("%ZZ"), None);
        assert_eq!(url_decode("%E4%B8"), None, "half a character");
        assert_eq!(url_decode("abc%4"), None, "a cut escape");
    }
}
