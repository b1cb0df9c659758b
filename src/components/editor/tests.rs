//! Host tests of the editor's codecs: the plans as CSV, JSON import, the
//! draft-vs-published diff and whole-item operations.
use proposal_engine::{default_catalog, Lang, Money};

use super::csv::{plans_from_csv, plans_to_csv};
use super::diff::{diff, show, Change};
use super::import::{import_csv, import_json};
use super::item_ops::{item_json, with_copy, with_item, without};
use super::yuan_text;

#[test]
fn the_plans_survive_csv_exactly() {
    let c = default_catalog();
    let csv = plans_to_csv(&c);
    assert!(csv.starts_with("id,name.zh,name.en,"), "{}", &csv[..40]);
    let (plans, lines) = plans_from_csv(&csv, Lang::En).unwrap();
    assert_eq!(plans, c.plans);
    assert_eq!(lines[0], 2, "the first plan is on line 2");
}

#[test]
fn a_bad_csv_cell_is_named_by_line_and_field() {
    let c = default_catalog();
    let csv = plans_to_csv(&c);
    let fee = format!(",{},", yuan_text(c.plans[1].monthly_fee));
    let bad: Vec<String> = csv
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 2 {
                l.replacen(&fee, ",12x,", 1)
            } else {
                l.into()
            }
        })
        .collect();
    let err = import_csv(&c, &bad.join("\n"), Lang::En).unwrap_err();
    assert!(
        err.iter()
            .any(|e| e.starts_with("line 3, field monthly_fee")),
        "{err:?}"
    );
}

#[test]
fn a_csv_with_an_unknown_or_missing_column_is_refused() {
    let err = plans_from_csv("id,colour\nx,red\n", Lang::En).unwrap_err();
    assert!(
        err.iter().any(|e| e.contains("unknown field \"colour\"")),
        "{err:?}"
    );
    assert!(
        err.iter().any(|e| e.contains("monthly_fee is missing")),
        "{err:?}"
    );
    assert!(plans_from_csv("", Lang::En).is_err());
}

#[test]
fn quoted_csv_cells_keep_commas_quotes_and_new_lines() {
    let mut c = default_catalog();
    c.plans[0].name.zh = "家庭, \"畅享\"\n套餐".into();
    let (plans, _) = plans_from_csv(&plans_to_csv(&c), Lang::En).unwrap();
    assert_eq!(plans[0].name.zh, c.plans[0].name.zh);
}

#[test]
fn validator_problems_of_imported_csv_name_the_line() {
    let c = default_catalog();
    let mut edited = c.clone();
    edited.plans[1].monthly_fee = Money(-500);
    let err = import_csv(&c, &plans_to_csv(&edited), Lang::En).unwrap_err();
    assert!(
        err.iter()
            .any(|e| e.starts_with("line 3, field monthly_fee")),
        "{err:?}"
    );
}

#[test]
fn json_import_reads_whole_tables_and_names_the_line_of_a_bad_file() {
    let c = default_catalog();
    assert_eq!(import_json(&c.to_json(), Lang::En).unwrap(), c);
    let err = import_json("{\n  \"plans\": [", Lang::En).unwrap_err();
    assert!(err[0].contains("line 2"), "{err:?}");
}

#[test]
fn the_diff_names_added_removed_and_changed_items() {
    let c = default_catalog();
    let mut d = c.clone();
    d.plans[0].monthly_fee = Money(1);
    let gone = d.addons.remove(0).id;
    d.fees[0].id = proposal_engine::ItemId::new("fee.new");
    let changes = diff(&c, &d);
    assert!(changes.iter().any(|x| matches!(x,
        Change::Field { path, new, .. } if path.ends_with("monthly_fee") && new == "1")));
    assert!(changes.contains(&Change::Removed(format!("addons {gone}"))));
    assert!(changes.contains(&Change::Added("fees fee.new".into())));
    assert!(diff(&c, &c).is_empty());
}

#[test]
fn the_diff_shows_amounts_in_yuan() {
    assert_eq!(
        show("plans p1.monthly_fee", "12850", Lang::En),
        Money(12_850).format(Lang::En)
    );
    assert_eq!(show("plans p1.name.zh", "12850", Lang::En), "12850");
}

#[test]
fn an_item_is_copied_under_a_new_id_replaced_and_removed() {
    let c = default_catalog();
    let n = c.bundles.len();
    let copied = with_copy(&c, "bundles", 0).unwrap();
    assert_eq!(copied.bundles.len(), n + 1);
    assert_eq!(
        copied.bundles[n].id.0,
        format!("{}-{}", c.bundles[0].id, n + 1)
    );
    let smaller = without(&c, "bundles", 0).unwrap();
    assert_eq!(smaller.bundles[0], c.bundles[1]);
    assert!(without(&c, "bundles", n).is_none());
    let json = item_json(&c, "fees", Some(0)).replace(&c.fees[0].id.0, "fee.x");
    assert_eq!(
        with_item(&c, "fees", Some(0), &json).unwrap().fees[0].id.0,
        "fee.x"
    );
    assert!(with_item(&c, "fees", Some(0), "{")
        .unwrap_err()
        .en
        .contains("line 1"));
}
