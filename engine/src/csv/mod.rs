//! The one CSV reader (RFC 4180) for lists saved from a spreadsheet: the
//! command-line tool's customer lists and the editor's plans table. Quoted
//! fields with `""` escapes and line breaks, CRLF, a UTF-8 byte-order mark;
//! every record keeps the file line it starts on, for error messages.
//! Encodings: UTF-8 only (a spreadsheet's GBK export is reported at its first
//! unreadable line by [`decode`], and read with replacement characters).
use crate::text::Text;

/// One record and the file line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

impl Record {
    /// Every cell empty or spaces (a spreadsheet's `,,,` line).
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// Why the text could not be read to its end, and the line where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub message: Text,
}

/// The records of `text`; empty lines are skipped. A quote left open is an
/// error at the line where its record starts (the rest of the file is in
/// it); the records before it are returned with it.
pub fn records(text: &str) -> (Vec<Record>, Option<CsvError>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut line = 1;
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let start = line;
        let mut cells = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        let mut blank = true;
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    let message = Text::new(
                        "引号未闭合（缺少 \"）",
                        "a quoted field is not closed (missing \")",
                    );
                    return (
                        out,
                        Some(CsvError {
                            line: start,
                            message,
                        }),
                    );
                }
                break;
            };
            if c != '\n' && c != '\r' {
                blank = false;
            }
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, '\n') => {
                    line += 1;
                    cell.push('\n');
                }
                (true, c) => cell.push(c),
                (false, '"') if cell.trim().is_empty() => {
                    cell.clear();
                    quoted = true;
                }
                (false, ',') => cells.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {}
                (false, '\n') => {
                    line += 1;
                    break;
                }
                (false, c) => cell.push(c),
            }
        }
        cells.push(cell);
        if !blank {
            out.push(Record { line: start, cells });
        }
    }
    (out, None)
}

/// File bytes as text. Not UTF-8 (a spreadsheet's GBK export): the text with
/// replacement characters, and the first line that is not readable.
pub fn decode(bytes: Vec<u8>) -> (String, Option<usize>) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            (String::from_utf8_lossy(&bytes).into_owned(), Some(line))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_crlf_bom_and_line_numbers() {
        let text = "\u{feff}a,b\r\n\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nlast,\n";
        let (recs, err) = records(text);
        assert_eq!(err, None);
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[0].cells, ["a", "b"]);
        assert_eq!(recs[1].line, 3);
        assert_eq!(recs[1].cells, ["x, \"y\"", "two\nlines"]);
        assert_eq!(recs[2].line, 5);
        assert_eq!(recs[2].cells, ["last", ""]);
        assert!(!recs[2].is_blank());
        assert!(records(" , \n").0[0].is_blank());
    }

    #[test]
    fn an_open_quote_is_reported_where_its_record_starts() {
        let (recs, err) = records("a,b\nc,\"open\nmore\n");
        assert_eq!(recs.len(), 1);
        let err = err.expect("open quote");
        assert_eq!(err.line, 2);
        assert!(!err.message.zh.is_empty() && !err.message.en.is_empty());
    }

    #[test]
    fn not_utf8_is_reported_at_its_line_and_read_with_replacements() {
        assert_eq!(decode(b"a,b\n".to_vec()), ("a,b\n".into(), None));
        // 名 in GBK on line 2.
        let (text, line) = decode(b"id,name\n1,\xc3\xfb\n".to_vec());
        assert_eq!(line, Some(2));
        assert!(text.starts_with("id,name\n1,\u{fffd}"));
    }
}
