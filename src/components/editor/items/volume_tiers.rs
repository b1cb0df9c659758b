//! A volume discount's tiers (多户办理，集中优惠): from how many lines, what
//! percentage off; added and removed in the form.
use proposal_engine::catalog::VolumeTier;
use proposal_engine::{Bps, Text};

use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{indexed, percent, percent_text, whole};
use crate::i18n::editor_form::{F, U};

const TIER: [Field; 2] = [
    f("min_lines", F::MinLines, Some(U::Lines), K::Whole),
    f("discount", F::Discount, Some(U::Percent), K::Percent),
];

/// The tiers' entries, under `kind.`; problems of the tiers as a whole show at their heading.
pub fn entries(tiers: &[VolumeTier]) -> Vec<Entry> {
    let mut out = vec![Entry::Group {
        label: F::TiersTitle,
        number: None,
        key: "kind.tiers".into(),
        remove: None,
    }];
    for j in 0..tiers.len() {
        out.push(Entry::Group {
            label: F::Tier,
            number: Some(j + 1),
            key: format!("kind.tiers[{j}]"),
            remove: Some(format!("tiers-{j}")),
        });
        let prefix = format!("kind.tiers[{j}].");
        out.extend(TIER.iter().map(|x| Entry::Field(x.under(&prefix))));
    }
    out.push(Entry::Action {
        label: F::AddTier,
        action: "tiers+".into(),
    });
    out
}

/// `tiers[1].discount` as text.
pub fn get(tiers: &[VolumeTier], key: &str) -> Option<String> {
    let (j, field) = indexed(key, "tiers")?;
    let tier = tiers.get(j)?;
    match field {
        "min_lines" => Some(tier.min_lines.to_string()),
        "discount" => Some(percent_text(tier.discount)),
        _ => None,
    }
}

pub fn set(tiers: &mut [VolumeTier], key: &str, text: &str) -> Result<(), Text> {
    let Some((j, field)) = indexed(key, "tiers") else {
        return Ok(());
    };
    match (tiers.get_mut(j), field) {
        (Some(t), "min_lines") => t.min_lines = whole(text)?,
        (Some(t), "discount") => t.discount = percent(text)?,
        _ => {}
    }
    Ok(())
}

/// `tiers+` adds a tier above the last; `tiers-1` removes the second.
pub fn act(tiers: &mut Vec<VolumeTier>, action: &str) {
    if action == "tiers+" {
        let min_lines = tiers.last().map_or(1, |t| t.min_lines + 1);
        tiers.push(VolumeTier {
            min_lines,
            discount: Bps(0),
        });
    } else if let Some(j) = action.strip_prefix("tiers-").and_then(|j| j.parse().ok()) {
        if j < tiers.len() {
            tiers.remove(j);
        }
    }
}
