//! Data allowances and usage: stored as whole MB, typed and shown as GB
//! (1 GB = 1,024 MB). The one rule for typed GB: at most three decimals,
//! rounded half-up to the MB (`2.125` GB is 2,176 MB). A figure with no
//! such GB form (1 MB) is written and read as `1 MB`.
use super::{ungrouped, FieldProblem};
use crate::money::parse::{scaled, NotDecimal};

/// What a bare number in a field means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataUnit {
    /// The counter and the customer list: `2.5` is 2.5 GB.
    Gb,
    /// The package tables: `30720` is MB; `30 GB` still reads as GB.
    Mb,
}

/// Data as typed, to MB: `2.5` (in `unit`), `2.5 GB`, `2.5G`, `512 MB`,
/// `512M`. Blank is [`FieldProblem::Required`].
pub fn parse_data(text: &str, unit: DataUnit) -> Result<u32, FieldProblem> {
    let t = ungrouped(text).to_ascii_lowercase();
    if t.is_empty() {
        return Err(FieldProblem::Required);
    }
    let bad = || FieldProblem::NotData(unit);
    let (number, gb) = if let Some(n) = t.strip_suffix("gb").or_else(|| t.strip_suffix('g')) {
        (n, true)
    } else if let Some(n) = t.strip_suffix("mb").or_else(|| t.strip_suffix('m')) {
        (n, false)
    } else {
        (t.as_str(), unit == DataUnit::Gb)
    };
    let number = number.trim();
    let too_large = || FieldProblem::TooLarge;
    if !gb {
        if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        return number.parse().map_err(|_| too_large());
    }
    let thousandths = scaled(number, 3).map_err(|e| match e {
        NotDecimal::Overflow => too_large(),
        _ => bad(),
    })?;
    let mb = thousandths
        .checked_mul(1024)
        .map(|x| (x + 500) / 1000)
        .ok_or_else(too_large)?;
    u32::try_from(mb).map_err(|_| too_large())
}

/// `mb` as text that [`parse_data`] reads back to exactly `mb`: the shortest
/// GB form (`2`, `2.5`, `1.465`) in a GB field, else `1 MB`; the MB in an
/// MB field.
pub fn data_text(mb: u32, unit: DataUnit) -> String {
    if unit == DataUnit::Mb {
        return mb.to_string();
    }
    // The thousandths of a GB nearest to mb, then the shortest that reads back.
    let t = (u64::from(mb) * 1000 + 512) / 1024;
    for places in 0..=3u32 {
        let step = 10u64.pow(3 - places);
        for candidate in [t / step * step, (t / step + 1) * step] {
            if (candidate * 1024 + 500) / 1000 == u64::from(mb) {
                let (w, f) = (candidate / 1000, candidate % 1000);
                return match places {
                    0 => w.to_string(),
                    p => format!("{w}.{:0width$}", f / step, width = p as usize),
                };
            }
        }
    }
    format!("{mb} MB")
}

/// MB as GB with one decimal (1,536 MB is `1.5`), half-up: how documents and
/// explanations show data.
pub fn gb_shown(mb: u32) -> String {
    let tenths = (u64::from(mb) * 10 + 512) / 1024;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// What `mb` is in GB, beside an MB field: `= 30 GB`, `≈ 1.5 GB`; nothing
/// under 1 GB.
pub fn gb_note(mb: u32) -> Option<String> {
    if mb < 1024 {
        None
    } else if mb.is_multiple_of(1024) {
        Some(format!("= {} GB", mb / 1024))
    } else {
        Some(format!("≈ {} GB", gb_shown(mb)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_for_typed_gb() {
        assert_eq!(parse_data("2.125", DataUnit::Gb), Ok(2_176));
        assert_eq!(parse_data("2.5", DataUnit::Gb), Ok(2_560));
        assert_eq!(parse_data(".5", DataUnit::Gb), Ok(512));
        assert_eq!(parse_data("1.465", DataUnit::Gb), Ok(1_500));
        assert_eq!(parse_data("30 GB", DataUnit::Mb), Ok(30_720));
        assert_eq!(parse_data("1.5G", DataUnit::Mb), Ok(1_536));
        assert_eq!(parse_data("30720", DataUnit::Mb), Ok(30_720));
        assert_eq!(parse_data("512 MB", DataUnit::Gb), Ok(512));
        assert_eq!(parse_data("512m", DataUnit::Gb), Ok(512));
        for bad in ["x", "1.2345", ".", "-1", "1.5 MB", "1,5", "GB"] {
            assert!(parse_data(bad, DataUnit::Gb).is_err(), "{bad}");
        }
        assert_eq!(parse_data("", DataUnit::Gb), Err(FieldProblem::Required));
        assert!(matches!(
            parse_data("99999999", DataUnit::Gb),
            Err(FieldProblem::TooLarge)
        ));
    }

    #[test]
    fn written_data_reads_back_exactly() {
        assert_eq!(data_text(2_048, DataUnit::Gb), "2");
        assert_eq!(data_text(2_560, DataUnit::Gb), "2.5");
        assert_eq!(data_text(1_500, DataUnit::Gb), "1.465");
        assert_eq!(data_text(0, DataUnit::Gb), "0");
        assert_eq!(data_text(1_500, DataUnit::Mb), "1500");
        let no_gb_form = (0..5_000)
            .find(|&mb| data_text(mb, DataUnit::Gb).ends_with("MB"))
            .expect("some MB have no three-decimal GB form");
        assert_eq!(
            parse_data(&data_text(no_gb_form, DataUnit::Gb), DataUnit::Gb),
            Ok(no_gb_form)
        );
    }

    #[test]
    fn shown_gb_has_one_decimal() {
        assert_eq!(gb_shown(1_536), "1.5");
        assert_eq!(gb_shown(30_720), "30.0");
        assert_eq!(gb_note(30_720).as_deref(), Some("= 30 GB"));
        assert_eq!(gb_note(1_536).as_deref(), Some("≈ 1.5 GB"));
        assert_eq!(gb_note(512), None);
    }
}
