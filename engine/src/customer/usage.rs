//! A line's monthly usage, and every usage quantity declared once
//! ([`UsageField`] and its [`UsageSpec`]): its key, how it is typed and
//! shown, the words screens and the proposal use, which line kinds have it,
//! its campaign-CSV column, its link code, its limit, and what a plan's
//! allowance and rates hold of it. The counter, the CLI, the link, the
//! editor's allowance form, validation and the proposal's rows iterate over
//! [`UsageField::ALL`]; a new quantity is a field of [`Usage`], a variant
//! here, and a compile error in [`UsageField::spec`] asking for the rest.
use serde::{Deserialize, Serialize};

use crate::catalog::{Allowance, LineKind, Rates};
use crate::figures::limits::{MAX_DATA_MB, MAX_MINUTES, MAX_OWN_CALLS, MAX_SMS, MAX_SPEED_MBPS};
use crate::figures::{
    blank_is_zero, data_text, gb_shown, parse_count, parse_data, parse_percent, percent_text,
    DataUnit, FieldProblem,
};
use crate::money::{Bps, Money};
use crate::text::Text;

/// A line's monthly usage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Usage {
    pub domestic_min: u32,
    pub long_distance_min: u32,
    pub data_mb: u32,
    pub sms: u32,
    /// Share of calls to the customer's own lines (free inside some bundles).
    pub own_calls: Bps,
    /// Broadband: the speed the customer needs at least (Mbps).
    pub min_speed_mbps: u32,
}

impl Usage {
    /// This usage scaled by `percent` (e.g. 70 or 130), rounded half-up: the
    /// low and high ends of the band customers misjudge their usage by.
    /// Only the quantities that [`UsageSpec::scales`] move.
    pub fn scaled(self, percent: u32) -> Usage {
        let mut out = self;
        for f in UsageField::ALL.into_iter().filter(|f| f.spec().scales) {
            let v = f.get(&self);
            let s = (u64::from(v) * u64::from(percent) + 50) / 100;
            f.set(&mut out, s.min(u64::from(u32::MAX)) as u32);
        }
        out
    }
}

/// One usage quantity of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UsageField {
    DomesticMin,
    LongDistanceMin,
    DataMb,
    Sms,
    OwnCalls,
    MinSpeedMbps,
}

/// `(zh-CN, en)`; in templates `{}` is the figure.
pub type Words = (&'static str, &'static str);

/// How a quantity is typed and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Minutes,
    /// Stored in MB, typed and shown in GB (up to three decimals).
    Data,
    /// Messages.
    Count,
    /// A share, stored in basis points, typed as a percentage.
    Percent,
    Mbps,
}

/// What a plan charges for a quantity beyond its allowance.
#[derive(Clone, Copy)]
pub enum RateSlot {
    /// Always billed at this rate.
    Always(fn(&mut Rates) -> &mut Money),
    /// Billed apart only when set; unset, the usage counts as domestic minutes.
    Apart(fn(&mut Rates) -> &mut Option<Money>),
}

/// A quantity plans include some of, and charge for beyond it.
#[derive(Clone, Copy)]
pub struct Metered {
    /// The allowance's field (its key is the usage key).
    pub included: fn(&mut Allowance) -> &mut u32,
    /// The editor's label and unit of the allowance field.
    pub label: Words,
    pub unit: Words,
    /// What an allowance of it reads as in the proposal.
    pub words: Words,
    /// The rate's key in `Rates`, its field, label and unit.
    pub rate_key: &'static str,
    pub rate: RateSlot,
    pub rate_label: Words,
    pub rate_unit: Words,
}

