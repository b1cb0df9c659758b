//! Cells of the CSV files the app and the tool write, safe to open in Excel,
//! WPS or LibreOffice. A text cell a spreadsheet would run as a formula
//! (`=HYPERLINK(...)` as a customer's name) is neutralised the way OWASP's
//! "CSV injection" guidance says: a leading single quote, so it shows as
//! text, and RFC 4180 quoting. A cell that is a plain number (`-12.50`) is
//! left alone: it cannot be a formula and must stay a number in the sheet.
//! [`restore`] undoes the quote when such a file is read back.

/// What a spreadsheet reads as the start of a formula (OWASP's list).
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `-12.50`, `300`, `0.5`: an optional minus, digits, an optional fraction.
fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !frac.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// One CSV cell: neutralised when it could run as a formula, then quoted
/// when it holds a separator, a quote, a line break or edge spaces.
pub fn cell(value: &str) -> String {
    let neutral = if value.starts_with(TRIGGERS) && !is_plain_number(value) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if neutral.contains([',', '"', '\n', '\r', '\t'])
        || neutral.starts_with(' ')
        || neutral.ends_with(' ')
        || neutral != value
    {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// A row of cells, comma-separated (no line end).
pub fn row<'a>(cells: impl IntoIterator<Item = &'a str>) -> String {
    cells.into_iter().map(cell).collect::<Vec<_>>().join(",")
}

/// A cell as it was before [`cell`] neutralised it: the quote before a
/// formula trigger is taken off, so a file written here reads back unchanged.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(TRIGGERS) && !is_plain_number(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "=HYPERLINK(\"http://evil.example\",\"点击\")";

    #[test]
    fn a_formula_becomes_quoted_text() {
        assert_eq!(
            cell(HOSTILE),
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\""
        );
        for bad in ["+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "=1", "-", "--5"] {
            let c = cell(bad);
            assert!(c.starts_with("\"'"), "{bad:?} -> {c:?}");
        }
    }

    #[test]
    fn numbers_and_plain_text_are_unchanged() {
        for ok in ["-12.50", "12.50", "300", "0", "-3", "张三", "Basic 19", ""] {
            assert_eq!(cell(ok), ok);
        }
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell(" pad"), "\" pad\"");
        assert_eq!(row(["1", "=x", "-1.5"]), "1,\"'=x\",-1.5");
    }

    #[test]
    fn restore_undoes_only_the_neutralising_quote() {
        assert_eq!(restore("'=HYPERLINK(1)"), "=HYPERLINK(1)");
        assert_eq!(restore("'-1+1"), "-1+1");
        assert_eq!(restore("'-12.50"), "'-12.50");
        assert_eq!(restore("'tis"), "'tis");
        assert_eq!(restore("plain"), "plain");
        for s in [HOSTILE, "-1+1", "@x", "名字"] {
            let written = cell(s);
            let unquoted = written
                .strip_prefix('"')
                .and_then(|w| w.strip_suffix('"'))
                .map(|w| w.replace("\"\"", "\""))
                .unwrap_or(written);
            assert_eq!(restore(&unquoted), s);
        }
    }
}
