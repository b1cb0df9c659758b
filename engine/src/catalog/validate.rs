//! Validation of package tables: the same code checks the shipped defaults and
//! every manager's edit, and reports every problem with its path.
use std::collections::HashSet;

use super::{Allowance, Catalog, Eligibility, ItemId, PromotionKind, SCHEMA_VERSION};
use crate::money::Money;
use crate::problem::{Problem, Problems};
use crate::text::Text;

/// Every problem in `catalog`, or `Ok` when it can be used for pricing.
pub fn validate_catalog(catalog: &Catalog) -> Result<(), Vec<Problem>> {
    let mut p = Problems::default();
    p.check(
        catalog.schema_version != SCHEMA_VERSION,
        || "schema_version".into(),
        "unknown schema version",
    );
    p.check(
        catalog.id.trim().is_empty(),
        || "id".into(),
        "must not be empty",
    );
    p.check(
        catalog.version == 0,
        || "version".into(),
        "must be 1 or more",
    );
    p.check(
        !is_date(&catalog.effective_from),
        || "effective_from".into(),
        "must be a date like 2026-12-01",
    );
    p.check(
        catalog.currency != "CNY",
        || "currency".into(),
        "only CNY is supported",
    );
    text(&mut p, "brand.operator", &catalog.brand.operator);
    p.check(
        catalog.credit_cap.0 > 10_000,
        || "credit_cap".into(),
        "must be at most 100%",
    );

    let ids = ids(catalog, &mut p);
    let has = |id: &ItemId| ids.contains(id);
    for (i, plan) in catalog.plans.iter().enumerate() {
        let at = |f: &str| format!("plans[{i}].{f}");
        text(&mut p, &at("name"), &plan.name);
        money(&mut p, &at("monthly_fee"), plan.monthly_fee);
        money(&mut p, &at("early_exit_fee"), plan.early_exit_fee);
        rates(&mut p, &at("rates"), &plan.rates);
        eligibility(&mut p, &at("eligibility"), &plan.eligibility);
        refs(&mut p, &at("includes"), &plan.includes, &|id| {
            catalog.addon(id).is_some()
        });
        refs(&mut p, &at("one_off_fees"), &plan.one_off_fees, &|id| {
            catalog.fee(id).is_some()
        });
    }
    for (i, bundle) in catalog.bundles.iter().enumerate() {
        let at = |f: &str| format!("bundles[{i}].{f}");
        text(&mut p, &at("name"), &bundle.name);
        money(&mut p, &at("monthly_fee"), bundle.monthly_fee);
        money(&mut p, &at("early_exit_fee"), bundle.early_exit_fee);
        rates(&mut p, &at("rates"), &bundle.rates);
        eligibility(&mut p, &at("eligibility"), &bundle.eligibility);
        p.check(
            bundle.slots.is_empty(),
            || at("slots"),
            "a bundle needs at least one slot",
        );
        p.check(
            bundle.slots.iter().all(|s| s.min == 0),
            || at("slots"),
            "at least one slot must require a line",
        );
        let mut kinds = HashSet::new();
        for (j, slot) in bundle.slots.iter().enumerate() {
            let at = |f: &str| format!("bundles[{i}].slots[{j}].{f}");
            p.check(
                !kinds.insert(slot.kind),
                || at("kind"),
                "each line kind may have one slot",
            );
            p.check(slot.max == 0, || at("max"), "must be 1 or more");
            p.check(
                slot.min > slot.max,
                || at("min"),
                "must not be more than max",
            );
            p.check(
                slot.max > 50,
                || at("max"),
                "at most 50 lines of a kind in one bundle",
            );
            money(&mut p, &at("member_fee"), slot.member_fee);
        }
        refs(&mut p, &at("includes"), &bundle.includes, &|id| {
            catalog.addon(id).is_some()
        });
        refs(&mut p, &at("one_off_fees"), &bundle.one_off_fees, &|id| {
            catalog.fee(id).is_some()
        });
    }
    for (i, addon) in catalog.addons.iter().enumerate() {
        let at = |f: &str| format!("addons[{i}].{f}");
        text(&mut p, &at("name"), &addon.name);
        money(&mut p, &at("monthly_fee"), addon.monthly_fee);
        eligibility(&mut p, &at("eligibility"), &addon.eligibility);
        let empty = addon.adds == Allowance::default();
        p.check(
            addon.kind.is_pack() && empty,
            || at("adds"),
            "a pack must add some allowance",
        );
    }
    for (i, promo) in catalog.promotions.iter().enumerate() {
        let at = |f: &str| format!("promotions[{i}].{f}");
        text(&mut p, &at("name"), &promo.name);
        p.check(
            promo.from_month == 0,
            || at("from_month"),
            "months count from 1",
        );
        p.check(
            promo.to_month < promo.from_month,
            || at("to_month"),
            "must not be before from_month",
        );
        p.check(
            promo.to_month > 120,
            || at("to_month"),
            "at most 120 months",
        );
        p.check(
            !(1..=3).contains(&promo.authority_level),
            || at("authority_level"),
            "must be 1, 2 or 3",
        );
        eligibility(&mut p, &at("eligibility"), &promo.eligibility);
        let target = |id: &ItemId| catalog.plan(id).is_some() || catalog.bundle(id).is_some();
        refs(&mut p, &at("applies_to"), &promo.applies_to, &target);
        match &promo.kind {
            PromotionKind::FreeMonths => {}
            PromotionKind::PercentOff { discount } => {
                p.check(
                    discount.0 == 0 || discount.0 > 10_000,
                    || at("kind.discount"),
                    "must be between 0.01% and 100%",
                );
            }
            PromotionKind::PrepayCredit {
                prepay,
                credit_per_month,
            } => {
                money(&mut p, &at("kind.prepay"), *prepay);
                money(&mut p, &at("kind.credit_per_month"), *credit_per_month);
            }
            PromotionKind::TenureCredit {
                credit_per_month, ..
            } => {
                money(&mut p, &at("kind.credit_per_month"), *credit_per_month);
            }
            PromotionKind::VolumeDiscount { tiers } => {
                p.check(
                    tiers.is_empty(),
                    || at("kind.tiers"),
                    "needs at least one tier",
                );
                for (j, t) in tiers.iter().enumerate() {
                    p.check(
                        t.discount.0 > 10_000,
                        || at(&format!("kind.tiers[{j}].discount")),
                        "must be at most 100%",
                    );
                    p.check(
                        t.min_lines == 0,
                        || at(&format!("kind.tiers[{j}].min_lines")),
                        "must be 1 or more",
                    );
                }
                let ascending = tiers.windows(2).all(|w| w[0].min_lines < w[1].min_lines);
                p.check(
                    !ascending,
                    || at("kind.tiers"),
                    "tiers must go up by line count",
                );
            }
        }
    }
    for (i, h) in catalog.handsets.iter().enumerate() {
        let at = |f: &str| format!("handsets[{i}].{f}");
        text(&mut p, &at("name"), &h.name);
        money(&mut p, &at("retail_price"), h.retail_price);
        money(&mut p, &at("contract_price"), h.contract_price);
        money(&mut p, &at("min_monthly_fee"), h.min_monthly_fee);
        p.check(
            h.contract_price > h.retail_price,
            || at("contract_price"),
            "must not be above the retail price",
        );
        p.check(
            h.contract_months == 0,
            || at("contract_months"),
            "a contract handset needs a term",
        );
    }
    for (i, fee) in catalog.fees.iter().enumerate() {
        text(&mut p, &format!("fees[{i}].name"), &fee.name);
        money(&mut p, &format!("fees[{i}].amount"), fee.amount);
    }
    for (i, g) in catalog.exclusion_groups.iter().enumerate() {
        text(&mut p, &format!("exclusion_groups[{i}].name"), &g.name);
        p.check(
            g.members.len() < 2,
            || format!("exclusion_groups[{i}].members"),
            "a group needs two or more members",
        );
        refs(
            &mut p,
            &format!("exclusion_groups[{i}].members"),
            &g.members,
            &has,
        );
    }
    p.into_result()
}

