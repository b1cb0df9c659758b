//! The editor's own messages in the UI's language: a plans CSV's bad cell, a
//! validator's problem placed in the CSV or named by its item, an item's
//! JSON that does not read; and the pricing-rule table, rendered from the
//! engine's list word for word.
use proposal_engine::catalog::pricing_rules;
use proposal_engine::{default_catalog, Lang, Money};

use super::csv::plans_to_csv;
use super::import::import_csv;
use super::item_ops::{item_json, with_item};
use super::rule_table::rule_rows;
use super::yuan_text;

#[test]
fn a_bad_csv_cell_is_said_in_the_ui_language_with_the_columns_label() {
    let c = default_catalog();
    let fee = format!(",{},", yuan_text(c.plans[1].monthly_fee));
    let csv = plans_to_csv(&c).replacen(&fee, ",12x,", 1);
    let zh = import_csv(&c, &csv, Lang::ZhCn).unwrap_err();
    assert!(
        zh.iter()
            .any(|e| e.starts_with("第 3 行，月费（monthly_fee）：")),
        "{zh:?}"
    );
    let en = import_csv(&c, &csv, Lang::En).unwrap_err();
    assert!(
        en.iter()
            .any(|e| e.starts_with("line 3, field monthly_fee (Monthly fee): ")),
        "{en:?}"
    );
    let zh = import_csv(&c, "id,colour\nx,red\n", Lang::ZhCn).unwrap_err();
    assert!(
        zh.contains(&"第 1 行第 2 列：无法识别的字段 \"colour\"".to_string()),
        "{zh:?}"
    );
    assert!(
        zh.contains(&"第 1 行：缺少 monthly_fee 这一列".to_string()),
        "{zh:?}"
    );
    let zh = import_csv(&c, "", Lang::ZhCn).unwrap_err();
    assert!(zh.iter().all(|e| !e.contains("line")), "{zh:?}");
}

#[test]
fn a_validators_problem_outside_the_plans_names_its_item_not_a_path() {
    // A promotion that names a plan the CSV no longer has.
    let c = default_catalog();
    let is_plan = |id| c.plans.iter().any(|p| &p.id == id);
    let (i, promo) = c
        .promotions
        .iter()
        .enumerate()
        .find(|(_, p)| p.applies_to.iter().any(is_plan))
        .expect("a promotion for some plans");
    let mut fewer = c.clone();
    fewer.plans.retain(|p| !promo.applies_to.contains(&p.id));
    let Err(zh) = import_csv(&c, &plans_to_csv(&fewer), Lang::ZhCn) else {
        panic!("a promotion names a plan no longer there: refused");
    };
    let named = format!("优惠「{}」· 适用套餐：", promo.name.zh);
    assert!(zh.iter().any(|e| e.starts_with(&named)), "{named}\n{zh:?}");
    assert!(
        zh.iter()
            .all(|e| !e.contains(&format!("promotions[{i}]")) && !e.contains("applies_to")),
        "{zh:?}"
    );
}

#[test]
fn an_items_json_that_does_not_read_is_explained_in_both_languages() {
    let c = default_catalog();
    let err = with_item(&c, "fees", Some(0), "{\n  \"id\": \"x\",\n").unwrap_err();
    assert!(err.zh.starts_with("第 3 行"), "{err:?}");
    assert!(err.zh.contains("文件不完整"), "{err:?}");
    assert!(err.en.starts_with("line 3"), "{err:?}");
    // Well-formed, but not a fee: a missing field, named in Chinese.
    let err = with_item(&c, "fees", Some(0), "{\"id\": \"fee.x\"}").unwrap_err();
    assert!(
        err.zh.starts_with("内容与此项的格式不符：缺少字段 "),
        "{err:?}"
    );
    assert!(
        err.en
            .starts_with("not the shape of this item: missing field"),
        "{err:?}"
    );
    let json = item_json(&c, "fees", Some(0));
    assert!(with_item(&c, "fees", Some(7_000), &json).is_err());
    let fee = c.fees[0].amount;
    let cheaper = json.replace(&fee.0.to_string(), &(fee.0 - 1).to_string());
    let next = with_item(&c, "fees", Some(0), &cheaper).unwrap();
    assert_eq!(next.fees[0].amount, Money(fee.0 - 1));
}

#[test]
fn the_rule_table_is_the_engines_list_rendered_in_the_ui_language() {
    let mut c = default_catalog();
    let rules = pricing_rules(&c);
    for lang in [Lang::ZhCn, Lang::En] {
        let rows = rule_rows(&c, lang);
        assert_eq!(rows.len(), rules.len());
        for (row, rule) in rows.iter().zip(&rules) {
            assert_eq!(row[0], rule.field.label().get(lang));
            assert_eq!(row[1], rule.meaning.get(lang));
            assert_eq!(row[2], rule.setting.get(lang));
        }
    }
    assert_eq!(rule_rows(&c, Lang::ZhCn)[0][0], "credit_cap");
    // The setting follows the draft.
    c.credit_cap = proposal_engine::Bps(2_500);
    assert_eq!(rule_rows(&c, Lang::En)[0][2], "25%");
}
