//! Host tests of the field tables: every stored field of every item type
//! has a form field, each reads back what it wrote, and bad text is refused
//! at its field without changing the item.
use std::collections::BTreeSet;

use proposal_engine::catalog::{Bundle, Plan, Promotion, PromotionKind};
use proposal_engine::{default_catalog, Money};
use serde_json::Value;

use super::super::form::field::Shape;
use super::super::form::Item;
use super::promotion_kind::{blanks, type_name, KINDS};

/// The item's stored fields as paths: `allowance.data_mb`,
/// `slots[0].kind`; a list of plain values (ids, names) is one field.
fn leaves(prefix: &str, v: &Value, out: &mut BTreeSet<String>) {
    let join = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match v {
        Value::Object(m) => m.iter().for_each(|(k, v)| leaves(&join(k), v, out)),
        Value::Array(a) if a.iter().any(Value::is_object) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaves(&format!("{prefix}[{i}]"), v, out)),
        _ => {
            out.insert(prefix.to_string());
        }
    }
}

fn assert_every_field_in_the_form<T: Item + serde::Serialize>(item: &T) {
    let mut stored = BTreeSet::new();
    leaves("", &serde_json::to_value(item).unwrap(), &mut stored);
    let keys: Vec<String> = item.fields().iter().map(|f| f.key.to_string()).collect();
    let in_form: BTreeSet<String> = keys.iter().cloned().collect();
    assert_eq!(in_form.len(), keys.len(), "{}: a key twice", T::PREFIX);
    let missing: Vec<&String> = stored.difference(&in_form).collect();
    assert!(
        missing.is_empty(),
        "{}: no form field for {missing:?}",
        T::PREFIX
    );
}

fn assert_round_trip<T: Item + std::fmt::Debug>(item: &T) {
    for field in item.fields() {
        let mut again = item.clone();
        field.set(&mut again, &field.get(item)).unwrap();
        assert_eq!(
            &again,
            item,
            "{}: {} as text and back",
            T::PREFIX,
            field.key
        );
    }
}

fn every_promotion_type() -> Vec<Promotion> {
    let base = default_catalog().promotions[0].clone();
    blanks()
        .into_iter()
        .map(|kind| {
            let mut p = Promotion {
                kind,
                ..base.clone()
            };
            p.act(Shape::AddTier);
            p
        })
        .collect()
}

#[test]
fn every_stored_field_of_every_item_type_has_a_form_field() {
    let c = default_catalog();
    c.plans.iter().for_each(assert_every_field_in_the_form);
    c.bundles.iter().for_each(assert_every_field_in_the_form);
    c.addons.iter().for_each(assert_every_field_in_the_form);
    c.handsets.iter().for_each(assert_every_field_in_the_form);
    c.fees.iter().for_each(assert_every_field_in_the_form);
    c.exclusion_groups
        .iter()
        .for_each(assert_every_field_in_the_form);
    assert_every_field_in_the_form(&c.brand);
    assert_every_field_in_the_form(&c.policy);
    every_promotion_type()
        .iter()
        .for_each(assert_every_field_in_the_form);
}

#[test]
fn every_field_reads_back_what_it_writes() {
    let c = default_catalog();
    c.plans.iter().for_each(assert_round_trip);
    c.bundles.iter().for_each(assert_round_trip);
    c.addons.iter().for_each(assert_round_trip);
    c.handsets.iter().for_each(assert_round_trip);
    c.fees.iter().for_each(assert_round_trip);
    c.exclusion_groups.iter().for_each(assert_round_trip);
    assert_round_trip(&c.brand);
    assert_round_trip(&c.policy);
    every_promotion_type().iter().for_each(assert_round_trip);
}

#[test]
fn bad_text_is_refused_at_its_field_and_changes_nothing() {
    let plan = default_catalog().plans[0].clone();
    let mut edited = plan.clone();
    let err = edited.set("monthly_fee", "12x").unwrap_err();
    assert!(
        err.en.contains("12x") && err.zh.contains("12x"),
        "both languages say what was typed: {err:?}"
    );
    assert_eq!(edited, plan);
    assert!(edited.set("contract_months", "1.5").is_err());
    assert!(edited.set("allowance.data_mb", "lots").is_err());
    assert_eq!(edited, plan);
}

#[test]
fn a_plan_takes_yuan_as_fen_and_data_in_gigabytes() {
    let mut plan: Plan = default_catalog().plans[0].clone();
    plan.set("monthly_fee", "128.5").unwrap();
    assert_eq!(plan.monthly_fee, Money(12_850));
    assert_eq!(plan.get("monthly_fee"), "128.50");
    plan.set("allowance.data_mb", "30 GB").unwrap();
    assert_eq!(plan.allowance.data_mb, 30 * 1024);
    plan.set("rates.long_distance_per_min", "").unwrap();
    assert_eq!(plan.rates.long_distance_per_min, None, "empty: no rate");
    plan.set("eligibility.segments", "family, business")
        .unwrap();
    assert_eq!(plan.eligibility.segments.len(), 2);
    assert!(plan.set("eligibility.segments", "nobody").is_err());
}

