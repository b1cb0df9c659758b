//! The intake as the rep types it: raw text per field, so a bad value stays
//! on screen with its message instead of silently becoming zero. `parse`
//! turns it into the engine's `Customer` and the errors, keyed by field id.
use std::collections::BTreeMap;

use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{Cluster, CurrentContract, Customer, Line, Segment, Usage};
use proposal_engine::figures::limits::{
    data_within, MAX_EXIT_FEE, MAX_LINE_FEE, MAX_MINUTES, MAX_MONTHS, MAX_OWN_CALLS, MAX_SMS,
    MAX_SPEED_MBPS, MAX_TENURE_YEARS,
};
use proposal_engine::figures::{
    blank_is_zero, data_text, parse_count, parse_data, parse_fee, parse_percent, percent_text,
    yuan_short, DataUnit, FieldProblem,
};
use proposal_engine::{Bps, Money};
use serde::{Deserialize, Serialize};

/// The four customer types the counter distinguishes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SegmentChoice {
    #[default]
    Individual,
    Family,
    Business,
    KeyAccount,
}

/// Which field of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineField {
    Label,
    Fee,
    Minutes,
    LongDistance,
    DataGb,
    Sms,
    OwnCallsPct,
    SpeedMbps,
}

/// One line as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineDraft {
    /// Stable across edits and removals (the list key, the field ids).
    pub id: u32,
    pub kind: LineKind,
    pub label: String,
    pub fee: String,
    pub minutes: String,
    pub long_distance: String,
    pub data_gb: String,
    pub sms: String,
    pub own_calls_pct: String,
    pub speed_mbps: String,
}

impl LineDraft {
    pub fn new(id: u32, kind: LineKind) -> LineDraft {
        LineDraft {
            id,
            kind,
            label: String::new(),
            fee: String::new(),
            minutes: "0".into(),
            long_distance: "0".into(),
            data_gb: "0".into(),
            sms: "0".into(),
            own_calls_pct: "0".into(),
            speed_mbps: if kind == LineKind::Broadband {
                "300".into()
            } else {
                "0".into()
            },
        }
    }

    pub fn get(&self, field: LineField) -> &str {
        match field {
            LineField::Label => &self.label,
            LineField::Fee => &self.fee,
            LineField::Minutes => &self.minutes,
            LineField::LongDistance => &self.long_distance,
            LineField::DataGb => &self.data_gb,
            LineField::Sms => &self.sms,
            LineField::OwnCallsPct => &self.own_calls_pct,
            LineField::SpeedMbps => &self.speed_mbps,
        }
    }

    pub fn set(&mut self, field: LineField, value: String) {
        *match field {
            LineField::Label => &mut self.label,
            LineField::Fee => &mut self.fee,
            LineField::Minutes => &mut self.minutes,
            LineField::LongDistance => &mut self.long_distance,
            LineField::DataGb => &mut self.data_gb,
            LineField::Sms => &mut self.sms,
            LineField::OwnCallsPct => &mut self.own_calls_pct,
            LineField::SpeedMbps => &mut self.speed_mbps,
        } = value;
    }

    /// The id of one of this line's inputs (also its error's key).
    pub fn field_id(&self, field: LineField) -> String {
        format!("line-{}-{field:?}", self.id)
    }
}

/// The whole intake as typed. Fields missing from an older saved session
/// take their defaults, so an upgrade never loses the rep's work.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeDraft {
    pub name: String,
    pub segment: SegmentChoice,
    pub cluster: Option<Cluster>,
    /// The business's industry (餐饮, 物业, 物流 ...), for the proposal.
    pub industry: String,
    pub tenure_years: String,
    pub months_left: String,
    pub exit_fee: String,
    pub lines: Vec<LineDraft>,
    pub next_id: u32,
}

/// Field id → what is wrong with it (the engine's bilingual problem).
pub type FieldErrors = BTreeMap<String, FieldProblem>;

/// Data typed in GB (the engine's one rule: up to three decimals): blank is 0.
fn data_gb(text: &str) -> Result<u32, FieldProblem> {
    blank_is_zero(text, |t| parse_data(t, DataUnit::Gb)).and_then(data_within)
}

/// A count typed at the counter (minutes, messages, years): blank is 0.
fn count(text: &str, max: u32) -> Result<u32, FieldProblem> {
    blank_is_zero(text, |t| parse_count(t, max))
}

