//! A list file's bytes as text. Excel on a Chinese Windows saves "CSV" in
//! the system code page, GBK (read as its superset GB18030); "CSV UTF-8" is
//! UTF-8 with a byte-order mark. Valid UTF-8, with or without the mark, is
//! UTF-8 (GBK Chinese text is almost never valid UTF-8). Other bytes that
//! read as GB18030 are GB18030 (needs the `gbk` feature, which the command
//! line has and the app's wasm does not). Bytes that are neither keep the
//! UTF-8 reading with replacement characters, and the first unreadable line
//! is reported.

/// The text of `bytes`, and the first line (1-based) that could not be read,
/// if any (its characters show as U+FFFD).
pub fn decode(bytes: Vec<u8>) -> (String, Option<usize>) {
    decode_with(bytes, gb18030)
}

/// [`decode`] with the caller's GB18030 reader: the app's pages pass the
/// browser's own `TextDecoder`, so no encoding tables are in their wasm.
pub fn decode_with(
    bytes: Vec<u8>,
    gb18030: impl Fn(&[u8]) -> Option<String>,
) -> (String, Option<usize>) {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return (text, None),
        Err(e) => e.into_bytes(),
    };
    if let Some(text) = gb18030(&bytes) {
        return (text, None);
    }
    let at = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len());
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    (String::from_utf8_lossy(&bytes).into_owned(), Some(line))
}

/// `bytes` as GB18030, when every byte of them reads as it.
#[cfg(feature = "gbk")]
fn gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| text.into_owned())
}

#[cfg(not(feature = "gbk"))]
fn gb18030(_: &[u8]) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_mark_stays_utf8() {
        assert_eq!(decode(b"a,b\n".to_vec()), ("a,b\n".into(), None));
        let marked = "\u{feff}id,name\n1,周记\n";
        assert_eq!(decode(marked.as_bytes().to_vec()), (marked.into(), None));
    }

    #[cfg(feature = "gbk")]
    #[test]
    fn gbk_and_gb18030_read_as_chinese() {
        // 周记 in GBK; a rare name character (U+2CB5A) in GB18030's four bytes.
        let (text, bad) = decode(b"id,name\n1,\xd6\xdc\xbc\xc7\n".to_vec());
        assert_eq!((text.as_str(), bad), ("id,name\n1,周记\n", None));
        let (four, _, _) = encoding_rs::GB18030.encode("2,李\u{2CB5A}\n");
        assert_eq!(four.len(), 2 + 2 + 4 + 1, "李 two bytes, the rare one four");
        assert_eq!(decode(four.into_owned()).0, "2,李\u{2CB5A}\n");
    }

    #[test]
    fn bytes_that_are_neither_are_reported_at_their_line() {
        // A lone 0xFF is not UTF-8 and not GB18030.
        let (text, line) = decode(b"id,name\n1,ok\n2,\xff\n".to_vec());
        assert_eq!(line, Some(3));
        assert!(text.ends_with("2,\u{fffd}\n"), "{text}");
    }
}
