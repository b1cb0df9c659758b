//! Positions in JSON text, for error messages a person can act on: a list
//! split into its elements (each parsed on its own, so one bad customer does
//! not sink the others) and the field path (`lines[1].current_monthly_fee`)
//! at a byte offset or of a path.

/// Where each element of a top-level JSON array is (byte ranges). A single
/// object is a list of one. Err: the byte offset where the list breaks, and
/// why (Chinese, English); the elements before it are still returned.
pub type Split = (Vec<(usize, usize)>, Option<(usize, Why)>);

/// Why a list breaks: (Chinese, English).
pub type Why = (&'static str, &'static str);

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The end of the string whose opening quote is at `i` (just past the closing quote).
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The end of the value starting at `i`: at the `,` or the closing bracket of
/// its container (depth 0), or the end of the text.
fn value_end(b: &[u8], mut i: usize) -> Result<usize, usize> {
    let mut depth = 0usize;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i = string_end(b, i).ok_or(i)?;
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => return Ok(i),
            b'}' | b']' => depth -= 1,
            b',' if depth == 0 => return Ok(i),
            _ => {}
        }
        i += 1;
    }
    Ok(i)
}

pub fn split_list(text: &str) -> Split {
    let b = text.as_bytes();
    let start = skip_ws(b, if text.starts_with('\u{feff}') { 3 } else { 0 });
    match b.get(start) {
        Some(b'{') => {
            let end = value_end(b, start).unwrap_or(b.len());
            return (vec![(start, end)], None);
        }
        Some(b'[') => {}
        _ => {
            return (
                Vec::new(),
                Some((
                    start,
                    (
                        "应为客户列表（[...]）",
                        "expected a list of customers ([...])",
                    ),
                )),
            )
        }
    }
    let mut out = Vec::new();
    let mut i = skip_ws(b, start + 1);
    if b.get(i) == Some(&b']') {
        return (out, None);
    }
    loop {
        let from = i;
        let end = match value_end(b, from) {
            Ok(e) => e,
            Err(at) => {
                return (
                    out,
                    Some((at, ("有一段文字缺少结尾的引号", "a string is not closed"))),
                )
            }
        };
        let mut to = end;
        while to > from && b[to - 1].is_ascii_whitespace() {
            to -= 1;
        }
        if to == from {
            return (
                out,
                Some((from, ("此处应为一个客户（{...}）", "expected a customer"))),
            );
        }
        out.push((from, to));
        match b.get(end) {
            Some(b',') => i = skip_ws(b, end + 1),
            Some(b']') => return (out, None),
            _ => {
                return (
                    out,
                    Some((
                        end,
                        (
                            "列表没有结尾（缺少 ]）",
                            "the list is not closed (missing ])",
                        ),
                    )),
                )
            }
        }
    }
}

/// 1-based line of byte `offset`.
pub fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
}

/// Byte offset of 1-based `line` and `column` (as serde_json counts them).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(n) => start += n + 1,
            None => break,
        }
    }
    (start + column.saturating_sub(1)).min(text.len())
}

enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

fn path(frames: &[Frame]) -> String {
    let mut s = String::new();
    for f in frames {
        match f {
            Frame::Object { key: Some(k) } => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => s.push_str(&format!("[{index}]")),
        }
    }
    s
}

/// Calls `visit(offset, path)` at the start of every value of `text`, in
/// order, until it returns `true`. Tolerates broken JSON (it stops early).
fn walk(text: &str, mut visit: impl FnMut(usize, &str) -> bool) {
    let b = text.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() || c == b':' {
            i += 1;
            continue;
        }
        match c {
            b',' => {
                match frames.last_mut() {
                    Some(Frame::Array { index }) => *index += 1,
                    Some(Frame::Object { key }) => {
                        *key = None;
                        expect_key = true;
                    }
                    None => {}
                }
                i += 1;
                continue;
            }
            b'}' | b']' => {
                frames.pop();
                expect_key = false;
                i += 1;
                continue;
            }
            b'"' if expect_key => {
                let Some(end) = string_end(b, i) else { return };
                if let Some(Frame::Object { key }) = frames.last_mut() {
                    *key = Some(text[i + 1..end - 1].to_string());
                }
                expect_key = false;
                i = end;
                continue;
            }
            _ => {}
        }
        if visit(i, &path(&frames)) {
            return;
        }
        match c {
            b'{' => {
                frames.push(Frame::Object { key: None });
                expect_key = true;
                i += 1;
            }
            b'[' => {
                frames.push(Frame::Array { index: 0 });
                i += 1;
            }
            b'"' => match string_end(b, i) {
                Some(end) => i = end,
                None => return,
            },
            _ => {
                while i < b.len()
                    && !matches!(b[i], b',' | b'}' | b']')
                    && !b[i].is_ascii_whitespace()
                {
                    i += 1;
                }
            }
        }
    }
}

/// The path of the innermost value that starts at or before `offset`.
pub fn path_at(text: &str, offset: usize) -> String {
    let mut found = String::new();
    walk(text, |at, p| {
        if at > offset {
            return true;
        }
        found = p.to_string();
        false
    });
    found
}

/// Where the value at `path` starts, if it is in `text`.
pub fn find_path(text: &str, wanted: &str) -> Option<usize> {
    let mut found = None;
    walk(text, |at, p| {
        if p == wanted {
            found = Some(at);
            return true;
        }
        false
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &str = "[\n {\"name\": \"a, [b]\", \"lines\": [{\"kind\": \"mobile\"}]},\n {\"lines\": [{\"kind\": 1}, {\"kind\": \"x\", \"usage\": {\"sms\": 5}}]}\n]\n";

    #[test]
    fn a_list_splits_into_its_elements() {
        let (parts, err) = split_list(LIST);
        assert_eq!(err, None);
        assert_eq!(parts.len(), 2);
        assert!(LIST[parts[0].0..parts[0].1].ends_with("}]}"));
        assert_eq!(line_of(LIST, parts[1].0), 3);
        // A list cut short: the broken element is still handed out (its parser
        // names the problem) and the list is reported as not closed.
        let (parts, err) = split_list("[{\"a\":1}, {\"b\":");
        assert_eq!(parts.len(), 2);
        assert_eq!(
            err.map(|e| e.1 .1),
            Some("the list is not closed (missing ])")
        );
    }

    #[test]
    fn paths_of_offsets_and_offsets_of_paths() {
        let second = &LIST[split_list(LIST).0[1].0..];
        let at = find_path(second, "lines[1].usage.sms").unwrap();
        assert_eq!(&second[at..at + 1], "5");
        assert_eq!(path_at(second, at), "lines[1].usage.sms");
        let one = second.find('1').unwrap();
        assert_eq!(path_at(second, one), "lines[0].kind");
        assert_eq!(
            find_path(second, "lines[0]").map(|o| &second[o..o + 1]),
            Some("{")
        );
        assert_eq!(offset_of("ab\ncd", 2, 2), 4);
    }
}
