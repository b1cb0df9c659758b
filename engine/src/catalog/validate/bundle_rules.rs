//! Checks of the rules a bundle states beyond its shape: free calls within
//! an instance, and the bundle's fee shared toward a contract handset's
//! minimum, need one instance per account (the exact search relies on it,
//! see `optimize::search`); free member seats
//! fit their slot, and the Chinese description (what reps read) does not
//! contradict the member fees where that can be read from it: `副卡N元` is
//! some slot's member fee, and `主卡外` / `主卡免费` (the main card free)
//! matches a free seat (`free_members`); the English text says the same.
//! A plan's or bundle's Chinese name that states a price (`家庭融合129元`,
//! `19元基础套餐`) states its monthly fee: a price changed in the editor
//! without its name is flagged ([`name_warnings`], issue 14), a warning the
//! editor lists that does not stop the tables from pricing.
//! Tested in `engine/tests/bundle_rules.rs` (this file's literals are
//! scanned for English-only messages by `engine/tests/messages.rs`).
use crate::catalog::{Bundle, Catalog, FreeCallScope, HandsetFeeShare};
use crate::money::Money;
use crate::problem::Problems;

pub(super) fn bundle_rules(catalog: &Catalog, p: &mut Problems) {
    for (i, bundle) in catalog.bundles.iter().enumerate() {
        let at = |f: &str| format!("bundles[{i}].{f}");
        p.check(
            bundle.free_calls_among_members
                && bundle.free_calls_scope == FreeCallScope::SameInstance
                && bundle.max_instances != 1,
            || at("max_instances"),
            "同一份内成员间通话免费时，每户限办须为 1 份",
            "free calls within an instance need one instance per account (max_instances 1)",
        );
        p.check(
            bundle.handset_fee_share == HandsetFeeShare::Shared && bundle.max_instances != 1,
            || at("handset_fee_share"),
            "套餐月费按成员分摊计入合约机最低月费时，每户限办须为 1 份（max_instances 1）",
            "a bundle fee shared toward a handset's minimum needs one instance per account (max_instances 1)",
        );
        for (k, slot) in bundle.slots.iter().enumerate() {
            p.check(
                slot.free_members > slot.max,
                || at(&format!("slots[{k}].free_members")),
                "免月费的成员数不能超过该类成员上限",
                "must not be more than the slot's max",
            );
        }
        if let Some((zh, en)) = description_contradiction(bundle) {
            p.add(at("description"), zh, en);
        }
    }
}

/// Names that state a price other than the monthly fee: flagged in the
/// editor, not a reason to refuse the tables (a manager changes a price
/// first and its name after).
pub(super) fn name_warnings(catalog: &Catalog, p: &mut Problems) {
    for (i, bundle) in catalog.bundles.iter().enumerate() {
        if let Some((zh, en)) = name_contradiction(&bundle.name.zh, bundle.monthly_fee) {
            p.add(format!("bundles[{i}].name"), zh, en);
        }
    }
    for (i, plan) in catalog.plans.iter().enumerate() {
        if let Some((zh, en)) = name_contradiction(&plan.name.zh, plan.monthly_fee) {
            p.add(format!("plans[{i}].name"), zh, en);
        }
    }
}

/// The yuan amounts written as `N元` in `zh` (the digits just before 元), in fen.
fn yuan_amounts(zh: &str) -> Vec<Money> {
    let mut out = Vec::new();
    for (at, _) in zh.match_indices('元') {
        let before = &zh[..at];
        let digits: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let digits = digits.trim_start_matches('.');
        if !digits.is_empty() {
            if let Ok(m) = Money::parse_yuan(digits) {
                out.push(m);
            }
        }
    }
    out
}

/// Why a name stating a price (`N元`) contradicts the monthly fee `fee`, if it
/// does (a negative fee is already a problem of its own).
fn name_contradiction(zh: &str, fee: Money) -> Option<(String, String)> {
    if fee.0 < 0 {
        return None;
    }
    let stated = yuan_amounts(zh).into_iter().find(|m| *m != fee)?;
    let (said, is) = (yuan(stated), yuan(fee));
    Some((
        format!("名称写{said}元，但月费是{is}元：请改名称或月费"),
        format!("the name says ¥{said}, the monthly fee is ¥{is}: change the name or the fee"),
    ))
}

/// The yuan amounts written as `副卡N元` in `zh`, in fen.
fn extra_card_fees(zh: &str) -> Vec<Money> {
    let mut out = Vec::new();
    for (at, _) in zh.match_indices("副卡") {
        let rest = &zh[at + "副卡".len()..];
        let digits: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        if !digits.is_empty() && rest[digits.len()..].starts_with('元') {
            if let Ok(m) = Money::parse_yuan(&digits) {
                out.push(m);
            }
        }
    }
    out
}

/// `10` for ¥10, `10.50` for ¥10.50: as descriptions write amounts.
fn yuan(m: Money) -> String {
    crate::figures::yuan_short(m)
}

/// Why `bundle`'s description contradicts its member fees (zh, en), if it does.
fn description_contradiction(bundle: &Bundle) -> Option<(String, String)> {
    let (zh, en) = (&bundle.description.zh, &bundle.description.en);
    let paid: Vec<Money> = bundle.slots.iter().map(|s| s.member_fee).collect();
    for fee in extra_card_fees(zh) {
        let y = yuan(fee);
        if !paid.contains(&fee) {
            return Some((
                format!("中文说明写副卡{y}元，但没有哪类成员的月费是{y}元"),
                format!("the Chinese description says an extra card costs ¥{y}, no slot's member fee is that"),
            ));
        }
        if !en.contains(&format!("¥{y}")) {
            return Some((
                format!("中文说明写副卡{y}元，英文说明没有写这个金额"),
                format!("the Chinese description says an extra card costs ¥{y}, the English one does not"),
            ));
        }
    }
    let main_free = zh.contains("主卡外") || zh.contains("主卡免费");
    let free_seat = bundle
        .slots
        .iter()
        .any(|s| s.member_fee.0 > 0 && s.free_members > 0);
    if main_free && !free_seat {
        return Some((
            "中文说明写主卡免月费，但每个成员都收月费（免月费成员数为 0）".into(),
            "the Chinese description says the main card is free, every member pays its fee (free_members 0)".into(),
        ));
    }
    // The English words "main card", looked up word by word.
    let en_words: Vec<String> = en
        .to_ascii_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_string)
        .collect();
    let en_main_card = en_words
        .windows(2)
        .any(|w| w[0] == "main" && w[1] == "card");
    if main_free && !en_main_card {
        return Some((
            "中文说明写主卡免月费，英文说明没有写".into(),
            "the Chinese description says the main card is free, the English one does not".into(),
        ));
    }
    if !main_free && zh.contains("副卡") && free_seat {
        return Some((
            "有成员免月费（免月费成员数），中文说明却没有写（主卡外 / 主卡免费）".into(),
            "a member seat is free (free_members), the Chinese description does not say so (main card free)".into(),
        ));
    }
    None
}
