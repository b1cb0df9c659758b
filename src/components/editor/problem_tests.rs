//! The validator's problems shown in the UI's language: the list, the
//! form's field errors and an import's refusal say the Chinese text in the
//! Chinese UI and the English one in the English UI, at the same place.
use proposal_engine::{default_catalog, validate_catalog, Lang, Money, Problem};

use super::form::field_view::problems_at;
use super::import::import_json;
use super::problems::problem_row;

fn problems() -> Vec<Problem> {
    let mut c = default_catalog();
    c.plans[0].monthly_fee = Money(-1);
    c.brand.hotline.clear();
    validate_catalog(&c).expect_err("broken tables")
}

#[test]
fn the_problem_list_speaks_the_ui_language_and_names_items_and_fields() {
    let mut c = default_catalog();
    c.plans[0].monthly_fee = Money(-1);
    c.brand.hotline.clear();
    let i = c
        .bundles
        .iter()
        .position(|b| b.id.as_str() == "bundle.family")
        .unwrap();
    c.bundles[i].monthly_fee = Money(-1);
    c.bundles[i].slots[1].max = 0;
    let ps = validate_catalog(&c).expect_err("broken tables");
    let zh: Vec<_> = ps.iter().map(|p| problem_row(&c, p, Lang::ZhCn)).collect();
    let en: Vec<_> = ps.iter().map(|p| problem_row(&c, p, Lang::En)).collect();
    let plan = c.plans[0].name.zh.clone();
    assert!(
        zh.contains(&format!("套餐「{plan}」· 月费：不能为负数")),
        "{zh:?}"
    );
    assert!(
        zh.contains(&"融合套餐「家庭融合129元」· 月费：不能为负数".to_string()),
        "{zh:?}"
    );
    assert!(
        zh.iter()
            .any(|l| l.starts_with("融合套餐「家庭融合129元」· 成员类型 2 · 最多：")),
        "{zh:?}"
    );
    assert!(
        zh.iter()
            .any(|l| l.starts_with("品牌与联系方式「") && l.contains("」· 客服电话：不能为空")),
        "{zh:?}"
    );
    assert!(
        en.contains(
            &"Bundles \"Family bundle 129\" · Monthly fee: must not be negative".to_string()
        ),
        "{en:?}"
    );
    // No internal path anywhere, in either language.
    for line in zh.iter().chain(&en) {
        assert!(
            !line.contains('[') && !line.contains("monthly_fee") && !line.contains("brand."),
            "{line}"
        );
    }
    assert!(
        en.iter()
            .all(|m| m.chars().all(|c| c.is_ascii() || c == '·')),
        "{en:?}"
    );
}

#[test]
fn an_imported_file_that_breaks_a_rule_is_named_too() {
    let mut c = default_catalog();
    c.bundles[0].monthly_fee = Money(-100);
    let name = c.bundles[0].name.zh.clone();
    let zh = import_json(&c.to_json(), Lang::ZhCn).unwrap_err();
    assert!(
        zh.contains(&format!("融合套餐「{name}」· 月费：不能为负数")),
        "{zh:?}"
    );
}

#[test]
fn a_fields_error_and_an_import_refusal_speak_it_too() {
    let ps = problems();
    assert_eq!(
        problems_at(&ps, "plans[0].monthly_fee", Lang::ZhCn).as_deref(),
        Some("不能为负数")
    );
    assert_eq!(
        problems_at(&ps, "plans[0].monthly_fee", Lang::En).as_deref(),
        Some("must not be negative")
    );
    let cut = "{\n  \"plans\": [";
    let zh = import_json(cut, Lang::ZhCn).unwrap_err();
    assert!(
        zh[0].starts_with("第 2 行") && zh[0].contains("文件不完整"),
        "{zh:?}"
    );
    let en = import_json(cut, Lang::En).unwrap_err();
    assert!(
        en[0].starts_with("line 2, column ") && en[0].contains("EOF"),
        "{en:?}"
    );
}