#[test]
fn a_promotion_takes_a_sale_window_and_an_audience() {
    let mut p = default_catalog().promotions[0].clone();
    p.set("eligibility.on_sale_from", "2026-12-01").unwrap();
    p.set("eligibility.on_sale_until", "2026-12-31").unwrap();
    p.set("eligibility.audiences", "new_customers, contract_ending")
        .unwrap();
    p.set("eligibility.contract_ending_within_months", "3")
        .unwrap();
    let e = &p.eligibility;
    assert_eq!(e.on_sale_from, proposal_engine::Date::new(2026, 12, 1));
    assert_eq!(e.on_sale_until, proposal_engine::Date::new(2026, 12, 31));
    assert_eq!(e.audiences.len(), 2);
    assert_eq!(e.contract_ending_within_months, Some(3));
    assert_eq!(p.get("eligibility.on_sale_until"), "2026-12-31");
    assert_eq!(
        p.get("eligibility.audiences"),
        "new_customers, contract_ending"
    );
    assert!(p.set("eligibility.on_sale_until", "2026-02-30").is_err());
    assert!(p.set("eligibility.audiences", "everyone").is_err());
    // Emptied, the window is gone (never a zero date).
    p.set("eligibility.on_sale_until", "").unwrap();
    assert_eq!(p.eligibility.on_sale_until, None);
}

#[test]
fn a_new_promotion_type_starts_blank_and_the_same_type_keeps_its_fields() {
    let mut p = default_catalog().promotions[0].clone();
    p.set("kind.type", "percent_off").unwrap();
    p.set("kind.discount", "15").unwrap();
    let before = p.clone();
    p.set("kind.type", "percent_off").unwrap();
    assert_eq!(p, before, "the same type changes nothing");
    p.set("kind.type", "tenure_credit").unwrap();
    assert_eq!(
        p.kind,
        PromotionKind::TenureCredit {
            min_tenure_months: 0,
            credit_per_month: Money::ZERO
        }
    );
    assert_eq!(p.get("kind.discount"), "", "another type's field is gone");
    assert!(p.set("kind.type", "half_price").is_err());
}

#[test]
fn the_type_choice_offers_every_type_once() {
    let names: Vec<&str> = blanks().iter().map(type_name).collect();
    let offered: Vec<&str> = KINDS.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, offered);
}

#[test]
fn slots_and_tiers_are_added_and_removed_in_place() {
    let mut b: Bundle = default_catalog().bundles[0].clone();
    let n = b.slots.len();
    b.act(Shape::AddSlot);
    assert_eq!(b.slots.len(), n + 1);
    b.set(&format!("slots[{n}].max"), "4").unwrap();
    assert_eq!(b.slots[n].max, 4);
    b.act(Shape::RemoveSlot(0));
    assert_eq!(b.slots.len(), n);
    assert_eq!(b.slots[n - 1].max, 4, "the later slot moved up");
    b.act(Shape::RemoveSlot(99));
    assert_eq!(b.slots.len(), n, "no such slot: nothing happens");

    let mut p = every_promotion_type().pop().unwrap();
    p.act(Shape::AddTier);
    assert_eq!(p.get("kind.tiers[1].min_lines"), "2", "above the last tier");
    p.act(Shape::RemoveTier(0));
    assert_eq!(p.get("kind.tiers[0].min_lines"), "2");
}

/// The form keys of the first item of `list` in `c` (every type's keys).
fn form_keys(c: &proposal_engine::Catalog, list: &str) -> Vec<String> {
    use proposal_engine::catalog::{
        AddOn, Brand, Bundle, ExclusionGroup, Handset, OneOffFee, Plan, Policy, Promotion,
    };
    fn keys<T: Item>(item: Option<&T>) -> Vec<String> {
        item.map(|i| i.fields().iter().map(|f| f.key.to_string()).collect())
            .unwrap_or_default()
    }
    match list {
        "" => keys(Some(c)),
        "plans" => keys::<Plan>(c.plans.first()),
        "bundles" => keys::<Bundle>(c.bundles.first()),
        "addons" => keys::<AddOn>(c.addons.first()),
        "promotions" => keys::<Promotion>(c.promotions.first()),
        "handsets" => keys::<Handset>(c.handsets.first()),
        "fees" => keys::<OneOffFee>(c.fees.first()),
        "exclusion_groups" => keys::<ExclusionGroup>(c.exclusion_groups.first()),
        "policy" => keys::<Policy>(Some(&c.policy)),
        "brand" => keys::<Brand>(Some(&c.brand)),
        other => panic!("a rule in a list the test does not know: {other}"),
    }
}

#[test]
fn every_rule_the_tables_set_has_a_form_field() {
    use proposal_engine::catalog::{pricing_rules, RuleField};
    let c = default_catalog();
    for rule in pricing_rules(&c) {
        let RuleField::Tables(path) = rule.field else {
            continue;
        };
        // `promotions[].fees.addons` is the key `fees.addons` of a promotion;
        // `bundles[].slots[].free_members` of the first slot; `credit_cap`
        // and `policy.stacking` are the tables' own.
        let (list, key) = match path.split_once("[].") {
            Some((list, key)) => (list, key.replace("[]", "[0]")),
            None => match path.split_once('.') {
                Some((list, key)) => (list, key.to_string()),
                None => ("", path.to_string()),
            },
        };
        let keys = form_keys(&c, list);
        assert!(
            keys.iter()
                .any(|k| *k == key || k.starts_with(&format!("{key}."))),
            "the rule {path} has no form field (the {list:?} form has {keys:?})"
        );
    }
}

#[test]
fn the_credit_cap_is_edited_as_a_percentage() {
    let mut c = default_catalog();
    assert_eq!(c.get("credit_cap"), "50");
    c.set("credit_cap", "30").unwrap();
    assert_eq!(c.credit_cap, proposal_engine::Bps(3_000));
    assert!(c.set("credit_cap", "lots").is_err());
    assert_eq!(c.credit_cap, proposal_engine::Bps(3_000));
}
