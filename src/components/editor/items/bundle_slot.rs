//! A bundle's member slots: for each line kind it takes, how many, the fee
//! per member, each member's share of the allowance, and the speed.
use proposal_engine::catalog::Slot;
use proposal_engine::{LineKind, Money, Text};

use super::super::form::choices::LINE_KINDS;
use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{from_snake, money, snake, whole};
use super::super::form::parts::{self, sub, ALLOWANCE};
use super::super::yuan_text;
use crate::i18n::editor_form::{F, U};

const SLOT: [Field; 4] = [
    f("kind", F::Kind, None, K::Choice(LINE_KINDS)),
    f("min", F::SlotMin, Some(U::Lines), K::Whole),
    f("max", F::SlotMax, Some(U::Lines), K::Whole),
    f("member_fee", F::MemberFee, Some(U::YuanMonth), K::Money),
];

const SPEED: Field = f("speed_mbps", F::Speed, Some(U::Mbps), K::Whole);

pub fn slot_entries(j: usize) -> Vec<Entry> {
    let prefix = format!("slots[{j}].");
    let mut out = vec![Entry::Group {
        label: F::Slot,
        number: Some(j + 1),
        key: format!("slots[{j}]"),
        remove: Some(format!("slots-{j}")),
    }];
    let allowance = ALLOWANCE.into_iter().map(|x| x.under("allowance."));
    out.extend(
        SLOT.iter()
            .cloned()
            .chain(allowance)
            .chain([SPEED])
            .map(|x| Entry::Field(x.under(&prefix))),
    );
    out
}

pub fn get_slot(s: &Slot, key: &str) -> Option<String> {
    if let Some(k) = sub(key, "allowance") {
        return parts::get_allowance(&s.allowance, k);
    }
    Some(match key {
        "kind" => snake(&s.kind),
        "min" => s.min.to_string(),
        "max" => s.max.to_string(),
        "member_fee" => yuan_text(s.member_fee),
        "speed_mbps" => s.speed_mbps.to_string(),
        _ => return None,
    })
}

pub fn set_slot(s: &mut Slot, key: &str, text: &str) -> Result<(), Text> {
    if let Some(result) =
        sub(key, "allowance").and_then(|k| parts::set_allowance(&mut s.allowance, k, text))
    {
        return result;
    }
    match key {
        "kind" => s.kind = from_snake(text)?,
        "min" => s.min = whole(text)?,
        "max" => s.max = whole(text)?,
        "member_fee" => s.member_fee = money(text)?,
        "speed_mbps" => s.speed_mbps = whole(text)?,
        _ => {}
    }
    Ok(())
}

/// `slots+` adds a slot of a kind not yet taken; `slots-1` removes the second.
pub fn act(slots: &mut Vec<Slot>, action: &str) {
    if action == "slots+" {
        let kind = LineKind::ALL
            .into_iter()
            .find(|k| slots.iter().all(|s| s.kind != *k))
            .unwrap_or(LineKind::Mobile);
        slots.push(Slot {
            kind,
            min: 0,
            max: 1,
            member_fee: Money::ZERO,
            allowance: Default::default(),
            speed_mbps: 0,
        });
    } else if let Some(j) = action.strip_prefix("slots-").and_then(|j| j.parse().ok()) {
        if j < slots.len() {
            slots.remove(j);
        }
    }
}
