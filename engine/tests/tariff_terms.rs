//! Every rule field of the package tables is printed in the proposal's
//! tariff terms (资费说明, the MIIT disclosures), as the tables set it: a
//! promotion's fees touched (`fees`), how a credit counts (`credit_per`) and
//! is capped (`policy.credit_cap_on`), how two discounts combine
//! (`policy.stacking`), which lines a tier counts (`lines_counted`), the
//! whole-account condition (`whole_account`); a bundle's free calls
//! (`free_calls_scope`, `free_calls_long_distance`), its limit per account
//! (`max_instances`), what counts toward a handset's minimum
//! (`handset_fee_share`) and its free main cards (`slots[].free_members`).
//! (Who pays each one-off fee: `oneoff_rules.rs`.) The words expected are
//! written here from the fields, and every promotion and bundle of the
//! default tables must be disclosed by some golden customer's proposal.
#[path = "golden/case.rs"]
#[allow(dead_code)]
mod golden_case;

use std::collections::BTreeSet;

use proposal_engine::catalog::{
    Bundle, CapBase, CreditBasis, FreeCallScope, HandsetFeeShare, LinesCounted, Promotion,
    PromotionKind, Stacking,
};
use proposal_engine::document::{Disclosure, DisclosureKind};
use proposal_engine::{build_document, default_catalog, optimize, Catalog, Date};

/// The Chinese words a promotion's terms must contain, from its fields.
fn promotion_words(cat: &Catalog, p: &Promotion) -> Vec<String> {
    let mut words = Vec::new();
    if p.kind.is_credit() {
        words.push(match p.credit_per {
            CreditBasis::Account => "每户每月赠送一次".to_string(),
            CreditBasis::Unit => "每个套餐（号码套餐或融合套餐）各赠送一次".to_string(),
        });
        let account =
            cat.policy.credit_cap_on == CapBase::Account || p.credit_per == CreditBasis::Account;
        words.push(
            if account {
                "账户当月新套餐话费合计"
            } else {
                "该套餐当月话费"
            }
            .to_string(),
        );
    } else {
        for (on, name) in [
            (p.fees.plan, "套餐月费"),
            (p.fees.bundle, "融合套餐月费"),
            (p.fees.members, "融合成员月费"),
            (p.fees.addons, "叠加包"),
        ] {
            if on {
                words.push(name.to_string());
            }
        }
        if !matches!(p.kind, PromotionKind::FreeMonths) {
            words.push(match cat.policy.stacking {
                Stacking::Compound => "折上折".to_string(),
                Stacking::Add => "折扣率相加".to_string(),
            });
        }
    }
    if matches!(p.kind, PromotionKind::VolumeDiscount { .. }) {
        words.push(match p.lines_counted {
            LinesCounted::All => "按账户全部号码数计档".to_string(),
            LinesCounted::Moved => "按办理新套餐的号码数计档".to_string(),
        });
    }
    if p.whole_account {
        words.push("须整体办理".to_string());
    }
    words
}

/// The Chinese words a bundle's terms must contain, from its fields.
fn bundle_words(b: &Bundle) -> Vec<String> {
    let mut words = Vec::new();
    if b.free_calls_among_members {
        words.push(match b.free_calls_scope {
            FreeCallScope::SameInstance => "同一份套餐内成员之间通话免费".to_string(),
            FreeCallScope::AllOwnLines => "成员打给客户自有号码的通话免费".to_string(),
        });
        words.push(
            if b.free_calls_long_distance {
                "（含长途）"
            } else {
                "（仅本地"
            }
            .to_string(),
        );
    }
    if b.max_instances > 0 {
        words.push(format!("每户限办 {} 份", b.max_instances));
    }
    if b.handset_fee_share == HandsetFeeShare::Shared {
        words.push("按成员数分摊".to_string());
    }
    for s in &b.slots {
        if s.free_members > 0 && s.member_fee.0 > 0 {
            words.push(format!("每份前 {} 条（主卡）免成员月费", s.free_members));
        }
    }
    words
}

fn text_of(d: &Disclosure) -> String {
    [
        &d.structure,
        &d.items,
        &d.rates,
        &d.charging,
        &d.conditions,
        &d.validity,
        &d.penalty,
    ]
    .iter()
    .map(|t| t.zh.as_str())
    .collect::<Vec<_>>()
    .join("|")
}

/// Each disclosed promotion and bundle states its fields' words.
fn check(cat: &Catalog, d: &Disclosure, seen: &mut BTreeSet<String>) {
    let text = text_of(d);
    let words = match d.kind {
        DisclosureKind::Promotion => {
            let p = cat.promotions.iter().find(|p| p.name == d.name).unwrap();
            seen.insert(p.id.to_string());
            promotion_words(cat, p)
        }
        DisclosureKind::Bundle => {
            let b = cat.bundles.iter().find(|b| b.name == d.name).unwrap();
            seen.insert(b.id.to_string());
            bundle_words(b)
        }
        _ => return,
    };
    for w in words {
        assert!(text.contains(&w), "{}: no {w:?} in {text}", d.name.zh);
    }
}

#[test]
fn every_rule_field_is_printed_in_the_tariff_terms() {
    let cat = default_catalog();
    let day = Date::parse("2026-11-23").unwrap();
    let mut seen = BTreeSet::new();
    for (name, case) in golden_case::cases() {
        let Ok(found) = optimize(&cat, &case.customer, &case.options) else {
            continue;
        };
        let proposals = found
            .alternatives
            .iter()
            .map(|a| &a.proposal)
            .chain(std::iter::once(&found.baseline.proposal));
        for p in proposals {
            let doc = build_document(&cat, &case.customer, p, &case.options, day)
                .unwrap_or_else(|r| panic!("{name}: {:?}", r.message));
            for d in &doc.disclosures {
                check(&cat, d, &mut seen);
            }
        }
    }
    let all: BTreeSet<String> = cat
        .promotions
        .iter()
        .map(|p| p.id.to_string())
        .chain(cat.bundles.iter().map(|b| b.id.to_string()))
        .collect();
    let missing: Vec<&String> = all.difference(&seen).collect();
    assert!(missing.is_empty(), "never disclosed: {missing:?}");
}

/// The words follow the fields: the same promotion with other settings
/// prints the other words (so the check above is not reading fixed text).
#[test]
fn the_printed_words_follow_the_fields() {
    let mut cat = default_catalog();
    cat.policy.stacking = Stacking::Add;
    for p in &mut cat.promotions {
        if matches!(p.kind, PromotionKind::VolumeDiscount { .. }) {
            p.lines_counted = LinesCounted::All;
        }
    }
    for b in &mut cat.bundles {
        b.free_calls_long_distance = false;
    }
    let words: Vec<String> = cat
        .promotions
        .iter()
        .flat_map(|p| promotion_words(&cat, p))
        .chain(cat.bundles.iter().flat_map(bundle_words))
        .collect();
    assert!(words.iter().any(|w| w == "折扣率相加"));
    assert!(words.iter().any(|w| w == "按账户全部号码数计档"));
    assert!(words.iter().any(|w| w == "（仅本地"));
    let day = Date::parse("2026-11-23").unwrap();
    let mut seen = BTreeSet::new();
    for (_, case) in golden_case::cases() {
        let Ok(found) = optimize(&cat, &case.customer, &case.options) else {
            continue;
        };
        for a in &found.alternatives {
            let doc =
                build_document(&cat, &case.customer, &a.proposal, &case.options, day).unwrap();
            for d in &doc.disclosures {
                check(&cat, d, &mut seen);
            }
        }
    }
    assert!(!seen.is_empty());
}