/// Everything about one quantity, declared once.
#[derive(Clone, Copy)]
pub struct UsageSpec {
    /// The field of `Usage` (JSON, problem paths) and of `Allowance`.
    pub key: &'static str,
    /// The campaign CSV's column.
    pub csv: &'static str,
    /// The code in a share link (never reused).
    pub code: u8,
    pub field: fn(&mut Usage) -> &mut u32,
    pub measure: Measure,
    /// The counter's label and unit.
    pub label: Words,
    pub unit: Words,
    pub kinds: &'static [LineKind],
    /// Asked on the counter's line card.
    pub asked: bool,
    /// A new line of a kind that has it starts at this (unless `from_fee`).
    pub preset: u32,
    /// Left blank, it is estimated from the line's fee (the spend band,
    /// `customer::estimate`), never taken as zero; a new line starts blank.
    pub from_fee: bool,
    /// Moves with the ±30% usage band.
    pub scales: bool,
    /// One tap of a stepper for it (the customer's phone): 50 minutes, 1 GB,
    /// 10 messages; the stepper moves to the next multiple of it.
    pub step: u32,
    pub max: u32,
    /// The problem when above `max`.
    pub too_much: [&'static str; 2],
    /// The proposal's words for it on a line of the given kind.
    pub situation: fn(LineKind) -> Option<Words>,
    pub metered: Option<Metered>,
}

const CALLS: &[LineKind] = &[LineKind::Mobile, LineKind::Landline];
const MOBILE: &[LineKind] = &[LineKind::Mobile];

impl UsageField {
    /// Every quantity, in the campaign CSV's and the line card's order.
    pub const ALL: [UsageField; 6] = [
        UsageField::DomesticMin,
        UsageField::LongDistanceMin,
        UsageField::DataMb,
        UsageField::Sms,
        UsageField::OwnCalls,
        UsageField::MinSpeedMbps,
    ];

