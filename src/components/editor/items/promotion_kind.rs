//! What a promotion does: its type, and the fields of that type (a discount
//! in %, amounts in yuan, a tenure in months, volume tiers). Changing the
//! type starts its fields empty, for the validator to ask for at the field.
//! A new promotion type is a compile error in [`type_name`] and
//! [`type_fields`]; add it to [`KINDS`] and [`blanks`] beside them (a test
//! checks those two agree).
use proposal_engine::catalog::{Promotion, PromotionKind as P};
use proposal_engine::{Bps, Money, Text};

use super::super::form::codec::{Codec, MONEY, PERCENT, WHOLE};
use super::super::form::field::{Entry, Field, FieldKind, Shape};
use super::volume_tiers;
use crate::i18n::editor_form::{Opt, F, U};

/// Every type, as stored (`percent_off`) and labelled, in the choice's order.
pub const KINDS: &[(&str, Opt)] = &[
    ("free_months", Opt::PromoFreeMonths),
    ("percent_off", Opt::PromoPercentOff),
    ("prepay_credit", Opt::PromoPrepay),
    ("tenure_credit", Opt::PromoTenure),
    ("volume_discount", Opt::PromoVolume),
];

/// The type's name as stored (`percent_off`).
pub fn type_name(k: &P) -> &'static str {
    match k {
        P::FreeMonths => "free_months",
        P::PercentOff { .. } => "percent_off",
        P::PrepayCredit { .. } => "prepay_credit",
        P::TenureCredit { .. } => "tenure_credit",
        P::VolumeDiscount { .. } => "volume_discount",
    }
}

/// Every type with its fields empty, for the manager to fill.
pub fn blanks() -> [P; 5] {
    let (zero, credit_per_month) = (Money::ZERO, Money::ZERO);
    [
        P::FreeMonths,
        P::PercentOff { discount: Bps(0) },
        P::PrepayCredit {
            prepay: zero,
            credit_per_month,
        },
        P::TenureCredit {
            min_tenure_months: 0,
            credit_per_month,
        },
        P::VolumeDiscount { tiers: Vec::new() },
    ]
}

/// A promotion of the type named `name`, blank.
fn blank(name: &str) -> Result<P, Text> {
    blanks()
        .into_iter()
        .find(|b| type_name(b) == name)
        .ok_or_else(|| {
            Text::new(
                format!("无法识别：{name}"),
                format!("not recognised: {name:?}"),
            )
        })
}

/// The type's choice (`kind.type`): a different type starts afresh.
pub fn type_field() -> Field<Promotion> {
    Field::by_hand(
        "kind.type",
        F::PromoKind,
        FieldKind::Choice(KINDS),
        |p: &Promotion| type_name(&p.kind).to_string(),
        |p: &mut Promotion, text: &str| {
            if type_name(&p.kind) != text {
                p.kind = blank(text)?;
            }
            Ok(())
        },
    )
}

/// A field of the type's variant `$v`, under `kind.`.
macro_rules! variant_field {
    ($v:ident, $key:ident, $codec:expr, $label:expr, $unit:expr) => {
        variant(
            concat!("kind.", stringify!($key)),
            $label,
            $unit,
            $codec,
            |k| match k {
                P::$v { $key, .. } => Some($key),
                _ => None,
            },
            |k| match k {
                P::$v { $key, .. } => Some($key),
                _ => None,
            },
        )
    };
}

fn variant<V: 'static>(
    key: &'static str,
    label: F,
    unit: U,
    codec: Codec<V>,
    get: fn(&P) -> Option<&V>,
    get_mut: fn(&mut P) -> Option<&mut V>,
) -> Entry<Promotion> {
    Entry::Field(Field::at(
        key,
        label,
        Some(unit),
        codec,
        move |p: &Promotion| get(&p.kind),
        move |p: &mut Promotion| get_mut(&mut p.kind),
    ))
}

/// The fields of the promotion's type, after the type's own choice.
pub fn type_fields(k: &P) -> Vec<Entry<Promotion>> {
    match k {
        P::FreeMonths => vec![],
        P::PercentOff { .. } => vec![variant_field!(
            PercentOff,
            discount,
            PERCENT,
            F::Discount,
            U::Percent
        )],
        P::PrepayCredit { .. } => vec![
            variant_field!(PrepayCredit, prepay, MONEY, F::Prepay, U::Yuan),
            variant_field!(
                PrepayCredit,
                credit_per_month,
                MONEY,
                F::CreditPerMonth,
                U::YuanMonth
            ),
        ],
        P::TenureCredit { .. } => vec![
            variant_field!(
                TenureCredit,
                min_tenure_months,
                WHOLE,
                F::MinTenure,
                U::Months
            ),
            variant_field!(
                TenureCredit,
                credit_per_month,
                MONEY,
                F::CreditPerMonth,
                U::YuanMonth
            ),
        ],
        P::VolumeDiscount { tiers } => volume_tiers::entries(tiers),
    }
}

/// Adds or removes a volume tier; nothing for other types.
pub fn act(k: &mut P, shape: Shape) {
    if let P::VolumeDiscount { tiers } = k {
        volume_tiers::act(tiers, shape);
    }
}
