//! The intake as the rep types it: raw text per field, so a bad value stays
//! on screen with its message instead of silently becoming zero. `parse`
//! turns it into the engine's `Customer` and the errors, keyed by field id.
use std::collections::BTreeMap;

use proposal_engine::catalog::{Catalog, ItemId, LineKind};
use proposal_engine::customer::{
    feature_problem, handset_problem, Cluster, CurrentContract, Customer, HandsetMode, Line,
    LineOrigin, Segment, Usage, UsageField,
};
use proposal_engine::figures::limits::fee_warning;
use proposal_engine::figures::limits::MAX_ACCOUNT_FEE;
use proposal_engine::figures::limits::{MAX_EXIT_FEE, MAX_LINE_FEE, MAX_MONTHS, MAX_TENURE_YEARS};
use proposal_engine::figures::{
    blank_is_zero, normalize, parse_count, parse_fee, parse_line_count, yuan_short, FieldProblem,
};
use proposal_engine::{Money, Text};
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
    /// How many identical lines the card stands for (blank: 1).
    Count,
    /// The name of the plan it is on today (optional).
    CurrentPlan,
    /// A usage quantity of the engine's table.
    Usage(UsageField),
}

/// A line's usage as typed, keyed by the engine's usage quantity. Stored
/// under each quantity's key; sessions saved before the table used the
/// draft's own names (`minutes`, `data_gb` ...), which still load.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UsageTexts(pub BTreeMap<UsageField, String>);

/// The names of the six usage texts in sessions saved before the table
/// (frozen: new quantities are stored under their keys).
const SAVED_BEFORE: [(&str, UsageField); 6] = [
    ("minutes", UsageField::DomesticMin),
    ("long_distance", UsageField::LongDistanceMin),
    ("data_gb", UsageField::DataMb),
    ("sms", UsageField::Sms),
    ("own_calls_pct", UsageField::OwnCalls),
    ("speed_mbps", UsageField::MinSpeedMbps),
];

impl Serialize for UsageTexts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(f, v)| (f.key(), v)))
    }
}

impl<'de> Deserialize<'de> for UsageTexts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let stored = BTreeMap::<String, serde_json::Value>::deserialize(d)?;
        let mut texts = BTreeMap::new();
        for (k, v) in stored {
            let field = UsageField::from_key(&k)
                .or_else(|| SAVED_BEFORE.iter().find(|(n, _)| *n == k).map(|p| p.1));
            if let (Some(f), serde_json::Value::String(v)) = (field, v) {
                texts.insert(f, v);
            }
        }
        Ok(UsageTexts(texts))
    }
}

/// One line as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineDraft {
    /// Stable across edits and removals (the list key, the field ids).
    pub id: u32,
    pub kind: LineKind,
    pub label: String,
    pub fee: String,
    /// Where the line is today (本网 / 异网 / 新装).
    #[serde(default)]
    pub origin: LineOrigin,
    /// How many identical lines (a group: "6 × 服务员"); blank is 1.
    #[serde(default)]
    pub count: String,
    /// The per-line services it needs (push-to-talk ...).
    #[serde(default)]
    pub services: Vec<ItemId>,
    /// A handset it wants, and how it is bought.
    #[serde(default)]
    pub handset: Option<ItemId>,
    #[serde(default)]
    pub handset_mode: HandsetMode,
    #[serde(default)]
    pub current_plan: String,
    #[serde(flatten)]
    pub usage: UsageTexts,
}

impl LineDraft {
    pub fn new(id: u32, kind: LineKind) -> LineDraft {
        LineDraft {
            id,
            kind,
            label: String::new(),
            fee: String::new(),
            origin: LineOrigin::default(),
            count: String::new(),
            services: Vec::new(),
            handset: None,
            handset_mode: HandsetMode::default(),
            current_plan: String::new(),
            usage: UsageTexts(
                UsageField::ALL
                    .into_iter()
                    .map(|f| (f, LineDraft::start_text(f, kind)))
                    .collect(),
            ),
        }
    }

    /// What a new line's field starts with: blank for a quantity estimated
    /// from the fee when left blank (never a silent `0`), else its preset.
    fn start_text(f: UsageField, kind: LineKind) -> String {
        if f.spec().from_fee && f.applies_to(kind) {
            String::new()
        } else {
            f.text(f.preset(kind))
        }
    }

