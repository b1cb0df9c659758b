//! Just enough CSV (RFC 4180) for a customer list saved from a spreadsheet:
//! quoted fields with `""` escapes and line breaks, CRLF, a UTF-8 byte-order
//! mark; every record keeps the file line it starts on, for error messages.

/// One record and the file line (1-based) it starts on.
#[derive(Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// The records of `text`; blank lines are skipped. A quote left open is an
/// error at the line where its record starts (the rest of the file is in it).
pub fn records(text: &str) -> (Vec<Record>, Option<(usize, String)>) {
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
                    return (
                        out,
                        Some((start, "a quoted field is not closed (missing \")".into())),
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
    }

    #[test]
    fn an_open_quote_is_reported_where_its_record_starts() {
        let (recs, err) = records("a,b\nc,\"open\nmore\n");
        assert_eq!(recs.len(), 1);
        assert_eq!(err.map(|e| e.0), Some(2));
    }
}
