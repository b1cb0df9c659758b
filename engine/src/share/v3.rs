//! Version 3 of the share link's payload: the head, each line with its
//! origin (本网/异网/新装) and its usage as the values of the engine's usage
//! table by link code (`UsageSpec::code`: position in the list, trailing
//! zeros left out), so a new usage quantity travels without a change here;
//! the proposal with its start month; the tail. Kind and origin share a
//! byte, so a mobile line is no longer than in version 1 (the QR budget).
use serde::{Deserialize, Serialize};

use super::payload::{customer_of, Head, ProposalV1, Tail, KINDS};
use crate::catalog::ItemId;
use crate::customer::{Customer, Line, LineOrigin, Usage, UsageField};
use crate::money::Money;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Payload {
    pub head: Head,
    pub lines: Vec<LineV3>,
    pub chosen: Option<ProposalV1>,
    /// The proposal's first month (1: now).
    pub start_month: u32,
    pub tail: Tail,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LineV3 {
    /// The kind (0 mobile, 1 landline, 2 broadband) plus 3 × the origin's
    /// index in `LineOrigin::ALL`.
    pub kind: u8,
    pub fee: i64,
    pub label: String,
    /// The value of the quantity whose `UsageSpec::code` is the position.
    pub usage: Vec<u32>,
    pub features: Vec<String>,
    pub handset: Option<String>,
}

pub(super) fn origin_code(o: LineOrigin) -> u8 {
    LineOrigin::ALL.iter().position(|x| *x == o).unwrap_or(0) as u8
}

/// Values by link code, trailing zeros left out.
pub(super) fn usage_values(u: &Usage) -> Vec<u32> {
    let mut values = vec![0; UsageField::ALL.len()];
    for f in UsageField::ALL {
        if let Some(v) = values.get_mut(usize::from(f.spec().code)) {
            *v = f.get(u);
        }
    }
    while values.last() == Some(&0) {
        values.pop();
    }
    values
}

/// The customer of a version-3 payload; `None` for an unknown kind, origin
/// or usage code.
pub fn customer_of_v3(p: &Payload) -> Option<Customer> {
    let lines = p
        .lines
        .iter()
        .map(|l| {
            let usage = usage_of(&l.usage)?;
            Some(Line {
                kind: *KINDS.get(usize::from(l.kind % 3))?,
                label: l.label.clone(),
                current_monthly_fee: Money(l.fee),
                usage,
                features: l.features.iter().map(ItemId::new).collect(),
                wants_handset: l.handset.as_ref().map(ItemId::new),
                origin: *LineOrigin::ALL.get(usize::from(l.kind / 3))?,
                handset_mode: Default::default(),
                current_plan: String::new(),
                estimated: Vec::new(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    customer_of(&p.head, lines)
}

/// The usage of values by link code; `None` for an unknown code.
pub(super) fn usage_of(values: &[u32]) -> Option<Usage> {
    let mut usage = Usage::default();
    for (code, &value) in values.iter().enumerate() {
        UsageField::from_code(u8::try_from(code).ok()?)?.set(&mut usage, value);
    }
    Some(usage)
}