    pub fn spec(self) -> UsageSpec {
        match self {
            UsageField::DomesticMin => UsageSpec {
                key: "domestic_min",
                csv: "domestic_min",
                code: 0,
                field: |u| &mut u.domestic_min,
                measure: Measure::Minutes,
                label: ("国内通话", "Domestic calls"),
                unit: ("分钟", "min"),
                kinds: CALLS,
                asked: true,
                preset: 0,
                from_fee: true,
                scales: true,
                step: 50,
                max: MAX_MINUTES,
                too_much: ["每月最多 100,000 分钟", "at most 100,000 minutes a month"],
                situation: |k| {
                    Some(match k {
                        LineKind::Landline => ("本地 {} 分钟", "{} min local"),
                        _ => ("国内 {} 分钟", "{} min domestic"),
                    })
                },
                metered: Some(Metered {
                    included: |a| &mut a.domestic_min,
                    label: ("国内通话", "Domestic minutes"),
                    unit: ("分钟", "min"),
                    words: ("国内通话 {} 分钟", "{} min domestic"),
                    rate_key: "domestic_per_min",
                    rate: RateSlot::Always(|r| &mut r.domestic_per_min),
                    rate_label: ("超出通话单价", "Domestic rate beyond"),
                    rate_unit: ("元/分钟", "yuan/min"),
                }),
            },
            UsageField::LongDistanceMin => UsageSpec {
                key: "long_distance_min",
                csv: "long_distance_min",
                code: 1,
                field: |u| &mut u.long_distance_min,
                measure: Measure::Minutes,
                label: ("长途", "Long distance"),
                unit: ("分钟", "min"),
                kinds: CALLS,
                asked: true,
                preset: 0,
                from_fee: false,
                scales: true,
                step: 50,
                max: MAX_MINUTES,
                too_much: ["每月最多 100,000 分钟", "at most 100,000 minutes a month"],
                situation: |_| Some(("长途 {} 分钟", "{} min long distance")),
                metered: Some(Metered {
                    included: |a| &mut a.long_distance_min,
                    label: ("长途通话", "Long-distance minutes"),
                    unit: ("分钟", "min"),
                    words: ("长途 {} 分钟", "{} min long distance"),
                    rate_key: "long_distance_per_min",
                    rate: RateSlot::Apart(|r| &mut r.long_distance_per_min),
                    rate_label: ("长途单价", "Long-distance rate"),
                    rate_unit: ("元/分钟", "yuan/min"),
                }),
            },
            UsageField::DataMb => UsageSpec {
                key: "data_mb",
                csv: "data_gb",
                code: 2,
                field: |u| &mut u.data_mb,
                measure: Measure::Data,
                label: ("流量", "Data"),
                unit: ("GB", "GB"),
                kinds: MOBILE,
                asked: true,
                preset: 0,
                from_fee: true,
                scales: true,
                step: 1024,
                max: MAX_DATA_MB,
                too_much: ["每月最多 10,000 GB", "at most 10,000 GB a month"],
                situation: |_| Some(("{} GB", "{} GB")),
                metered: Some(Metered {
                    included: |a| &mut a.data_mb,
                    label: ("流量", "Data"),
                    unit: ("MB", "MB"),
                    words: ("流量 {} GB", "{} GB data"),
                    rate_key: "data_per_mb",
                    rate: RateSlot::Always(|r| &mut r.data_per_mb),
                    rate_label: ("超出流量单价", "Data rate beyond"),
                    rate_unit: ("元/MB", "yuan/MB"),
                }),
            },
            UsageField::Sms => UsageSpec {
                key: "sms",
                csv: "sms",
                code: 3,
                field: |u| &mut u.sms,
                measure: Measure::Count,
                label: ("短信", "SMS"),
                unit: ("条", "msgs"),
                kinds: MOBILE,
                // Asked at the counter (issue 15); blank is none.
                asked: true,
                preset: 0,
                from_fee: false,
                scales: true,
                step: 10,
                max: MAX_SMS,
                too_much: [
                    "每月最多 100,000 条短信",
                    "at most 100,000 messages a month",
                ],
                situation: |_| Some(("短信 {} 条", "{} SMS")),
                metered: Some(Metered {
                    included: |a| &mut a.sms,
                    label: ("短信", "SMS"),
                    unit: ("条", "SMS"),
                    words: ("短信 {} 条", "{} SMS"),
                    rate_key: "sms_each",
                    rate: RateSlot::Always(|r| &mut r.sms_each),
                    rate_label: ("超出短信单价", "SMS rate beyond"),
                    rate_unit: ("元/条", "yuan/SMS"),
                }),
            },
            UsageField::OwnCalls => UsageSpec {
                key: "own_calls",
                csv: "own_calls_pct",
                code: 4,
                field: |u| &mut u.own_calls.0,
                measure: Measure::Percent,
                label: ("打给自家号码", "Calls to own lines"),
                unit: ("%", "%"),
                kinds: CALLS,
                asked: true,
                preset: 0,
                from_fee: false,
                scales: false,
                step: 1_000,
                max: MAX_OWN_CALLS.0,
                too_much: ["不能超过 100%", "must be at most 100%"],
                situation: |_| None,
                metered: None,
            },
            UsageField::MinSpeedMbps => UsageSpec {
                key: "min_speed_mbps",
                csv: "min_speed_mbps",
                code: 5,
                field: |u| &mut u.min_speed_mbps,
                measure: Measure::Mbps,
                label: ("需要带宽", "Speed needed"),
                unit: ("Mbps", "Mbps"),
                kinds: &[LineKind::Broadband],
                asked: true,
                preset: 300,
                from_fee: false,
                scales: false,
                step: 100,
                max: MAX_SPEED_MBPS,
                too_much: ["最多 10,000 Mbps", "at most 10,000 Mbps"],
                situation: |_| Some(("需 {} Mbps", "needs {} Mbps")),
                metered: None,
            },
        }
    }

    pub fn key(self) -> &'static str {
        self.spec().key
    }

