//! Usage the rep left blank, estimated from what the line costs a month (the
//! seeds' spend band, 消费区间: reps segment customers by spend and read
//! typical use from it), never taken as zero: a blank taken as zero made the
//! cheapest plan the one with the least in it ("19元基础套餐 ×3" for a family
//! paying ¥128, ¥88 and ¥58) and printed "国内 0 分钟 · 0.0 GB" as the
//! family's usage. Which quantities are estimated is the usage table's
//! (`UsageSpec::from_fee`); each estimated figure is marked on its line
//! (`Line::estimated`), so the card, the proposal and its conditions say so.
use crate::catalog::LineKind;
use crate::customer::{Customer, Line, Measure, Usage, UsageField};
use crate::money::Money;
use crate::text::Text;

/// A band of the spend table: lines paying less than `below` a month use
/// about `minutes` of domestic calls and `data_mb` of data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpendBand {
    pub below: Money,
    pub minutes: u32,
    pub data_mb: u32,
}

const fn band(below_yuan: i64, minutes: u32, gb: u32) -> SpendBand {
    SpendBand {
        below: Money(below_yuan * 100),
        minutes,
        data_mb: gb * 1024,
    }
}

/// Mobiles by monthly fee; the last band has no upper end (it takes any fee above).
pub const MOBILE_BANDS: [SpendBand; 7] = [
    band(30, 100, 3),
    band(50, 200, 5),
    band(80, 400, 10),
    band(100, 500, 20),
    band(150, 800, 30),
    band(250, 1_500, 60),
    band(i64::MAX / 100, 2_000, 100),
];

/// Landlines by monthly fee (local minutes; no data).
pub const LANDLINE_BANDS: [SpendBand; 4] = [
    band(30, 200, 0),
    band(60, 500, 0),
    band(100, 900, 0),
    band(i64::MAX / 100, 1_500, 0),
];

/// The band a line of `kind` paying `fee` a month is in; `None` for a kind
/// whose usage is not estimated (broadband: its speed is asked).
pub fn spend_band(kind: LineKind, fee: Money) -> Option<SpendBand> {
    let bands: &[SpendBand] = match kind {
        LineKind::Mobile => &MOBILE_BANDS,
        LineKind::Landline => &LANDLINE_BANDS,
        LineKind::Broadband => return None,
    };
    bands
        .iter()
        .copied()
        .find(|b| fee < b.below)
        .or(bands.last().copied())
}

/// The typical usage of a line of `kind` paying `fee` a month: the
/// quantities estimated from the fee (`UsageSpec::from_fee`) that its kind
/// has, the others zero.
pub fn typical_usage(kind: LineKind, fee: Money) -> Usage {
    let mut u = Usage::default();
    if let Some(b) = spend_band(kind, fee) {
        for f in estimable(kind) {
            match f.spec().measure {
                Measure::Data => f.set(&mut u, b.data_mb),
                _ => f.set(&mut u, b.minutes),
            }
        }
    }
    u
}

/// The quantities a line of `kind` has that are estimated when left blank.
pub fn estimable(kind: LineKind) -> impl Iterator<Item = UsageField> {
    UsageField::ALL
        .into_iter()
        .filter(move |f| f.spec().from_fee && f.applies_to(kind))
}

impl Line {
    /// Fills the quantities the rep left `blank` that are estimated from the
    /// fee (`UsageSpec::from_fee`), and marks them [`Line::estimated`]; a
    /// blank of any other quantity (long distance, calls to own lines) is none.
    pub fn estimate_blanks(&mut self, blank: &[UsageField]) {
        let typical = typical_usage(self.kind, self.current_monthly_fee);
        let from_fee: Vec<UsageField> = estimable(self.kind).collect();
        for &f in blank {
            if from_fee.contains(&f) {
                f.set(&mut self.usage, f.get(&typical));
                if !self.estimated.contains(&f) {
                    self.estimated.push(f);
                }
            } else {
                f.set(&mut self.usage, 0);
            }
        }
        self.estimated.sort();
    }

    /// "用量按每月 ¥128.00 估算：约 800 分钟、30 GB，请与客户核对": what the
    /// card and the proposal say of a line whose usage is estimated.
    pub fn estimate_words(&self) -> Option<Text> {
        if self.estimated.is_empty() {
            return None;
        }
        let parts: Vec<Text> = UsageField::ALL
            .into_iter()
            .filter(|f| self.estimated.contains(f))
            .map(|f| {
                let v = f.text(f.get(&self.usage));
                match f.spec().measure {
                    Measure::Data => Text::new(format!("{v} GB"), format!("{v} GB")),
                    _ => Text::new(format!("{v} 分钟"), format!("{v} minutes")),
                }
            })
            .collect();
        let join = |side: fn(&Text) -> &str, sep: &str| {
            parts.iter().map(side).collect::<Vec<_>>().join(sep)
        };
        let fee = self.current_monthly_fee;
        Some(Text::new(
            format!(
                "用量按每月 {} 估算：约 {}，请与客户核对",
                fee.format(crate::Lang::ZhCn),
                join(|t| &t.zh, "、")
            ),
            format!(
                "usage estimated from {} a month: about {}; check with the customer",
                fee.format(crate::Lang::En),
                join(|t| &t.en, ", ")
            ),
        ))
    }
}

