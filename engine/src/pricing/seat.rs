//! Where a bundle member sits in its instance. Two bundle rules depend on
//! it, so a member's cost is not its own choice alone: its position among
//! the instance's members of its kind (the first `Slot::free_members` pay
//! no member fee, 主卡免费), and which of the customer's other voice lines
//! share the instance (calls only to those are free when the bundle says
//! `free_calls_scope: same_instance`). The optimizer's argument for staying
//! exact with them is at the top of `optimize::search`.
use crate::catalog::LineKind;
use crate::customer::Customer;

use super::proposal::{Assignment, Proposal};

/// A member's seat; `Default` (position 0, nobody else) for other lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Seat {
    /// 0-based position among its instance's members of its kind, in the
    /// intake's order.
    pub position: u32,
    /// The customer's other voice lines (mobiles, landlines) in its instance.
    pub voice_others: u32,
    /// All the customer's other voice lines.
    pub other_voice_lines: u32,
}

/// Whether calls can be made to a line of `kind` (mobiles and landlines):
/// what the free-calls share counts.
pub fn is_voice(kind: LineKind) -> bool {
    matches!(kind, LineKind::Mobile | LineKind::Landline)
}

/// The seat of every line of `proposal` (members' own; others `Default`).
pub fn seats(customer: &Customer, proposal: &Proposal) -> Vec<Seat> {
    let voice = customer.lines.iter().filter(|l| is_voice(l.kind)).count() as u32;
    let instance_of = |i: usize| match proposal.lines.get(i).map(|c| &c.assignment) {
        Some(Assignment::Member { instance }) => Some(*instance),
        _ => None,
    };
    (0..customer.lines.len())
        .map(|i| {
            let Some(instance) = instance_of(i) else {
                return Seat::default();
            };
            let kind = customer.lines[i].kind;
            let mate = |j: &usize| *j != i && instance_of(*j) == Some(instance);
            let position = (0..i)
                .filter(mate)
                .filter(|&j| customer.lines[j].kind == kind)
                .count() as u32;
            let voice_others = (0..customer.lines.len())
                .filter(mate)
                .filter(|&j| is_voice(customer.lines[j].kind))
                .count() as u32;
            Seat {
                position,
                voice_others,
                other_voice_lines: voice.saturating_sub(u32::from(is_voice(kind))),
            }
        })
        .collect()
}
