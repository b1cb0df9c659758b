//! What is wrong with a typed figure, in both languages: the one set of
//! messages shown at a field, whatever screen it is on.
use crate::money::Bps;
use crate::text::{Lang, Text};

use super::DataUnit;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    /// Blank where a figure is needed (a line's monthly fee).
    Required,
    NotAnAmount,
    NotAWholeNumber,
    /// Not data in the field's unit.
    NotData(DataUnit),
    /// Not a percentage from 0 to the given most.
    NotAPercent(Bps),
    /// Above its limit, the limit as shown (`100,000`, `¥100,000.00`).
    TooLarge(String),
}

impl FieldProblem {
    pub fn too_large(most: impl Into<String>) -> FieldProblem {
        FieldProblem::TooLarge(most.into())
    }

    /// The message at the field.
    pub fn message(&self) -> Text {
        match self {
            FieldProblem::Required => {
                Text::new("请填写金额，例如 128", "Enter an amount, e.g. 128")
            }
            FieldProblem::NotAnAmount => {
                Text::new("不是有效金额，例如 128.50", "Not an amount; e.g. 128.50")
            }
            FieldProblem::NotAWholeNumber => Text::new("请输入整数", "Enter a whole number"),
            FieldProblem::NotData(DataUnit::Gb) => {
                Text::new("请输入数字，例如 2.5", "Enter a number, e.g. 2.5")
            }
            FieldProblem::NotData(DataUnit::Mb) => Text::new(
                "请输入 MB 整数，或 GB，例如 30 GB",
                "Enter whole MB, or GB such as 30 GB",
            ),
            FieldProblem::NotAPercent(most) => Text::new(
                format!(
                    "请输入 0 到 {}",
                    most.format(Lang::ZhCn).trim_end_matches('%')
                ),
                format!("Enter 0 to {}", most.format(Lang::En).trim_end_matches('%')),
            ),
            FieldProblem::TooLarge(most) => Text::new(
                format!("数值过大（最多 {most}）"),
                format!("Too large (at most {most})"),
            ),
        }
    }

    pub fn get(&self, lang: Lang) -> String {
        self.message().get(lang).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_speaks_both_languages() {
        let all = [
            FieldProblem::Required,
            FieldProblem::NotAnAmount,
            FieldProblem::NotAWholeNumber,
            FieldProblem::NotData(DataUnit::Gb),
            FieldProblem::NotData(DataUnit::Mb),
            FieldProblem::NotAPercent(Bps::FULL),
            FieldProblem::too_large("120"),
        ];
        for p in all {
            let m = p.message();
            assert!(!m.zh.is_empty() && !m.en.is_empty(), "{p:?}");
            assert_ne!(m.zh, m.en);
        }
        assert_eq!(
            FieldProblem::NotAPercent(Bps::FULL).get(Lang::ZhCn),
            "请输入 0 到 100"
        );
        assert_eq!(
            FieldProblem::too_large("120").get(Lang::En),
            "Too large (at most 120)"
        );
    }
}
