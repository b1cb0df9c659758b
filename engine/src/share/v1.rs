//! Version 1 of the share link's payload (also version 2's, in a
//! checksummed envelope): the head, each line's usage as six named numbers,
//! the proposal, the tail. Only read now: links written before version 3.
use serde::{Deserialize, Serialize};

use super::payload::{customer_of, Head, ProposalV1, Tail, KINDS};
use crate::catalog::ItemId;
use crate::customer::{Customer, Line, Usage};
use crate::money::{Bps, Money};

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Payload {
    pub head: Head,
    pub lines: Vec<LineV1>,
    pub chosen: Option<ProposalV1>,
    pub tail: Tail,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LineV1 {
    /// 0 mobile, 1 landline, 2 broadband.
    pub kind: u8,
    pub fee: i64,
    pub label: String,
    pub domestic_min: u32,
    pub long_distance_min: u32,
    pub data_mb: u32,
    pub sms: u32,
    pub own_calls_bps: u32,
    pub min_speed_mbps: u32,
    pub features: Vec<String>,
    pub handset: Option<String>,
}

/// The customer of a version-1 payload (every line with this operator:
/// version 1 did not know where a line is).
pub fn customer_of_v1(p: &Payload) -> Option<Customer> {
    let lines = p
        .lines
        .iter()
        .map(|l| {
            Some(Line {
                kind: *KINDS.get(usize::from(l.kind))?,
                label: l.label.clone(),
                current_monthly_fee: Money(l.fee),
                usage: Usage {
                    domestic_min: l.domestic_min,
                    long_distance_min: l.long_distance_min,
                    data_mb: l.data_mb,
                    sms: l.sms,
                    own_calls: Bps(l.own_calls_bps),
                    min_speed_mbps: l.min_speed_mbps,
                },
                features: l.features.iter().map(ItemId::new).collect(),
                wants_handset: l.handset.as_ref().map(ItemId::new),
                origin: Default::default(),
                handset_mode: Default::default(),
                current_plan: String::new(),
                estimated: Vec::new(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    customer_of(&p.head, lines)
}
