//! Checks of plans, bundles, add-ons, handsets, one-off fees and exclusion groups.
use std::collections::HashSet;

use super::{eligibility, money, months, optional_text, rates, refs, text};
use crate::catalog::{Allowance, Catalog, ItemId, LineKind, Rates, Scope};
use crate::customer::{RateSlot, UsageField};
use crate::problem::Problems;

/// Included features must be feature add-ons: a pack adds allowance, so a
/// plan that "includes" one should have the allowance instead.
fn feature(catalog: &Catalog) -> impl Fn(&ItemId) -> bool + '_ {
    |id| catalog.addon(id).is_some_and(|a| !a.kind.is_pack())
}

/// An allowance of a quantity billed apart only when its rate is set (long
/// distance): with the rate unset the usage counts as domestic minutes, and
/// the allowance would change nothing.
fn unbilled_allowance(
    p: &mut Problems,
    allowance: &Allowance,
    rates: &Rates,
    at: &dyn Fn(&str) -> String,
    whose: [&str; 2],
) {
    let [whose_zh, whose] = whose;
    for f in UsageField::ALL {
        let Some(metered) = f.spec().metered else {
            continue;
        };
        let unset = match metered.rate {
            RateSlot::Always(_) => false,
            RateSlot::Apart(_) => f.rate(rates).is_none(),
        };
        if unset && f.included(allowance).is_some_and(|n| n > 0) {
            p.add(
                at(&format!("allowance.{}", f.key())),
                format!(
                    "未设{whose_zh}资费（rates.{}），此项不起作用",
                    metered.rate_key
                ),
                format!(
                    "has no effect unless {whose}rates.{} is set",
                    metered.rate_key
                ),
            );
        }
    }
}

pub(super) fn plans(catalog: &Catalog, p: &mut Problems) {
    for (i, plan) in catalog.plans.iter().enumerate() {
        let at = |f: &str| format!("plans[{i}].{f}");
        text(p, &at("name"), &plan.name);
        optional_text(p, &at("description"), &plan.description);
        money(p, &at("monthly_fee"), plan.monthly_fee);
        money(p, &at("early_exit_fee"), plan.early_exit_fee);
        months(p, &at("contract_months"), plan.contract_months);
        p.check(
            plan.contract_months == 0 && plan.early_exit_fee.0 > 0,
            || at("early_exit_fee"),
            "有违约金就必须有合约期",
            "an exit fee needs a contract term",
        );
        rates(p, &at("rates"), &plan.rates);
        unbilled_allowance(p, &plan.allowance, &plan.rates, &at, ["", ""]);
        p.check(
            plan.kind == LineKind::Broadband && plan.speed_mbps == 0,
            || at("speed_mbps"),
            "宽带套餐必须填写速率",
            "a broadband plan needs a speed",
        );
        eligibility(p, &at("eligibility"), &plan.eligibility);
        refs(p, &at("includes"), &plan.includes, &feature(catalog));
        refs(p, &at("one_off_fees"), &plan.one_off_fees, &|id| {
            catalog.fee(id).is_some()
        });
    }
}

pub(super) fn bundles(catalog: &Catalog, p: &mut Problems) {
    for (i, bundle) in catalog.bundles.iter().enumerate() {
        let at = |f: &str| format!("bundles[{i}].{f}");
        text(p, &at("name"), &bundle.name);
        optional_text(p, &at("description"), &bundle.description);
        money(p, &at("monthly_fee"), bundle.monthly_fee);
        money(p, &at("early_exit_fee"), bundle.early_exit_fee);
        months(p, &at("contract_months"), bundle.contract_months);
        rates(p, &at("rates"), &bundle.rates);
        eligibility(p, &at("eligibility"), &bundle.eligibility);
        p.check(
            bundle.slots.is_empty(),
            || at("slots"),
            "融合套餐至少要有一类成员",
            "a bundle needs at least one slot",
        );
        p.check(
            !bundle.slots.is_empty() && bundle.slots.iter().all(|s| s.min == 0),
            || at("slots"),
            "至少有一类成员的最少数量大于 0",
            "at least one slot must require a line",
        );
        let mut kinds = HashSet::new();
        for (j, slot) in bundle.slots.iter().enumerate() {
            let at = |f: &str| format!("bundles[{i}].slots[{j}].{f}");
            p.check(
                !kinds.insert(slot.kind),
                || at("kind"),
                "每种号码类型只能设一类成员",
                "each line kind may have one slot",
            );
            p.check(slot.max == 0, || at("max"), "至少为 1", "must be 1 or more");
            p.check(
                slot.min > slot.max,
                || at("min"),
                "不能大于最多数量",
                "must not be more than max",
            );
            p.check(
                slot.max > 50,
                || at("max"),
                "一个融合套餐中同类号码最多 50 个",
                "at most 50 lines of a kind in one bundle",
            );
            p.check(
                slot.kind == LineKind::Broadband && slot.speed_mbps == 0,
                || at("speed_mbps"),
                "宽带成员必须填写速率",
                "a broadband member needs a speed",
            );
            unbilled_allowance(
                p,
                &slot.allowance,
                &bundle.rates,
                &at,
                ["融合套餐的", "the bundle's "],
            );
            money(p, &at("member_fee"), slot.member_fee);
        }
        refs(p, &at("includes"), &bundle.includes, &feature(catalog));
        refs(p, &at("one_off_fees"), &bundle.one_off_fees, &|id| {
            catalog.fee(id).is_some()
        });
    }
}

