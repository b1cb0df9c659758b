//! How each field of a line is asked on the line card, declared once per
//! [`LineField`]: label, unit, keypad, and the kinds of line that have it.
//! A new field is a compile error in [`LineField::on_card`] (and in the
//! draft's `get`/`set`); add it to [`LineField::ALL`] beside it.
use proposal_engine::catalog::LineKind;

use super::intake::LineField;
use crate::i18n::CounterMsg;

/// A number field of the line card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardField {
    pub label: CounterMsg,
    pub unit: CounterMsg,
    /// `decimal` or `numeric`: the keypad.
    pub inputmode: &'static str,
    /// The kinds of line that are asked for it.
    pub kinds: &'static [LineKind],
}

const ALL_KINDS: &[LineKind] = &[LineKind::Mobile, LineKind::Landline, LineKind::Broadband];
const CALLS: &[LineKind] = &[LineKind::Mobile, LineKind::Landline];

impl LineField {
    /// Every field of a line, in the card's order.
    pub const ALL: [LineField; 8] = [
        LineField::Label,
        LineField::Fee,
        LineField::SpeedMbps,
        LineField::Minutes,
        LineField::LongDistance,
        LineField::DataGb,
        LineField::Sms,
        LineField::OwnCallsPct,
    ];

    /// How the card asks for the field; none when it is not a number field
    /// of the card (the label is in the card's head).
    pub fn on_card(self) -> Option<CardField> {
        let card = |label, unit, inputmode, kinds| {
            Some(CardField {
                label,
                unit,
                inputmode,
                kinds,
            })
        };
        use CounterMsg as M;
        match self {
            LineField::Label => None,
            LineField::Fee => card(M::MonthlyFee, M::YuanPerMonth, "decimal", ALL_KINDS),
            LineField::SpeedMbps => card(M::Speed, M::Mbps, "numeric", &[LineKind::Broadband]),
            LineField::Minutes => card(M::Minutes, M::MinutesUnit, "numeric", CALLS),
            LineField::LongDistance => card(M::LongDistance, M::MinutesUnit, "numeric", CALLS),
            LineField::DataGb => card(M::DataGb, M::GbUnit, "decimal", &[LineKind::Mobile]),
            // Not asked at the counter: the typical use is none.
            LineField::Sms => None,
            LineField::OwnCallsPct => card(M::OwnCalls, M::Percent, "numeric", CALLS),
        }
    }
}
