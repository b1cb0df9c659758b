//! Every figure a screen writes into a field reads back to the same figure:
//! parse(format(x)) = x for yuan, data, counts and percentages, in ASCII and
//! in the full-width forms of a Chinese input method.
use proposal_engine::figures::{
    data_text, parse_count, parse_data, parse_percent, parse_yuan, percent_text, yuan_plain,
    yuan_short, DataUnit,
};
use proposal_engine::{Bps, Money};
use proptest::prelude::*;

/// What a Chinese input method types for `ascii`: every printable ASCII
/// character in its full-width form (`１２８．５`, `－`, `％`, `ＧＢ`).
fn full_width(ascii: &str) -> String {
    ascii
        .chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(c as u32 + 0xfee0).unwrap(),
            c => c,
        })
        .collect()
}

/// The same, with the decimal point typed as the `.` key gives in Chinese
/// mode (`。`) and the whole part grouped by `，` in threes.
fn chinese_mode(ascii: &str) -> String {
    let (sign, rest) = ascii.split_at(usize::from(ascii.starts_with('-')));
    let n = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, tail) = rest.split_at(n);
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    full_width(&format!("{sign}{grouped}{tail}")).replace('．', "。")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn yuan_reads_back(fen in -10_000_000_000i64..10_000_000_000) {
        let m = Money(fen);
        prop_assert_eq!(parse_yuan(&yuan_plain(m)), Ok(m));
        prop_assert_eq!(parse_yuan(&yuan_short(m)), Ok(m));
        prop_assert_eq!(parse_yuan(&full_width(&yuan_plain(m))), Ok(m));
        prop_assert_eq!(parse_yuan(&chinese_mode(&yuan_plain(m))), Ok(m));
        prop_assert_eq!(parse_yuan(&m.format(proposal_engine::Lang::ZhCn)), Ok(m));
    }

    #[test]
    fn data_reads_back_in_either_unit(mb in 0u32..=10_000_000) {
        for unit in [DataUnit::Gb, DataUnit::Mb] {
            prop_assert_eq!(parse_data(&data_text(mb, unit), unit), Ok(mb));
            prop_assert_eq!(parse_data(&full_width(&data_text(mb, unit)), unit), Ok(mb));
            prop_assert_eq!(parse_data(&chinese_mode(&data_text(mb, unit)), unit), Ok(mb));
        }
    }

    #[test]
    fn typed_gb_is_the_nearest_mb(thousandths in 0u64..10_000_000) {
        let text = format!("{}.{:03}", thousandths / 1000, thousandths % 1000);
        let mb = parse_data(&text, DataUnit::Gb).unwrap();
        // Within half an MB of the exact amount: |mb*1000 - t*1024| <= 500.
        prop_assert!((i128::from(mb) * 1000 - i128::from(thousandths) * 1024).abs() <= 500);
    }

    #[test]
    fn counts_read_back(n in 0u32..=1_000_000) {
        prop_assert_eq!(parse_count(&n.to_string(), 1_000_000), Ok(n));
        prop_assert_eq!(parse_count(&full_width(&n.to_string()), 1_000_000), Ok(n));
        prop_assert_eq!(parse_count(&chinese_mode(&n.to_string()), 1_000_000), Ok(n));
    }

    #[test]
    fn percentages_read_back(bps in 0u32..=10_000) {
        let b = Bps(bps);
        prop_assert_eq!(parse_percent(&percent_text(b), Bps::FULL), Ok(b));
        prop_assert_eq!(parse_percent(&b.format(proposal_engine::Lang::En), Bps::FULL), Ok(b));
        prop_assert_eq!(parse_percent(&full_width(&percent_text(b)), Bps::FULL), Ok(b));
        prop_assert_eq!(parse_percent(&full_width(&b.format(proposal_engine::Lang::En)), Bps::FULL), Ok(b));
        prop_assert_eq!(parse_percent(&full_width(&percent_text(b)).replace('．', "。"), Bps::FULL), Ok(b));
    }
}