impl IntakeDraft {
    /// The customer, when every field is accepted; the errors either way.
    pub fn parse(&self) -> (Option<Customer>, FieldErrors) {
        let mut errors = FieldErrors::new();
        let mut take = |id: String, r: Result<u32, FieldProblem>| {
            r.map_err(|e| errors.insert(id, e)).unwrap_or(0)
        };
        let tenure = take("tenure".into(), count(&self.tenure_years, MAX_TENURE_YEARS));
        let months_left = take("months-left".into(), count(&self.months_left, MAX_MONTHS));
        let mut lines = Vec::with_capacity(self.lines.len());
        for l in &self.lines {
            let id = |f| l.field_id(f);
            let minutes = take(id(LineField::Minutes), count(&l.minutes, MAX_MINUTES));
            let long_distance = take(
                id(LineField::LongDistance),
                count(&l.long_distance, MAX_MINUTES),
            );
            let data_mb = take(id(LineField::DataGb), data_gb(&l.data_gb));
            let sms = take(id(LineField::Sms), count(&l.sms, MAX_SMS));
            let own = take(
                id(LineField::OwnCallsPct),
                blank_is_zero(&l.own_calls_pct, |t| parse_percent(t, MAX_OWN_CALLS)).map(|b| b.0),
            );
            let speed = take(
                id(LineField::SpeedMbps),
                count(&l.speed_mbps, MAX_SPEED_MBPS),
            );
            lines.push(Line {
                kind: l.kind,
                label: l.label.trim().to_string(),
                current_monthly_fee: Money::ZERO,
                usage: Usage {
                    domestic_min: minutes,
                    long_distance_min: long_distance,
                    data_mb,
                    sms,
                    own_calls: Bps(own),
                    min_speed_mbps: speed,
                },
                features: Vec::new(),
                wants_handset: None,
                origin: Default::default(),
            });
        }
        for (line, draft) in lines.iter_mut().zip(&self.lines) {
            match parse_fee(&draft.fee, MAX_LINE_FEE) {
                Ok(m) => line.current_monthly_fee = m,
                Err(e) => {
                    errors.insert(draft.field_id(LineField::Fee), e);
                }
            }
        }
        let exit_fee = blank_is_zero(&self.exit_fee, |t| parse_fee(t, MAX_EXIT_FEE))
            .map_err(|e| errors.insert("exit-fee".into(), e))
            .unwrap_or_default();
        if !errors.is_empty() || lines.is_empty() {
            return (None, errors);
        }
        let cluster = self.cluster.unwrap_or(Cluster::Other);
        let segment = match self.segment {
            SegmentChoice::Individual => Segment::Individual,
            SegmentChoice::Family => Segment::Family,
            SegmentChoice::Business => Segment::Business {
                cluster,
                industry: self.industry.trim().to_string(),
            },
            SegmentChoice::KeyAccount => Segment::KeyAccount {
                industry: self.industry.trim().to_string(),
            },
        };
        let customer = Customer {
            name: self.name.trim().to_string(),
            segment,
            tenure_months: tenure * 12,
            lines,
            account_features: Vec::new(),
            current_account_fee: Money::ZERO,
            contract: CurrentContract {
                months_left,
                exit_fee,
            },
        };
        (Some(customer), errors)
    }
}

impl IntakeDraft {
    /// The draft that parses back to `c` (opening a shared link at the counter).
    pub fn from_customer(c: &Customer) -> IntakeDraft {
        let (segment, cluster, industry) = match &c.segment {
            Segment::Individual => (SegmentChoice::Individual, None, String::new()),
            Segment::Family => (SegmentChoice::Family, None, String::new()),
            Segment::Business { cluster, industry } => {
                (SegmentChoice::Business, Some(*cluster), industry.clone())
            }
            Segment::KeyAccount { industry } => (SegmentChoice::KeyAccount, None, industry.clone()),
        };
        let lines: Vec<LineDraft> = c
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| LineDraft {
                id: i as u32,
                kind: l.kind,
                label: l.label.clone(),
                fee: yuan_short(l.current_monthly_fee),
                minutes: l.usage.domestic_min.to_string(),
                long_distance: l.usage.long_distance_min.to_string(),
                data_gb: data_text(l.usage.data_mb, DataUnit::Gb),
                sms: l.usage.sms.to_string(),
                own_calls_pct: percent_text(l.usage.own_calls),
                speed_mbps: l.usage.min_speed_mbps.to_string(),
            })
            .collect();
        IntakeDraft {
            name: c.name.clone(),
            segment,
            cluster,
            industry,
            tenure_years: (c.tenure_months / 12).to_string(),
            months_left: c.contract.months_left.to_string(),
            exit_fee: if c.contract.exit_fee.0 == 0 {
                String::new()
            } else {
                yuan_short(c.contract.exit_fee)
            },
            next_id: lines.len() as u32,
            lines,
        }
    }
}
