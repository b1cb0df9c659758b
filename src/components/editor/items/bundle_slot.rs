//! A bundle's member slots: for each line kind it takes, how many, the fee
//! per member, each member's share of the allowance, the speed, and how
//! many members of each instance pay no member fee (主卡免费); added
//! and removed in the form.
use proposal_engine::catalog::{Bundle, Slot};
use proposal_engine::{LineKind, Money};

use super::super::form::codec::{LINE_KIND, MONEY, WHOLE};
use super::super::form::field::{field, part, Entry, Field, Shape};
use super::super::form::parts::allowance_fields;
use crate::i18n::editor_form::{FormMsg, UnitMsg};

/// Where the slots are in a bundle (the key of their fields and problems).
const SLOTS: &str = "slots";

fn slot_fields() -> Vec<Field<Slot>> {
    let mut out = vec![
        field!(Slot, kind, LINE_KIND, FormMsg::Kind),
        field!(Slot, min, WHOLE, FormMsg::SlotMin, UnitMsg::Lines),
        field!(Slot, max, WHOLE, FormMsg::SlotMax, UnitMsg::Lines),
        field!(
            Slot,
            member_fee,
            MONEY,
            FormMsg::MemberFee,
            UnitMsg::YuanMonth
        ),
    ];
    out.extend(part!(Slot, allowance, allowance_fields()));
    out.push(field!(
        Slot,
        speed_mbps,
        WHOLE,
        FormMsg::Speed,
        UnitMsg::Mbps
    ));
    out.push(field!(
        Slot,
        free_members,
        WHOLE,
        FormMsg::FreeMembers,
        UnitMsg::Lines
    ));
    out
}

/// The slots' heading, each slot's fields, and the button that adds one.
pub fn slot_entries(slots: &[Slot]) -> Vec<Entry<Bundle>> {
    let mut out = vec![Entry::Group {
        label: FormMsg::SlotsTitle,
        number: None,
        key: SLOTS.into(),
        remove: None,
    }];
    for j in 0..slots.len() {
        let at = format!("{SLOTS}[{j}]");
        out.push(Entry::Group {
            label: FormMsg::Slot,
            number: Some(j + 1),
            key: at.clone(),
            remove: Some(Shape::RemoveSlot(j)),
        });
        out.extend(slot_fields().iter().map(|f| {
            Entry::Field(f.under(
                &at,
                move |b: &Bundle| b.slots.get(j),
                move |b: &mut Bundle| b.slots.get_mut(j),
            ))
        }));
    }
    out.push(Entry::Action {
        label: FormMsg::AddSlot,
        action: Shape::AddSlot,
    });
    out
}

/// Adds a slot of a kind not yet taken, or removes one.
pub fn act(slots: &mut Vec<Slot>, shape: Shape) {
    match shape {
        Shape::AddSlot => {
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
                free_members: 0,
            });
        }
        Shape::RemoveSlot(j) if j < slots.len() => {
            slots.remove(j);
        }
        Shape::RemoveSlot(_) | Shape::AddTier | Shape::RemoveTier(_) => {}
    }
}