    /// The quantities of this line's kind left blank.
    pub fn blanks(&self) -> Vec<UsageField> {
        UsageField::ALL
            .into_iter()
            .filter(|f| f.applies_to(self.kind))
            .filter(|f| normalize(self.get(LineField::Usage(*f))).is_empty())
            .collect()
    }

    /// How many lines the card stands for; its error goes to `errors`.
    fn count_into(&self, errors: &mut FieldErrors) -> usize {
        match parse_line_count(&self.count) {
            Ok(n) => n as usize,
            Err(e) => {
                errors.insert(self.field_id(LineField::Count), e);
                1
            }
        }
    }

    /// The line's services and handset checked against the tables, at their
    /// fields (`line-N-services`, `line-N-handset`), in the engine's words.
    pub fn offer_problems(&self, catalog: &Catalog, errors: &mut FieldErrors) {
        let line = self.parse_into(&mut FieldErrors::new());
        let said: Vec<_> = line
            .features
            .iter()
            .filter_map(|id| feature_problem(catalog, &line, id))
            .collect();
        if let Some(first) = said.into_iter().next() {
            errors.insert(self.services_id(), FieldProblem::Said(first));
        }
        if let Some(t) = handset_problem(catalog, &line) {
            errors.insert(self.handset_id(), FieldProblem::Said(t));
        }
    }

    pub fn services_id(&self) -> String {
        format!("line-{}-services", self.id)
    }

    pub fn handset_id(&self) -> String {
        format!("line-{}-handset", self.id)
    }

    /// The line as typed, its blank quantities estimated from its fee
    /// (`Line::estimate_blanks`); the errors go to `errors`.
    fn parse_into(&self, errors: &mut FieldErrors) -> Line {
        let mut usage = Usage::default();
        for f in UsageField::ALL {
            let id = self.field_id(LineField::Usage(f));
            match f.parse(self.get(LineField::Usage(f))) {
                Ok(v) => f.set(&mut usage, v),
                Err(e) => {
                    errors.insert(id, e);
                }
            }
        }
        let fee = match parse_fee(&self.fee, MAX_LINE_FEE) {
            Ok(m) => m,
            Err(e) => {
                errors.insert(self.field_id(LineField::Fee), e);
                Money::ZERO
            }
        };
        let mut line = Line {
            kind: self.kind,
            label: self.label.trim().to_string(),
            current_monthly_fee: fee,
            usage,
            features: self.services.clone(),
            wants_handset: self.handset.clone(),
            origin: self.origin,
            handset_mode: self.handset_mode,
            current_plan: self.current_plan.trim().to_string(),
            estimated: Vec::new(),
        };
        line.estimate_blanks(&self.blanks());
        line
    }

    /// The card's words for the usage estimated from the fee, once the fee
    /// is typed: "用量按每月 ¥128.00 估算：约 800 分钟、30 GB，请与客户核对".
    pub fn estimate_words(&self) -> Option<Text> {
        parse_fee(&self.fee, MAX_LINE_FEE).ok()?;
        self.parse_into(&mut FieldErrors::new()).estimate_words()
    }

    /// The estimate of a blank quantity, for its field's placeholder.
    pub fn estimate_of(&self, f: UsageField) -> Option<String> {
        parse_fee(&self.fee, MAX_LINE_FEE).ok()?;
        let line = self.parse_into(&mut FieldErrors::new());
        line.estimated
            .contains(&f)
            .then(|| f.text(f.get(&line.usage)))
    }

    /// The warning at an implausible fee (it does not block the proposal).
    pub fn fee_warning(&self) -> Option<Text> {
        parse_fee(&self.fee, MAX_LINE_FEE)
            .ok()
            .and_then(fee_warning)
    }

    /// The draft with `value` typed into `field`.
    pub fn with(mut self, field: LineField, value: impl Into<String>) -> LineDraft {
        self.set(field, value.into());
        self
    }

    pub fn get(&self, field: LineField) -> &str {
        match field {
            LineField::Label => &self.label,
            LineField::Fee => &self.fee,
            LineField::Count => &self.count,
            LineField::CurrentPlan => &self.current_plan,
            LineField::Usage(f) => self.usage.0.get(&f).map_or("", String::as_str),
        }
    }

    pub fn set(&mut self, field: LineField, value: String) {
        match field {
            LineField::Label => self.label = value,
            LineField::Fee => self.fee = value,
            LineField::Count => self.count = value,
            LineField::CurrentPlan => self.current_plan = value,
            LineField::Usage(f) => {
                self.usage.0.insert(f, value);
            }
        }
    }