    /// The quantity whose [`UsageSpec::key`] is `key`.
    pub fn from_key(key: &str) -> Option<UsageField> {
        UsageField::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The quantity of a share link's `code`.
    pub fn from_code(code: u8) -> Option<UsageField> {
        UsageField::ALL.into_iter().find(|f| f.spec().code == code)
    }

    pub fn get(self, usage: &Usage) -> u32 {
        let mut u = *usage;
        *(self.spec().field)(&mut u)
    }

    pub fn set(self, usage: &mut Usage, value: u32) {
        *(self.spec().field)(usage) = value;
    }

    /// A line of `kind` has this quantity.
    pub fn applies_to(self, kind: LineKind) -> bool {
        self.spec().kinds.contains(&kind)
    }

    /// What a new line of `kind` starts with.
    pub fn preset(self, kind: LineKind) -> u32 {
        if self.applies_to(kind) {
            self.spec().preset
        } else {
            0
        }
    }

    /// `value` moved by one stepper tap ([`UsageSpec::step`]) up (`up`) or
    /// down, to the next multiple of the step, within 0..=max.
    pub fn stepped(self, value: u32, up: bool) -> u32 {
        let spec = self.spec();
        let step = spec.step.max(1);
        let next = if up {
            (value / step).saturating_add(1).saturating_mul(step)
        } else {
            value.saturating_sub(1) / step * step
        };
        if up {
            next.min(spec.max)
        } else {
            next.min(value)
        }
    }

    /// Reads the figure as the rep types it (blank is zero), within its limit.
    pub fn parse(self, text: &str) -> Result<u32, FieldProblem> {
        let max = self.spec().max;
        blank_is_zero(text, |t| match self.spec().measure {
            Measure::Minutes | Measure::Count | Measure::Mbps => parse_count(t, max),
            Measure::Data => parse_data(t, DataUnit::Gb).and_then(|mb| {
                if mb > max {
                    Err(FieldProblem::TooLarge)
                } else {
                    Ok(mb)
                }
            }),
            Measure::Percent => parse_percent(t, Bps(max)).map(|b| b.0),
        })
    }

    /// The figure as typed: reads back with [`UsageField::parse`].
    pub fn text(self, value: u32) -> String {
        match self.spec().measure {
            Measure::Minutes | Measure::Count | Measure::Mbps => value.to_string(),
            Measure::Data => data_text(value, DataUnit::Gb),
            Measure::Percent => percent_text(Bps(value)),
        }
    }

    /// The figure in a sentence (`2.5` GB, `800` minutes).
    pub fn shown(self, value: u32) -> String {
        match self.spec().measure {
            Measure::Data => gb_shown(value),
            _ => self.text(value),
        }
    }

    /// `words` with the figure `value` in both languages.
    pub fn fill(self, words: Words, value: u32) -> Text {
        let v = self.shown(value);
        Text::new(words.0.replacen("{}", &v, 1), words.1.replacen("{}", &v, 1))
    }

    /// The allowance's part of it, when plans include some.
    pub fn included(self, allowance: &Allowance) -> Option<u32> {
        let mut a = *allowance;
        self.spec().metered.map(|m| *(m.included)(&mut a))
    }

    /// The rate beyond the allowance: `None` when it has none, or when it
    /// is billed as domestic minutes (an unset `Apart` rate).
    pub fn rate(self, rates: &Rates) -> Option<Money> {
        let mut r = *rates;
        match self.spec().metered?.rate {
            RateSlot::Always(f) => Some(*f(&mut r)),
            RateSlot::Apart(f) => *f(&mut r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Link codes are the positions 0..n (the link writes values by
    /// position), keys and columns are unique, and get reads what set wrote.
    #[test]
    fn the_usage_table_is_consistent() {
        for (i, f) in UsageField::ALL.into_iter().enumerate() {
            assert_eq!(UsageField::from_code(i as u8), Some(f), "code {i}");
            assert_eq!(UsageField::from_key(f.key()), Some(f));
            let csv = UsageField::ALL
                .iter()
                .filter(|g| g.spec().csv == f.spec().csv);
            assert_eq!(csv.count(), 1, "{:?}", f);
            let mut u = Usage::default();
            f.set(&mut u, 7);
            assert_eq!(f.get(&u), 7);
            assert_eq!(f.parse(&f.text(1_500)), Ok(1_500), "{f:?}");
            let step = f.spec().step;
            assert!(
                step > 0 && step <= f.spec().max / 10,
                "{f:?}: a step that fits"
            );
            assert_eq!(f.stepped(0, true), step);
            assert_eq!(
                f.stepped(step * 3 + 1, false),
                step * 3,
                "{f:?}: down to a multiple"
            );
            assert_eq!(f.stepped(step * 3, false), step * 2);
            assert_eq!(f.stepped(0, false), 0);
            assert_eq!(f.stepped(f.spec().max, true), f.spec().max);
        }
        // Every field of `Usage` is in `ALL` (a variant left out of it fails here).
        let stored = serde_json::to_value(Usage::default()).unwrap();
        let keys: Vec<&String> = stored.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), UsageField::ALL.len(), "{keys:?}");
        assert!(
            keys.iter().all(|k| UsageField::from_key(k).is_some()),
            "{keys:?}"
        );
    }
}
