//! The pricing-rule table has one source, `catalog/rules/list.rs`: README's
//! `## Pricing rules` table must list exactly its fields, in its order, and
//! every row must say its meaning and the tables' setting in both languages,
//! rendered from the tables themselves.
use proposal_engine::catalog::{pricing_rules, ItemId, RuleField, Stacking};
use proposal_engine::default_catalog;

/// The first name in backticks of each row's field column of README's
/// `## Pricing rules` table (`—, fixed (`discount_rounding`)` gives
/// `discount_rounding`).
fn readme_fields() -> Vec<String> {
    let readme = include_str!("../../README.md");
    let section = readme
        .split("\n## Pricing rules\n")
        .nth(1)
        .expect("README has a ## Pricing rules section");
    let section = section.split("\n## ").next().unwrap_or(section);
    section
        .lines()
        .skip_while(|l| !l.starts_with("| field |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|row| {
            let field = row.split('|').nth(1).unwrap_or_default();
            let name = field.split('`').nth(1);
            name.unwrap_or_else(|| panic!("no `field` in row {row}"))
                .to_string()
        })
        .collect()
}

#[test]
fn readme_rule_table_lists_exactly_the_engines_rules_in_order() {
    let listed: Vec<String> = pricing_rules(&default_catalog())
        .iter()
        .map(|r| r.field.key().to_string())
        .collect();
    assert_eq!(readme_fields(), listed);
}

#[test]
fn a_fixed_rule_reads_fixed_in_readme() {
    let readme = include_str!("../../README.md");
    for rule in pricing_rules(&default_catalog()) {
        if let RuleField::Fixed(key) = rule.field {
            let cell = format!("| —, fixed (`{key}`) |");
            assert!(readme.contains(&cell), "README lacks {cell}");
        }
    }
}

#[test]
fn every_rule_speaks_both_languages() {
    for rule in pricing_rules(&default_catalog()) {
        let key = rule.field.key();
        for text in [&rule.meaning, &rule.setting, &rule.field.label()] {
            assert!(
                !text.zh.is_empty() && !text.en.is_empty(),
                "{key}: {text:?}"
            );
        }
        // A path or a percentage reads the same in both; a meaning never does.
        let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        assert!(han(&rule.meaning.zh), "{key}: no Chinese in its meaning");
        assert_ne!(rule.meaning.zh, rule.meaning.en, "{key}");
    }
}

#[test]
fn settings_are_rendered_from_the_tables_given() {
    let setting = |catalog: &proposal_engine::Catalog, key: &str| {
        let rules = pricing_rules(catalog);
        let rule = rules.iter().find(|r| r.field.key() == key).expect(key);
        rule.setting.clone()
    };
    let mut catalog = default_catalog();
    assert_eq!(setting(&catalog, "credit_cap").en, "50%");
    assert!(setting(&catalog, "policy.stacking").zh.contains("折上折"));
    // The tenure credit counts once per customer in the default tables.
    let tenure = catalog
        .promotion(&ItemId::new("promo.tenure-5y"))
        .expect("tenure");
    let per = setting(&catalog, "promotions[].credit_per");
    assert!(
        per.en.contains(&format!("{}: account", tenure.name.en)),
        "{}",
        per.en
    );
    catalog.policy.stacking = Stacking::Add;
    catalog.credit_cap = proposal_engine::money::Bps(3_000);
    catalog.handsets.clear();
    assert_eq!(setting(&catalog, "credit_cap").zh, "30%");
    assert!(setting(&catalog, "policy.stacking").zh.contains("相加"));
    assert_eq!(setting(&catalog, "handsets[].min_monthly_fee").en, "none");
}
