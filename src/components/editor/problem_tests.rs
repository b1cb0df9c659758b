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
fn the_problem_list_speaks_the_ui_language() {
    let ps = problems();
    let zh: Vec<_> = ps.iter().map(|p| problem_row(p, Lang::ZhCn)).collect();
    let en: Vec<_> = ps.iter().map(|p| problem_row(p, Lang::En)).collect();
    assert!(
        zh.contains(&("plans[0].monthly_fee".into(), "不能为负数".into())),
        "{zh:?}"
    );
    assert!(
        en.contains(&("plans[0].monthly_fee".into(), "must not be negative".into())),
        "{en:?}"
    );
    assert!(
        zh.contains(&(
            "brand.hotline".into(),
            "不能为空：建议书上要印客服热线".into()
        )),
        "{zh:?}"
    );
    assert!(en.iter().all(|(_, m)| m.is_ascii()), "{en:?}");
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
