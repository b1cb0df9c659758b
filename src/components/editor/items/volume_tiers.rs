//! A volume discount's tiers (多户办理，集中优惠): from how many lines, what
//! percentage off; added and removed in the form.
use proposal_engine::catalog::{Promotion, PromotionKind, VolumeTier};
use proposal_engine::Bps;

use super::super::form::codec::{PERCENT, WHOLE};
use super::super::form::field::{field, Entry, Field, Shape};
use crate::i18n::editor_form::{F, U};

/// Where the tiers are in a promotion (the key of their fields and problems).
const TIERS: &str = "kind.tiers";

fn tier_fields() -> Vec<Field<VolumeTier>> {
    vec![
        field!(VolumeTier, min_lines, WHOLE, F::MinLines, U::Lines),
        field!(VolumeTier, discount, PERCENT, F::Discount, U::Percent),
    ]
}

fn tier(p: &Promotion, j: usize) -> Option<&VolumeTier> {
    match &p.kind {
        PromotionKind::VolumeDiscount { tiers } => tiers.get(j),
        _ => None,
    }
}

fn tier_mut(p: &mut Promotion, j: usize) -> Option<&mut VolumeTier> {
    match &mut p.kind {
        PromotionKind::VolumeDiscount { tiers } => tiers.get_mut(j),
        _ => None,
    }
}

/// The tiers' entries; problems of the tiers as a whole show at their heading.
pub fn entries(tiers: &[VolumeTier]) -> Vec<Entry<Promotion>> {
    let mut out = vec![Entry::Group {
        label: F::TiersTitle,
        number: None,
        key: TIERS.into(),
        remove: None,
    }];
    for j in 0..tiers.len() {
        let at = format!("{TIERS}[{j}]");
        out.push(Entry::Group {
            label: F::Tier,
            number: Some(j + 1),
            key: at.clone(),
            remove: Some(Shape::RemoveTier(j)),
        });
        out.extend(tier_fields().iter().map(|f| {
            Entry::Field(f.under(
                &at,
                move |p: &Promotion| tier(p, j),
                move |p: &mut Promotion| tier_mut(p, j),
            ))
        }));
    }
    out.push(Entry::Action {
        label: F::AddTier,
        action: Shape::AddTier,
    });
    out
}

/// Adds a tier above the last, or removes one.
pub fn act(tiers: &mut Vec<VolumeTier>, shape: Shape) {
    match shape {
        Shape::AddTier => {
            let min_lines = tiers.last().map_or(1, |t| t.min_lines + 1);
            tiers.push(VolumeTier {
                min_lines,
                discount: Bps(0),
            });
        }
        Shape::RemoveTier(j) if j < tiers.len() => {
            tiers.remove(j);
        }
        Shape::RemoveTier(_) | Shape::AddSlot | Shape::RemoveSlot(_) => {}
    }
}
