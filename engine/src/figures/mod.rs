//! Figures as people type them and as screens show them: yuan (fen), data
//! (MB shown as GB), counts (minutes, messages, months, Mbps) and percent
//! (basis points). One reading and one writing of each, for the counter, the
//! editor and the command-line tool, so a figure typed anywhere means the
//! same everywhere. Text from a Chinese input method is read as typed:
//! full-width digits, dot, comma, percent and minus (１２８．５) count as ASCII.
//!
//! Every reader returns a [`FieldProblem`] (bilingual) instead of a silent
//! zero; where blank means zero (a usage the rep leaves empty), the caller
//! says so with [`blank_is_zero`]. Every writer's text reads back to the same
//! figure (property tests in `tests/figures.rs`).
mod data;
pub mod limits;
mod problem;

pub use data::{data_text, gb_note, gb_shown, parse_data, DataUnit};
pub use problem::FieldProblem;

use crate::money::parse::NotDecimal;
use crate::money::{Bps, Money};

/// `text` trimmed, with what a Chinese input method types for a figure
/// turned into ASCII: the full-width forms of ASCII (`０`-`９`, `．`, `，`,
/// `％`, `－`, `ＧＢ` ...: U+FF01 to U+FF5E), the ideographic full stop `。`
/// (the `.` key in Chinese mode) and the ideographic space.
pub fn normalize(text: &str) -> String {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '。' | '｡' => '.',
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

/// `text` normalized, without the commas that group its whole part in
/// threes (`1,200`, `１，２００`, `¥1,280.50`): how every figure is read.
/// Commas anywhere else stay, so the reader refuses them: `1,5` is neither
/// 15 nor 1.5.
pub(crate) fn ungrouped(text: &str) -> String {
    let t = normalize(text);
    if !t.contains(',') {
        return t;
    }
    // The digits around each comma: 1-3 before the first, exactly 3 after each.
    let start = t.find(|c: char| c.is_ascii_digit()).unwrap_or(t.len());
    let end = t[start..]
        .find(|c: char| !c.is_ascii_digit() && c != ',')
        .map_or(t.len(), |i| start + i);
    let groups: Vec<&str> = t[start..end].split(',').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && !t[end..].contains(',')
        && !t[..start].contains(',');
    if grouped {
        t.chars().filter(|c| *c != ',').collect()
    } else {
        t
    }
}

/// Blank text is zero (usage left empty); anything else is read by `read`.
pub fn blank_is_zero<T: Default>(
    text: &str,
    read: impl FnOnce(&str) -> Result<T, FieldProblem>,
) -> Result<T, FieldProblem> {
    if normalize(text).is_empty() {
        Ok(T::default())
    } else {
        read(text)
    }
}

/// An amount of yuan (`128`, `128.50`, `¥1,280`, `99元`, `１２８．５`); may
/// be negative (a table's correction); blank is [`FieldProblem::Required`].
pub fn parse_yuan(text: &str) -> Result<Money, FieldProblem> {
    crate::money::parse::yuan(text).map_err(|e| match e {
        NotDecimal::Empty => FieldProblem::Required,
        _ => FieldProblem::NotAnAmount,
    })
}

/// A fee the customer pays: an amount from zero to `max`.
pub fn parse_fee(text: &str, max: Money) -> Result<Money, FieldProblem> {
    match parse_yuan(text)? {
        m if m.0 < 0 => Err(FieldProblem::NotAnAmount),
        m if m > max => Err(FieldProblem::TooLarge),
        m => Ok(m),
    }
}

/// `128.50`, `-3.05`: yuan with two decimals, no sign or grouping (a form
/// field, a spreadsheet cell). Reads back with [`parse_yuan`].
pub fn yuan_plain(m: Money) -> String {
    let sign = if m.0 < 0 { "-" } else { "" };
    let abs = m.0.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// `128`, `128.50`: like [`yuan_plain`] without `.00` (the counter's fields).
pub fn yuan_short(m: Money) -> String {
    let plain = yuan_plain(m);
    plain
        .strip_suffix(".00")
        .map(str::to_string)
        .unwrap_or(plain)
}

/// A whole number (minutes, messages, months, Mbps) from 0 to `max`.
pub fn parse_count(text: &str, max: u32) -> Result<u32, FieldProblem> {
    let t = ungrouped(text);
    if t.is_empty() {
        return Err(FieldProblem::Required);
    }
    if !t.chars().all(|c| c.is_ascii_digit()) {
        return Err(FieldProblem::NotAWholeNumber);
    }
    match t.parse::<u64>() {
        Ok(n) if n <= u64::from(max) => Ok(n as u32),
        _ => Err(FieldProblem::TooLarge),
    }
}

/// How many identical lines a group has: 1 to `MAX_LINES`; blank is 1.
pub fn parse_line_count(text: &str) -> Result<u32, FieldProblem> {
    if ungrouped(text).is_empty() {
        return Ok(1);
    }
    match parse_count(text, limits::MAX_LINES as u32) {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(FieldProblem::LineCount),
    }
}

/// A percentage (`15`, `7.5`, `0.25%`) from 0 to `max`, as basis points.
pub fn parse_percent(text: &str, max: Bps) -> Result<Bps, FieldProblem> {
    match crate::money::parse::percent(text) {
        Ok(b) if b <= max => Ok(b),
        _ => Err(FieldProblem::NotAPercent),
    }
}

/// `15`, `7.5`: a percentage for a field whose unit (%) is shown beside it.
pub fn percent_text(b: Bps) -> String {
    b.format(crate::Lang::En).trim_end_matches('%').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_input_reads_as_ascii() {
        assert_eq!(normalize("\u{3000}１２８．５０ "), "128.50");
        assert_eq!(parse_yuan("１２８．５"), Ok(Money(12_850)));
        assert_eq!(parse_count("１２０", 200), Ok(120));
        assert_eq!(parse_percent("７．５％", Bps::FULL), Ok(Bps(750)));
        assert_eq!(parse_data("２．５", DataUnit::Gb), Ok(2_560));
        // The `.` key in Chinese mode, grouping commas, full-width letters.
        assert_eq!(parse_yuan("１２８。５"), Ok(Money(12_850)));
        assert_eq!(parse_yuan("１，２８０"), Ok(Money(128_000)));
        assert_eq!(parse_count("１，２００", 2_000), Ok(1_200));
        assert_eq!(parse_data("３０ＧＢ", DataUnit::Mb), Ok(30_720));
        assert_eq!(parse_data("１，０２４", DataUnit::Mb), Ok(1_024));
        // A comma that does not group in threes is refused, never guessed.
        assert_eq!(
            parse_count("１，２", 2_000),
            Err(FieldProblem::NotAWholeNumber)
        );
        assert!(parse_yuan("128，5").is_err());
        assert!(parse_yuan("1,28,0").is_err());
        assert_eq!(parse_yuan("-¥1,280.05"), Ok(Money(-128_005)));
    }

    #[test]
    fn fees_are_never_negative_nor_above_their_limit() {
        assert_eq!(parse_fee("99", Money(10_000)), Ok(Money(9_900)));
        assert_eq!(
            parse_fee("-1", Money(10_000)),
            Err(FieldProblem::NotAnAmount)
        );
        assert!(matches!(
            parse_fee("100.01", Money(10_000)),
            Err(FieldProblem::TooLarge)
        ));
        assert_eq!(parse_fee(" ", Money(10_000)), Err(FieldProblem::Required));
        assert_eq!(parse_yuan("-3.05"), Ok(Money(-305)));
    }

    #[test]
    fn counts_are_whole_and_bounded_and_blank_is_zero_only_when_asked() {
        assert_eq!(parse_count("300", 300), Ok(300));
        assert!(matches!(
            parse_count("301", 300),
            Err(FieldProblem::TooLarge)
        ));
        assert_eq!(parse_count("2.5", 300), Err(FieldProblem::NotAWholeNumber));
        assert_eq!(parse_count("-1", 300), Err(FieldProblem::NotAWholeNumber));
        assert_eq!(parse_count("", 300), Err(FieldProblem::Required));
        assert_eq!(blank_is_zero(" ", |t| parse_count(t, 300)), Ok(0));
        assert_eq!(blank_is_zero("7", |t| parse_count(t, 300)), Ok(7));
        assert!(matches!(
            parse_count("99999999999999999999", 300),
            Err(FieldProblem::TooLarge)
        ));
    }

    #[test]
    fn writers_give_the_forms_of_their_fields() {
        assert_eq!(yuan_plain(Money(12_850)), "128.50");
        assert_eq!(yuan_plain(Money(-305)), "-3.05");
        assert_eq!(yuan_short(Money(12_800)), "128");
        assert_eq!(yuan_short(Money(12_850)), "128.50");
        assert_eq!(yuan_short(Money(-5)), "-0.05");
        assert_eq!(percent_text(Bps(750)), "7.5");
        assert_eq!(
            parse_percent("100.5", Bps::FULL),
            Err(FieldProblem::NotAPercent)
        );
    }
}