    /// The id of one of this line's inputs (also its error's key).
    pub fn field_id(&self, field: LineField) -> String {
        match field {
            LineField::Usage(f) => format!("line-{}-{}", self.id, f.key()),
            other => format!("line-{}-{other:?}", self.id),
        }
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
    /// 网龄's months beyond the years (a "60 months" rule is not missed by 11).
    pub tenure_months: String,
    /// The per-account services it needs (switchboard, surveillance ...).
    pub account_services: Vec<ItemId>,
    /// What the account pays today for extras on top of the lines.
    pub account_fee: String,
    pub months_left: String,
    pub exit_fee: String,
    pub lines: Vec<LineDraft>,
    pub next_id: u32,
}

/// Field id → what is wrong with it (the engine's bilingual problem).
pub type FieldErrors = BTreeMap<String, FieldProblem>;

/// A count typed at the counter (years, months): blank is 0.
fn count(text: &str, max: u32) -> Result<u32, FieldProblem> {
    blank_is_zero(text, |t| parse_count(t, max))
}

impl IntakeDraft {
    /// The customer, when every field is accepted; the errors either way.
    pub fn parse(&self) -> (Option<Customer>, FieldErrors) {
        let mut errors = FieldErrors::new();
        let mut take = |id: &str, r: Result<u32, FieldProblem>| {
            r.map_err(|e| errors.insert(id.into(), e)).unwrap_or(0)
        };
        let tenure = take("tenure", count(&self.tenure_years, MAX_TENURE_YEARS));
        let tenure_extra = take("tenure-months", count(&self.tenure_months, 11));
        let months_left = take("months-left", count(&self.months_left, MAX_MONTHS));
        let mut lines: Vec<Line> = Vec::new();
        for l in &self.lines {
            let line = l.parse_into(&mut errors);
            let n = l.count_into(&mut errors);
            lines.extend(std::iter::repeat_n(line, n));
        }
        if lines.len() > proposal_engine::customer::MAX_LINES {
            if let Some(last) = self.lines.last() {
                errors.insert(last.field_id(LineField::Count), FieldProblem::LineCount);
            }
        }
        let account_fee = blank_is_zero(&self.account_fee, |t| parse_fee(t, MAX_ACCOUNT_FEE))
            .map_err(|e| errors.insert("account-fee".into(), e))
            .unwrap_or_default();
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
            tenure_months: tenure * 12 + tenure_extra,
            lines,
            account_features: self.account_services.clone(),
            current_account_fee: account_fee,
            contract: CurrentContract {
                months_left,
                exit_fee,
            },
        };
        (Some(customer), errors)
    }

    /// As `parse`, and every line's services and handset checked against
    /// `catalog` at their fields: a service that does not fit the line kind
    /// or a handset on a landline is a message there, never a silent drop.
    pub fn parse_for(&self, catalog: &Catalog) -> (Option<Customer>, FieldErrors) {
        let (customer, mut errors) = self.parse();
        for l in &self.lines {
            l.offer_problems(catalog, &mut errors);
        }
        if errors.is_empty() {
            (customer, errors)
        } else {
            (None, errors)
        }
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
            .groups()
            .into_iter()
            .enumerate()
            .map(|(i, (start, n))| (i, n, &c.lines[start]))
            .map(|(i, n, l)| LineDraft {
                id: i as u32,
                kind: l.kind,
                label: l.label.clone(),
                fee: yuan_short(l.current_monthly_fee),
                origin: l.origin,
                count: if n > 1 { n.to_string() } else { String::new() },
                services: l.features.clone(),
                handset: l.wants_handset.clone(),
                handset_mode: l.handset_mode,
                current_plan: l.current_plan.clone(),
                usage: UsageTexts(
                    UsageField::ALL
                        .into_iter()
                        .map(|f| {
                            // An estimated figure stays blank: estimated again.
                            let text = if l.estimated.contains(&f) {
                                String::new()
                            } else {
                                f.text(f.get(&l.usage))
                            };
                            (f, text)
                        })
                        .collect(),
                ),
            })
            .collect();
        IntakeDraft {
            name: c.name.clone(),
            segment,
            cluster,
            industry,
            tenure_years: (c.tenure_months / 12).to_string(),
            tenure_months: match c.tenure_months % 12 {
                0 => String::new(),
                m => m.to_string(),
            },
            account_services: c.account_features.clone(),
            account_fee: if c.current_account_fee.0 == 0 {
                String::new()
            } else {
                yuan_short(c.current_account_fee)
            },
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
