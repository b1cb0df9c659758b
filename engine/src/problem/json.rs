//! A JSON file that does not read (a syntax error, a missing field, a price
//! with a decimal point) as a [`Problem`] in both languages: where (line and
//! column) and what, in words a manager can act on. serde_json says what in
//! English only; the Chinese text names the common cases and quotes the
//! English detail otherwise.
use serde_json::error::Category;

use super::Problem;
use crate::text::Text;

/// The problem of `e`, without a path (it is about the whole file).
pub fn json_problem(e: &serde_json::Error) -> Problem {
    let what = json_detail(e);
    let (line, column) = (e.line(), e.column());
    Problem::new(
        "",
        format!("第 {line} 行第 {column} 列：{}", what.zh),
        format!("line {line}, column {column}: {}", what.en),
    )
}

/// What is wrong, without where: for a reader that names the place itself
/// (a customer of a list, whose line serde counts from the customer).
pub fn json_detail(e: &serde_json::Error) -> Text {
    let full = e.to_string();
    // serde_json appends " at line L column C"; the place is said apart.
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let detail = full.strip_suffix(&suffix).unwrap_or(&full);
    Text::new(chinese(detail, e.classify()), detail)
}

/// The first `name` in backticks of serde's message (`missing field `id``).
fn quoted(detail: &str) -> Option<&str> {
    let (_, rest) = detail.split_once('`')?;
    rest.split_once('`').map(|(name, _)| name)
}

fn chinese(detail: &str, category: Category) -> String {
    let name = quoted(detail).unwrap_or_default();
    let known = [
        (
            "EOF while parsing",
            "文件不完整，缺少结尾（可能少了 ]、} 或引号）".to_string(),
        ),
        ("expected `,` or `]`", "此处缺少逗号 , 或 ]".to_string()),
        ("expected `,` or `}`", "此处缺少逗号 , 或 }".to_string()),
        ("expected `:`", "此处缺少冒号 :".to_string()),
        (
            "expected value",
            "此处应为一个值（数字、文字、列表等）".to_string(),
        ),
        (
            "expected ident",
            "无法识别的内容（true、false、null 拼写有误？）".to_string(),
        ),
        ("trailing comma", "最后一项后面多了一个逗号".to_string()),
        (
            "trailing characters",
            "内容结束后还有多余的字符".to_string(),
        ),
        ("key must be a string", "字段名必须加双引号".to_string()),
        ("invalid escape", "文字中的转义符 \\ 有误".to_string()),
        ("invalid number", "数字格式有误".to_string()),
        ("number out of range", "数字超出范围".to_string()),
        (
            "control character",
            "文字中有不允许的控制字符（如换行），请用 \\n".to_string(),
        ),
        ("missing field", format!("缺少字段 {name}")),
        ("unknown field", format!("无法识别的字段 {name}")),
        ("duplicate field", format!("字段 {name} 重复出现")),
        ("unknown variant", format!("无法识别的取值 {name}")),
        (
            "invalid type: floating point",
            format!("此处应为整数，不是 {name}（金额以分为单位，不带小数点）"),
        ),
        ("invalid type", format!("此处的类型不对（{detail}）")),
        ("invalid value", format!("此处的取值不对（{detail}）")),
        ("invalid length", format!("此处的项数不对（{detail}）")),
    ];
    if let Some((_, zh)) = known.into_iter().find(|(en, _)| detail.starts_with(en)) {
        return zh;
    }
    let kind = match category {
        Category::Io => "读取失败",
        Category::Syntax => "JSON 格式错误",
        Category::Data => "内容与资费表的格式不符",
        Category::Eof => "文件不完整",
    };
    format!("{kind}（{detail}）")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(json: &str) -> Problem {
        let e = serde_json::from_str::<crate::Catalog>(json).expect_err("bad json");
        json_problem(&e)
    }

    #[test]
    fn the_place_comes_first_once_in_both_languages() {
        let p = problem("{\n  \"schema_version\": 1\n  \"id\": \"x\"\n}");
        assert_eq!(p.path, "");
        assert_eq!(p.message.en, "line 3, column 3: expected `,` or `}`");
        assert_eq!(p.message.zh, "第 3 行第 3 列：此处缺少逗号 , 或 }");
    }

    #[test]
    fn a_cut_off_file_and_a_missing_field_are_named_in_chinese() {
        let p = problem("{\n  \"plans\": [");
        assert!(p.message.zh.starts_with("第 2 行"), "{}", p.message.zh);
        assert!(p.message.zh.contains("文件不完整"), "{}", p.message.zh);
        assert!(
            p.message.en.contains("EOF while parsing"),
            "{}",
            p.message.en
        );
        let p = problem("{}");
        assert!(
            p.message.zh.contains("缺少字段 schema_version"),
            "{}",
            p.message.zh
        );
    }
}