/// The lines (1-based, as on the counter) whose usage is estimated.
pub fn estimated_lines(customer: &Customer) -> Vec<u32> {
    customer
        .lines
        .iter()
        .zip(1..)
        .filter(|(l, _)| !l.estimated.is_empty())
        .map(|(_, n)| n)
        .collect()
}

/// "#1、#3 的用量按月费估算，请与客户核对；用量不同，节省也不同（见用量区间）":
/// the notice above the proposals and in the proposal's conditions when any
/// line's usage is estimated.
pub fn estimate_notice(customer: &Customer) -> Option<Text> {
    let lines = estimated_lines(customer);
    if lines.is_empty() {
        return None;
    }
    let list = |sep: &str| {
        lines
            .iter()
            .map(|n| format!("#{n}"))
            .collect::<Vec<_>>()
            .join(sep)
    };
    Some(Text::new(
        format!(
            "{} 的用量按月费估算，请与客户核对；实际用量不同，节省也不同（见用量区间）",
            list("、")
        ),
        format!(
            "the usage of {} is estimated from the fee; check it with the customer: with other usage the saving differs (see the usage band)",
            list(", ")
        ),
    ))
}

/// The mark at an estimated line's usage in the proposal's table (its
/// words, `Line::estimate_words`, follow the table once).
pub fn row_mark() -> Text {
    Text::new("（估算）", " (estimated)")
}

/// The usage band's lead when usage is estimated: how much the pick depends on it.
pub fn band_lead() -> Text {
    Text::new("用量为估算，", "Usage estimated: ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::customer::LineOrigin;

    fn line(kind: LineKind, yuan: i64) -> Line {
        Line {
            kind,
            label: String::new(),
            current_monthly_fee: Money(yuan * 100),
            usage: Usage::default(),
            features: Vec::new(),
            wants_handset: None,
            origin: LineOrigin::ThisOperator,
            handset_mode: Default::default(),
            current_plan: String::new(),
            estimated: Vec::new(),
        }
    }

    #[test]
    fn a_blank_is_estimated_from_the_fee_never_zero() {
        let mut l = line(LineKind::Mobile, 128);
        l.estimate_blanks(&[
            UsageField::DomesticMin,
            UsageField::DataMb,
            UsageField::LongDistanceMin,
        ]);
        assert_eq!(l.usage.domestic_min, 800);
        assert_eq!(l.usage.data_mb, 30 * 1024);
        assert_eq!(l.usage.long_distance_min, 0);
        assert_eq!(
            l.estimated,
            vec![UsageField::DomesticMin, UsageField::DataMb]
        );
        let w = l.estimate_words().unwrap();
        assert_eq!(
            w.zh,
            "用量按每月 ¥128.00 估算：约 800 分钟、30 GB，请与客户核对"
        );
        assert_eq!(
            w.en,
            "usage estimated from ¥128.00 a month: about 800 minutes, 30 GB; check with the customer"
        );
    }

    #[test]
    fn a_typed_figure_is_kept_and_only_the_blank_one_is_estimated() {
        let mut l = line(LineKind::Mobile, 88);
        l.usage.domestic_min = 1_000;
        l.estimate_blanks(&[UsageField::DataMb]);
        assert_eq!(l.usage.domestic_min, 1_000);
        assert_eq!(l.usage.data_mb, 20 * 1024);
        assert_eq!(l.estimated, vec![UsageField::DataMb]);
        assert!(!l.estimate_words().unwrap().zh.contains("分钟"));
    }

    #[test]
    fn more_spend_means_more_usage_and_every_fee_has_a_band() {
        for (kind, bands) in [
            (LineKind::Mobile, &MOBILE_BANDS[..]),
            (LineKind::Landline, &LANDLINE_BANDS[..]),
        ] {
            for w in bands.windows(2) {
                assert!(w[0].below < w[1].below);
                assert!(w[0].minutes < w[1].minutes);
                assert!(w[0].data_mb <= w[1].data_mb);
            }
            assert!(spend_band(kind, Money(i64::MAX - 1)).is_some());
            assert!(spend_band(kind, Money::ZERO).is_some());
        }
        let landline = typical_usage(LineKind::Landline, Money(5_000));
        assert_eq!((landline.domestic_min, landline.data_mb), (500, 0));
        assert_eq!(
            typical_usage(LineKind::Broadband, Money(10_000)),
            Usage::default()
        );
    }

    #[test]
    fn the_notice_names_the_estimated_lines() {
        let mut a = line(LineKind::Mobile, 58);
        a.estimate_blanks(&[UsageField::DomesticMin]);
        let c = Customer {
            name: String::new(),
            segment: crate::customer::Segment::Family,
            tenure_months: 0,
            lines: vec![line(LineKind::Mobile, 10), a],
            account_features: Vec::new(),
            current_account_fee: Money::ZERO,
            contract: Default::default(),
        };
        assert_eq!(estimated_lines(&c), vec![2]);
        let n = estimate_notice(&c).unwrap();
        assert!(n.zh.starts_with("#2 的用量按月费估算"), "{}", n.zh);
        assert!(n.en.contains("usage of #2"), "{}", n.en);
    }
}
