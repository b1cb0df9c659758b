//! The intake as the rep types it: raw text per field, so a bad value stays
//! on screen with its message instead of silently becoming zero. `parse`
//! turns it into the engine's `Customer` and the errors, keyed by field id.
use std::collections::BTreeMap;

use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{Cluster, CurrentContract, Customer, Line, Segment, Usage};
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

/// Why a field's text is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required,
    NotAnAmount,
    NotAWholeNumber,
    NotANumber,
    TooLarge,
    NotAPercent,
}

/// Field id → what is wrong with it.
pub type FieldErrors = BTreeMap<String, FieldError>;

fn whole(text: &str, max: u32) -> Result<u32, FieldError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(0);
    }
    let n: u64 = t.parse().map_err(|_| FieldError::NotAWholeNumber)?;
    u32::try_from(n)
        .ok()
        .filter(|&n| n <= max)
        .ok_or(FieldError::TooLarge)
}

/// Gigabytes as typed ("15", "2.5") to MB (1 GB = 1024 MB), exactly.
fn gigabytes(text: &str) -> Result<u32, FieldError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(0);
    }
    let (w, f) = t.split_once('.').unwrap_or((t, ""));
    if f.len() > 2
        || !w.chars().chain(f.chars()).all(|c| c.is_ascii_digit())
        || (w.is_empty() && f.is_empty())
    {
        return Err(FieldError::NotANumber);
    }
    let whole: u64 = if w.is_empty() {
        0
    } else {
        w.parse().map_err(|_| FieldError::TooLarge)?
    };
    let hundredths: u64 = format!("{f:0<2}")
        .parse()
        .map_err(|_| FieldError::NotANumber)?;
    let mb = whole.saturating_mul(1024) + (hundredths * 1024 + 50) / 100;
    u32::try_from(mb)
        .ok()
        .filter(|&mb| mb <= 10_000_000)
        .ok_or(FieldError::TooLarge)
}

fn money(text: &str, required: bool) -> Result<Money, FieldError> {
    if text.trim().is_empty() {
        return if required {
            Err(FieldError::Required)
        } else {
            Ok(Money::ZERO)
        };
    }
    match Money::parse_yuan(text) {
        Ok(m) if m.0 < 0 => Err(FieldError::NotAnAmount),
        Ok(m) if m.0 > 10_000_000 => Err(FieldError::TooLarge),
        Ok(m) => Ok(m),
        Err(_) => Err(FieldError::NotAnAmount),
    }
}

impl IntakeDraft {
    /// The customer, when every field is accepted; the errors either way.
    pub fn parse(&self) -> (Option<Customer>, FieldErrors) {
        let mut errors = FieldErrors::new();
        let mut take = |id: String, r: Result<u32, FieldError>| {
            r.map_err(|e| errors.insert(id, e)).unwrap_or(0)
        };
        let tenure = take("tenure".into(), whole(&self.tenure_years, 100));
        let months_left = take("months-left".into(), whole(&self.months_left, 120));
        let mut lines = Vec::with_capacity(self.lines.len());
        for l in &self.lines {
            let id = |f| l.field_id(f);
            let minutes = take(id(LineField::Minutes), whole(&l.minutes, 100_000));
            let long_distance = take(
                id(LineField::LongDistance),
                whole(&l.long_distance, 100_000),
            );
            let data_mb = take(id(LineField::DataGb), gigabytes(&l.data_gb));
            let sms = take(id(LineField::Sms), whole(&l.sms, 100_000));
            let own = take(
                id(LineField::OwnCallsPct),
                whole(&l.own_calls_pct, 100).map_err(|_| FieldError::NotAPercent),
            );
            let speed = take(id(LineField::SpeedMbps), whole(&l.speed_mbps, 10_000));
            lines.push(Line {
                kind: l.kind,
                label: l.label.trim().to_string(),
                current_monthly_fee: Money::ZERO,
                usage: Usage {
                    domestic_min: minutes,
                    long_distance_min: long_distance,
                    data_mb,
                    sms,
                    own_calls: Bps(own * 100),
                    min_speed_mbps: speed,
                },
                features: Vec::new(),
                wants_handset: None,
            });
        }
        for (line, draft) in lines.iter_mut().zip(&self.lines) {
            match money(&draft.fee, true) {
                Ok(m) => line.current_monthly_fee = m,
                Err(e) => {
                    errors.insert(draft.field_id(LineField::Fee), e);
                }
            }
        }
        let exit_fee = money(&self.exit_fee, false)
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

fn fen_text(m: Money) -> String {
    if m.0 % 100 == 0 {
        (m.0 / 100).to_string()
    } else {
        format!("{}.{:02}", m.0 / 100, m.0 % 100)
    }
}

fn gb_text(mb: u32) -> String {
    let hundredths = (u64::from(mb) * 100 + 512) / 1024;
    if hundredths % 100 == 0 {
        (hundredths / 100).to_string()
    } else {
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
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
                fee: fen_text(l.current_monthly_fee),
                minutes: l.usage.domestic_min.to_string(),
                long_distance: l.usage.long_distance_min.to_string(),
                data_gb: gb_text(l.usage.data_mb),
                sms: l.usage.sms.to_string(),
                own_calls_pct: (l.usage.own_calls.0 / 100).to_string(),
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
                fen_text(c.contract.exit_fee)
            },
            next_id: lines.len() as u32,
            lines,
        }
    }
}
