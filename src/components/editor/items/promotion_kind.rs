//! What a promotion does: its type, and the fields of that type (a discount
//! in %, amounts in yuan, a tenure in months, volume tiers). Changing the
//! type starts its fields empty, for the validator to ask for at the field.
use proposal_engine::catalog::PromotionKind as P;
use proposal_engine::{Bps, Money, Text};

use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{money, percent, percent_text, whole};
use super::super::yuan_text;
use super::volume_tiers;
use crate::i18n::editor_form::{F, U};

const DISCOUNT: Field = f("kind.discount", F::Discount, Some(U::Percent), K::Percent);
const PREPAY: Field = f("kind.prepay", F::Prepay, Some(U::Yuan), K::Money);
const CREDIT: Field = f(
    "kind.credit_per_month",
    F::CreditPerMonth,
    Some(U::YuanMonth),
    K::Money,
);
const TENURE: Field = f(
    "kind.min_tenure_months",
    F::MinTenure,
    Some(U::Months),
    K::Whole,
);

fn name(k: &P) -> &'static str {
    match k {
        P::FreeMonths => "free_months",
        P::PercentOff { .. } => "percent_off",
        P::PrepayCredit { .. } => "prepay_credit",
        P::TenureCredit { .. } => "tenure_credit",
        P::VolumeDiscount { .. } => "volume_discount",
    }
}

/// A promotion of type `name`, its fields empty for the manager to fill.
fn new_kind(name: &str) -> Result<P, Text> {
    let (zero, credit_per_month) = (Money::ZERO, Money::ZERO);
    Ok(match name {
        "free_months" => P::FreeMonths,
        "percent_off" => P::PercentOff { discount: Bps(0) },
        "prepay_credit" => P::PrepayCredit {
            prepay: zero,
            credit_per_month,
        },
        "tenure_credit" => P::TenureCredit {
            min_tenure_months: 0,
            credit_per_month,
        },
        "volume_discount" => P::VolumeDiscount { tiers: Vec::new() },
        other => {
            let (zh, en) = (
                format!("无法识别：{other}"),
                format!("not recognised: {other:?}"),
            );
            return Err(Text::new(zh, en));
        }
    })
}

/// The fields of the type, after the type's own choice.
pub fn entries(k: &P) -> Vec<Entry> {
    let fields = match k {
        P::FreeMonths => vec![],
        P::PercentOff { .. } => vec![DISCOUNT],
        P::PrepayCredit { .. } => vec![PREPAY, CREDIT],
        P::TenureCredit { .. } => vec![TENURE, CREDIT],
        P::VolumeDiscount { tiers } => return volume_tiers::entries(tiers),
    };
    fields.into_iter().map(Entry::Field).collect()
}

/// The field `key` (under `kind.`) as text.
pub fn get(k: &P, key: &str) -> Option<String> {
    if key == "type" {
        return Some(name(k).to_string());
    }
    match (k, key) {
        (P::PercentOff { discount }, "discount") => Some(percent_text(*discount)),
        (P::PrepayCredit { prepay, .. }, "prepay") => Some(yuan_text(*prepay)),
        (
            P::PrepayCredit {
                credit_per_month, ..
            },
            "credit_per_month",
        )
        | (
            P::TenureCredit {
                credit_per_month, ..
            },
            "credit_per_month",
        ) => Some(yuan_text(*credit_per_month)),
        (
            P::TenureCredit {
                min_tenure_months, ..
            },
            "min_tenure_months",
        ) => Some(min_tenure_months.to_string()),
        (P::VolumeDiscount { tiers }, _) => volume_tiers::get(tiers, key),
        _ => None,
    }
}

/// Writes the field `key` (under `kind.`); `type` changes the type.
pub fn set(k: &mut P, key: &str, text: &str) -> Result<(), Text> {
    if key == "type" {
        if name(k) != text {
            *k = new_kind(text)?;
        }
        return Ok(());
    }
    match (k, key) {
        (P::PercentOff { discount }, "discount") => *discount = percent(text)?,
        (P::PrepayCredit { prepay, .. }, "prepay") => *prepay = money(text)?,
        (
            P::PrepayCredit {
                credit_per_month, ..
            },
            "credit_per_month",
        )
        | (
            P::TenureCredit {
                credit_per_month, ..
            },
            "credit_per_month",
        ) => *credit_per_month = money(text)?,
        (
            P::TenureCredit {
                min_tenure_months, ..
            },
            "min_tenure_months",
        ) => *min_tenure_months = whole(text)?,
        (P::VolumeDiscount { tiers }, _) => volume_tiers::set(tiers, key, text)?,
        _ => {}
    }
    Ok(())
}

/// Adds or removes a volume tier; nothing for other types.
pub fn act(k: &mut P, action: &str) {
    if let P::VolumeDiscount { tiers } = k {
        volume_tiers::act(tiers, action);
    }
}
