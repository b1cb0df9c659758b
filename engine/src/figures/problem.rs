//! What is wrong with a typed figure, in both languages: the one set of
//! messages shown at a field, whatever screen it is on.
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
    /// Not a percentage from 0 to 100.
    NotAPercent,
    /// Above its limit (`figures::limits`).
    TooLarge,
    /// A group's count: 0, or more lines than one proposal may have.
    LineCount,
    /// A choice the package tables do not allow here, in the engine's words
    /// (a service that does not fit the line kind, a handset on a landline).
    Said(Text),
}

impl FieldProblem {
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
            FieldProblem::NotAPercent => Text::new("请输入 0 到 100", "Enter 0 to 100"),
            FieldProblem::TooLarge => Text::new("数值过大", "Too large"),
            FieldProblem::LineCount => Text::new(
                format!(
                    "号码数量应为 1 到 {} 之间的整数",
                    crate::figures::limits::MAX_LINES
                ),
                format!(
                    "The number of lines must be a whole number from 1 to {}",
                    crate::figures::limits::MAX_LINES
                ),
            ),
            FieldProblem::Said(t) => t.clone(),
        }
    }

    /// The message with what was typed, for a field that may hold a long
    /// list of values (the package-table editor): `请输入整数（不是“abc”）`.
    pub fn message_for(&self, typed: &str) -> Text {
        let m = self.message();
        if typed.trim().is_empty() {
            return m;
        }
        Text::new(
            format!("{}（不是“{}”）", m.zh, typed.trim()),
            format!("{} (not {:?})", m.en, typed.trim()),
        )
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
            FieldProblem::NotAPercent,
            FieldProblem::TooLarge,
            FieldProblem::LineCount,
        ];
        for p in all {
            let m = p.message();
            assert!(!m.zh.is_empty() && !m.en.is_empty(), "{p:?}");
            assert_ne!(m.zh, m.en);
        }
        assert_eq!(FieldProblem::NotAPercent.get(Lang::ZhCn), "请输入 0 到 100");
        assert_eq!(FieldProblem::TooLarge.get(Lang::En), "Too large");
    }
}
