//! Version 4 of the share link's payload: version 3 with groups of
//! identical lines written once with their count (a 40-line office is a few
//! groups), each line's handset mode (contract or outright, in the kind
//! byte) and current plan's name, and the approval of an offer above the
//! rep's authority (who, at which level) after the tail.
use serde::{Deserialize, Serialize};

use super::payload::{customer_of, kind_code, Head, ProposalV1, Tail, KINDS};
use super::v3::{origin_code, usage_of, usage_values};
use crate::catalog::ItemId;
use crate::customer::{Customer, HandsetMode, Line, LineOrigin, MAX_LINES};
use crate::money::Money;
use crate::optimize::authority::Approval;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Payload {
    pub head: Head,
    pub lines: Vec<LineV4>,
    pub chosen: Option<ProposalV1>,
    pub start_month: u32,
    pub tail: Tail,
    /// (level, who): the approval the proposal was made with.
    pub approval: Option<(u8, String)>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LineV4 {
    /// How many identical lines, one after another.
    pub count: u32,
    /// The kind (0..3) + 3 × the origin's index + 9 × the handset mode's.
    pub kind: u8,
    pub fee: i64,
    pub label: String,
    pub usage: Vec<u32>,
    pub features: Vec<String>,
    pub handset: Option<String>,
    pub current_plan: String,
}

fn mode_code(m: HandsetMode) -> u8 {
    HandsetMode::ALL.iter().position(|x| *x == m).unwrap_or(0) as u8
}

pub fn lines_of(c: &Customer) -> Vec<LineV4> {
    c.groups()
        .into_iter()
        .map(|(start, count)| {
            let l = &c.lines[start];
            LineV4 {
                count: count as u32,
                kind: kind_code(l.kind) + 3 * origin_code(l.origin) + 9 * mode_code(l.handset_mode),
                fee: l.current_monthly_fee.0,
                label: l.label.clone(),
                usage: usage_values(&l.usage),
                features: l.features.iter().map(|f| f.0.clone()).collect(),
                handset: l.wants_handset.as_ref().map(|h| h.0.clone()),
                current_plan: l.current_plan.clone(),
            }
        })
        .collect()
}

pub fn approval_of(a: Option<&Approval>) -> Option<(u8, String)> {
    a.map(|a| (a.level, a.by.clone()))
}

/// The customer of a version-4 payload; `None` for an unknown code or more
/// lines than an intake may have.
pub fn customer_of_v4(p: &Payload) -> Option<Customer> {
    let total: u64 = p.lines.iter().map(|l| u64::from(l.count)).sum();
    if total > MAX_LINES as u64 || p.lines.iter().any(|l| l.count == 0) {
        return None;
    }
    let mut lines = Vec::new();
    for l in &p.lines {
        let line = Line {
            kind: *KINDS.get(usize::from(l.kind % 3))?,
            label: l.label.clone(),
            current_monthly_fee: Money(l.fee),
            usage: usage_of(&l.usage)?,
            features: l.features.iter().map(ItemId::new).collect(),
            wants_handset: l.handset.as_ref().map(ItemId::new),
            handset_mode: *HandsetMode::ALL.get(usize::from(l.kind / 9))?,
            origin: *LineOrigin::ALL.get(usize::from(l.kind / 3 % 3))?,
            current_plan: l.current_plan.clone(),
            estimated: Vec::new(),
        };
        lines.extend(std::iter::repeat_n(line, l.count as usize));
    }
    customer_of(&p.head, lines)
}

/// The approval of a version-4 payload (a bad one is none).
pub fn approval_of_v4(p: &Payload) -> Option<Approval> {
    p.approval
        .as_ref()
        .and_then(|(l, by)| Approval::new(*l, by))
}
