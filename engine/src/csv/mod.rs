//! The one CSV reader (RFC 4180) for lists saved from a spreadsheet: the
//! command-line tool's customer lists and the editor's plans table. Quoted
//! fields with `""` escapes and line breaks, CRLF, a UTF-8 byte-order mark;
//! every record keeps the file line it starts on, for error messages.
//! Encodings: see [`decode`] (UTF-8, and with the `gbk` feature GB18030).
use crate::text::Text;

mod decode;
pub use decode::{decode, decode_with};

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

/// Why the text could not be read to its end: a quote opened in the record
/// starting at `line` is never closed, so every line from there to
/// `last_line` was read into one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub last_line: usize,
    pub message: Text,
    /// The swallowed lines, each split at its commas as if no quote were
    /// open: what the file's author meant them to be, to name their rows.
    pub swallowed: Vec<Record>,
}

impl CsvError {
    /// The distinct non-blank cells of column `col` on the swallowed lines
    /// (the customer ids of a campaign list), in file order.
    pub fn values_in(&self, col: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in &self.swallowed {
            let v = r.cells.get(col).map(|c| c.trim().trim_matches('"').trim());
            if let Some(v) = v.filter(|v| !v.is_empty()) {
                if !out.iter().any(|o| o == v) {
                    out.push(v.to_string());
                }
            }
        }
        out
    }

    /// [`CsvError::message`] and the ids (column `col`) of the rows on the
    /// swallowed lines, left out: none of them is dropped unsaid.
    pub fn naming(&self, col: usize) -> Text {
        let ids = self.values_in(col);
        if ids.is_empty() {
            return self.message.clone();
        }
        Text::new(
            format!(
                "{}；这些行上的客户未出方案：{}",
                self.message.zh,
                ids.join("、")
            ),
            format!(
                "{}; the customers on them are left out: {}",
                self.message.en,
                ids.join(", ")
            ),
        )
    }
}

fn open_quote(text: &str, start: usize, line: usize) -> CsvError {
    let swallowed = text
        .split('\n')
        .enumerate()
        .skip(start - 1)
        .map(|(i, l)| Record {
            line: i + 1,
            cells: l
                .trim_end_matches('\r')
                .split(',')
                .map(String::from)
                .collect(),
        })
        .filter(|r| !r.is_blank())
        .collect();
    let message = if start == line {
        Text::new(
            format!("第 {start} 行的引号没有闭合（缺少 \"）"),
            format!("the quote opened on line {start} is never closed (missing \")"),
        )
    } else {
        Text::new(
            format!("第 {start} 行的引号没有闭合（缺少 \"），第 {start} 到 {line} 行都被读成了一个格子"),
            format!("the quote opened on line {start} is never closed (missing \"): lines {start} to {line} were read as one field"),
        )
    };
    CsvError {
        line: start,
        last_line: line,
        message,
        swallowed,
    }
}

/// The records of `text`; empty lines are skipped. A quote left open is an
/// error at the line where its record starts (the rest of the file is in
/// it, see [`CsvError`]); the records before it are returned with it.
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
                    // The last line with text on it (a final newline ends the file).
                    let last = line - usize::from(text.ends_with('\n'));
                    return (out, Some(open_quote(text, start, last.max(start))));
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
        assert!(!recs[2].is_blank());
        assert!(records(" , \n").0[0].is_blank());
    }

    #[test]
    fn an_open_quote_is_reported_where_its_record_starts() {
        let (recs, err) = records("a,b\nc,\"open\nmore\n");
        assert_eq!(recs.len(), 1);
        let err = err.expect("open quote");
        assert_eq!((err.line, err.last_line), (2, 3));
        assert_eq!(
            err.message.en,
            "the quote opened on line 2 is never closed (missing \"): lines 2 to 3 were read as one field"
        );
        assert!(
            err.message.zh.contains("第 2 到 3 行"),
            "{}",
            err.message.zh
        );
    }

    #[test]
    fn an_open_quote_names_every_id_on_the_lines_it_swallowed() {
        let text = "id,name\n1,a\n2,\"b\r\n3,c\n\n2,d\n4,e\n";
        let (recs, err) = records(text);
        assert_eq!(recs.len(), 2, "the header and customer 1");
        let err = err.expect("open quote");
        assert_eq!((err.line, err.last_line), (3, 7));
        assert_eq!(err.values_in(0), ["2", "3", "4"], "each id once, in order");
        let named = err.naming(0);
        assert!(
            named
                .en
                .ends_with("the customers on them are left out: 2, 3, 4"),
            "{}",
            named.en
        );
        assert!(
            named.zh.ends_with("这些行上的客户未出方案：2、3、4"),
            "{}",
            named.zh
        );
        // On its last line, without a final newline.
        let err = records("id\n\"5").1.unwrap();
        assert_eq!((err.line, err.last_line), (2, 2));
        assert_eq!(err.naming(0).en, "the quote opened on line 2 is never closed (missing \"); the customers on them are left out: 5");
    }
}
