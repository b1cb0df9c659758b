//! Where a problem of a workbook is: the sheet, the row and the column as
//! the spreadsheet shows them (row 5, column F), with the column's header,
//! and what is wrong, in both languages.
use crate::text::{Lang, Text};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// The sheet's name in each language (`套餐`, `Plans`; its tab reads `套餐 Plans`).
    pub sheet: Text,
    /// 1-based, as the spreadsheet numbers rows; row 1 is the header.
    pub row: u32,
    /// 1-based: 1 is column A.
    pub column: u32,
    /// The column's header in each language, when the column is known.
    pub header: Option<Text>,
    pub message: Text,
}

/// `A`, `Z`, `AA`: a 1-based column number as the spreadsheet names it.
pub fn letter(column: u32) -> String {
    let mut n = column;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + r as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

impl CellProblem {
    /// `工作表“套餐”第 5 行 F 列（月费（元））：…` / `sheet Plans, row 5, column F (Monthly fee (CNY)): …`.
    pub fn text(&self) -> Text {
        let col = letter(self.column);
        let (hz, he) = match &self.header {
            Some(h) => (format!("（{}）", h.zh), format!(" ({})", h.en)),
            None => (String::new(), String::new()),
        };
        Text::new(
            format!(
                "工作表“{}”第 {} 行 {col} 列{hz}：{}",
                self.sheet.zh, self.row, self.message.zh
            ),
            format!(
                "sheet {}, row {}, column {col}{he}: {}",
                self.sheet.en, self.row, self.message.en
            ),
        )
    }

    pub fn get(&self, lang: Lang) -> String {
        self.text().get(lang).to_string()
    }

    /// As an engine [`crate::Problem`]: the path `Plans!F5`.
    pub fn problem(&self) -> crate::Problem {
        crate::Problem {
            path: format!("{}!{}{}", self.sheet.en, letter(self.column), self.row),
            message: self.text(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_the_spreadsheet_names_them() {
        assert_eq!(letter(1), "A");
        assert_eq!(letter(26), "Z");
        assert_eq!(letter(27), "AA");
        assert_eq!(letter(52), "AZ");
        assert_eq!(letter(703), "AAA");
    }

    #[test]
    fn a_problem_says_sheet_row_and_column_in_each_language() {
        let p = CellProblem {
            sheet: Text::new("套餐", "Plans"),
            row: 5,
            column: 6,
            header: Some(Text::new("月费（元）", "Monthly fee (CNY)")),
            message: Text::new("不是有效金额", "not an amount"),
        };
        assert_eq!(
            p.get(Lang::ZhCn),
            "工作表“套餐”第 5 行 F 列（月费（元））：不是有效金额"
        );
        assert_eq!(
            p.get(Lang::En),
            "sheet Plans, row 5, column F (Monthly fee (CNY)): not an amount"
        );
        assert_eq!(p.problem().path, "Plans!F5");
    }
}
