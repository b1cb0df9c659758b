//! How each field of a line is asked on the line card: the fee here, every
//! usage quantity from the engine's usage table (`UsageSpec`: label, unit,
//! the kinds of line that have it, whether the counter asks it), so a new
//! quantity reaches the card with no change in the app.
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{Measure, UsageField, Words};

use super::intake::LineField;
use crate::i18n::{CounterMsg, Lang, Translate, WholeMsg};

/// A number field of the line card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardField {
    /// `(zh-CN, en)`.
    pub label: Words,
    pub unit: Words,
    /// `decimal` or `numeric`: the keypad.
    pub inputmode: &'static str,
    /// The kinds of line that are asked for it.
    pub kinds: &'static [LineKind],
}

impl CardField {
    pub fn label(&self, lang: Lang) -> &'static str {
        pick(lang, self.label)
    }

    pub fn unit(&self, lang: Lang) -> &'static str {
        pick(lang, self.unit)
    }
}

fn pick(lang: Lang, (zh, en): Words) -> &'static str {
    match lang {
        Lang::ZhCn => zh,
        Lang::En => en,
    }
}

const ALL_KINDS: &[LineKind] = &[LineKind::Mobile, LineKind::Landline, LineKind::Broadband];

impl LineField {
    /// Every field of a line, in the card's order: label, fee, then the
    /// usage quantities in the engine's order.
    pub fn all() -> impl Iterator<Item = LineField> {
        [LineField::Label, LineField::Count, LineField::Fee]
            .into_iter()
            .chain(UsageField::ALL.map(LineField::Usage))
    }

    /// How the card asks for the field; none when it is not a number field
    /// of the card (the label is in the card's head; a quantity the counter
    /// does not ask, SMS).
    pub fn on_card(self) -> Option<CardField> {
        match self {
            LineField::Label | LineField::CurrentPlan => None,
            LineField::Count => Some(CardField {
                label: WholeMsg::Count.pair(),
                unit: WholeMsg::Lines.pair(),
                inputmode: "numeric",
                kinds: ALL_KINDS,
            }),
            LineField::Fee => Some(CardField {
                label: CounterMsg::MonthlyFee.pair(),
                unit: CounterMsg::YuanPerMonth.pair(),
                inputmode: "decimal",
                kinds: ALL_KINDS,
            }),
            LineField::Usage(f) => {
                let spec = f.spec();
                spec.asked.then_some(CardField {
                    label: spec.label,
                    unit: spec.unit,
                    inputmode: match spec.measure {
                        Measure::Data => "decimal",
                        Measure::Minutes | Measure::Count | Measure::Percent | Measure::Mbps => {
                            "numeric"
                        }
                    },
                    kinds: spec.kinds,
                })
            }
        }
    }
}