/// Every id, once; duplicates and blanks are problems.
fn ids(catalog: &Catalog, p: &mut Problems) -> HashSet<ItemId> {
    let all = catalog
        .plans
        .iter()
        .enumerate()
        .map(|(i, x)| (format!("plans[{i}].id"), &x.id))
        .chain(
            catalog
                .bundles
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("bundles[{i}].id"), &x.id)),
        )
        .chain(
            catalog
                .addons
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("addons[{i}].id"), &x.id)),
        )
        .chain(
            catalog
                .promotions
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("promotions[{i}].id"), &x.id)),
        )
        .chain(
            catalog
                .handsets
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("handsets[{i}].id"), &x.id)),
        )
        .chain(
            catalog
                .fees
                .iter()
                .enumerate()
                .map(|(i, x)| (format!("fees[{i}].id"), &x.id)),
        );
    let mut seen = HashSet::new();
    for (path, id) in all {
        if id.0.trim().is_empty() {
            p.add(path, "must not be empty");
        } else if !seen.insert(id.clone()) {
            p.add(path, format!("id {id} is used twice"));
        }
    }
    seen
}

fn refs(p: &mut Problems, path: &str, ids: &[ItemId], exists: &dyn Fn(&ItemId) -> bool) {
    for (i, id) in ids.iter().enumerate() {
        p.check(
            !exists(id),
            || format!("{path}[{i}]"),
            &format!("no item {id} of the right kind"),
        );
    }
}

fn text(p: &mut Problems, path: &str, t: &Text) {
    p.check(
        t.zh.trim().is_empty(),
        || format!("{path}.zh"),
        "the Chinese name must not be empty",
    );
    p.check(
        t.en.trim().is_empty(),
        || format!("{path}.en"),
        "the English name must not be empty",
    );
}

fn money(p: &mut Problems, path: &str, m: Money) {
    p.check(m.0 < 0, || path.to_string(), "must not be negative");
    p.check(
        m.0 > 100_000_000,
        || path.to_string(),
        "must be at most ¥1,000,000.00",
    );
}

fn rates(p: &mut Problems, path: &str, r: &super::Rates) {
    money(p, &format!("{path}.domestic_per_min"), r.domestic_per_min);
    money(p, &format!("{path}.data_per_mb"), r.data_per_mb);
    money(p, &format!("{path}.sms_each"), r.sms_each);
    if let Some(ld) = r.long_distance_per_min {
        money(p, &format!("{path}.long_distance_per_min"), ld);
    }
}

fn eligibility(p: &mut Problems, path: &str, e: &Eligibility) {
    if let (Some(min), Some(max)) = (e.min_lines, e.max_lines) {
        p.check(
            min > max,
            || format!("{path}.min_lines"),
            "must not be more than max_lines",
        );
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let month: u32 = s[5..7].parse().unwrap_or(0);
    let day: u32 = s[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}