pub(super) fn addons(catalog: &Catalog, p: &mut Problems) {
    for (i, addon) in catalog.addons.iter().enumerate() {
        let at = |f: &str| format!("addons[{i}].{f}");
        text(p, &at("name"), &addon.name);
        optional_text(p, &at("description"), &addon.description);
        money(p, &at("monthly_fee"), addon.monthly_fee);
        eligibility(p, &at("eligibility"), &addon.eligibility);
        let empty = addon.adds == Allowance::default();
        p.check(
            addon.kind.is_pack() && empty,
            || at("adds"),
            "叠加包必须增加一些用量（流量或长途分钟）",
            "a pack must add some allowance",
        );
        p.check(
            !addon.kind.is_pack() && !empty,
            || at("adds"),
            "只有流量包和长途包可以增加用量",
            "only data and long-distance packs add allowance",
        );
        p.check(
            addon.kind.is_pack() && addon.scope != Scope::PerLine,
            || at("scope"),
            "叠加包只能按号码办理",
            "a pack is taken per line",
        );
        p.check(
            addon.scope == Scope::PerLine && addon.line_kinds.is_empty(),
            || at("line_kinds"),
            "按号码办理的业务必须写明适用的号码类型",
            "a per-line add-on must name the line kinds it fits",
        );
        p.check(
            addon.scope == Scope::PerAccount && !addon.line_kinds.is_empty(),
            || at("line_kinds"),
            "按账户办理的业务不能限定号码类型",
            "a per-account add-on fits no line kind",
        );
    }
}

pub(super) fn handsets_and_fees(catalog: &Catalog, p: &mut Problems) {
    for (i, h) in catalog.handsets.iter().enumerate() {
        let at = |f: &str| format!("handsets[{i}].{f}");
        text(p, &at("name"), &h.name);
        money(p, &at("retail_price"), h.retail_price);
        money(p, &at("contract_price"), h.contract_price);
        money(p, &at("min_monthly_fee"), h.min_monthly_fee);
        money(p, &at("early_exit_fee"), h.early_exit_fee);
        p.check(
            h.contract_price > h.retail_price,
            || at("contract_price"),
            "不能高于零售价",
            "must not be above the retail price",
        );
        p.check(
            h.contract_months == 0,
            || at("contract_months"),
            "合约机必须有合约期",
            "a contract handset needs a term",
        );
        months(p, &at("contract_months"), h.contract_months);
    }
    for (i, fee) in catalog.fees.iter().enumerate() {
        text(p, &format!("fees[{i}].name"), &fee.name);
        money(p, &format!("fees[{i}].amount"), fee.amount);
    }
}

pub(super) fn exclusion_groups(catalog: &Catalog, ids: &HashSet<ItemId>, p: &mut Problems) {
    for (i, g) in catalog.exclusion_groups.iter().enumerate() {
        let at = |f: &str| format!("exclusion_groups[{i}].{f}");
        text(p, &at("name"), &g.name);
        let distinct: HashSet<&ItemId> = g.members.iter().collect();
        p.check(
            distinct.len() != g.members.len(),
            || at("members"),
            "成员重复列出",
            "lists a member twice",
        );
        p.check(
            distinct.len() < 2,
            || at("members"),
            "互斥组至少要有两个成员",
            "a group needs two or more members",
        );
        let is_item =
            |id: &ItemId| ids.contains(id) && !catalog.exclusion_groups.iter().any(|g| &g.id == id);
        refs(p, &at("members"), &g.members, &is_item);
    }
}
