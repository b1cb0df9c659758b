//! The columns and rows of each item type's table.
use proposal_engine::catalog::{CapBase, ItemList, PromotionKind, Stacking};
use proposal_engine::{Catalog, ItemId, Lang};

use super::form::choices::label_of;
use super::form::parse::snake;
use super::item_table::{Cell, Row};
use super::items::promotion_kind::type_name;
use super::tab::Tab;
use crate::i18n::editor_form::ChoiceMsg;
use crate::i18n::{t, EditorMsg};

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn joined(ids: &[ItemId]) -> Cell {
    text(
        ids.iter()
            .map(ItemId::as_str)
            .collect::<Vec<_>>()
            .join(", "),
    )
}

/// A stored name (`data_pack`) by the form's label for it (流量包).
fn named(value: &str, lang: Lang) -> String {
    label_of(value).map_or_else(|| value.to_string(), |l| t(lang, l).to_string())
}

/// The promotion's type by its label, with the discount of a percentage off.
fn promo_kind(k: &PromotionKind, lang: Lang) -> String {
    let name = named(type_name(k), lang);
    match k {
        PromotionKind::PercentOff { discount } => format!("{name} {discount}"),
        _ => name.to_string(),
    }
}

/// One row per item, in list order.
fn rows<T>(items: &[T], cells: impl Fn(&T) -> Vec<Cell>) -> Vec<Row> {
    items
        .iter()
        .enumerate()
        .map(|(index, x)| Row {
            index,
            cells: cells(x),
        })
        .collect()
}

/// The columns and rows of `tab` (the brand's rows are its fields).
pub fn table(tab: Tab, c: &Catalog, lang: Lang) -> (Vec<EditorMsg>, Vec<Row>) {
    use Cell::{Money, Num};
    match tab {
        Tab::List(ItemList::Plans) => (
            vec![
                EditorMsg::Id,
                EditorMsg::Name,
                EditorMsg::Kind,
                EditorMsg::MonthlyFee,
                EditorMsg::DataMb,
                EditorMsg::Contract,
            ],
            rows(&c.plans, |p| {
                vec![
                    text(p.id.as_str()),
                    text(p.name.get(lang)),
                    text(p.kind.name().get(lang)),
                    Money(p.monthly_fee),
                    Cell::Data(p.allowance.data_mb),
                    Num(p.contract_months),
                ]
            }),
        ),
        Tab::List(ItemList::Bundles) => (
            vec![
                EditorMsg::Id,
                EditorMsg::Name,
                EditorMsg::MonthlyFee,
                EditorMsg::Members,
                EditorMsg::Contract,
            ],
            rows(&c.bundles, |b| {
                let slots = b
                    .slots
                    .iter()
                    .map(|s| format!("{} {}", s.kind.name().get(lang), span(s.min, s.max)));
                vec![
                    text(b.id.as_str()),
                    text(b.name.get(lang)),
                    Money(b.monthly_fee),
                    text(slots.collect::<Vec<_>>().join(", ")),
                    Num(b.contract_months),
                ]
            }),
        ),
        Tab::List(ItemList::AddOns) => (
            vec![
                EditorMsg::Id,
                EditorMsg::Name,
                EditorMsg::Kind,
                EditorMsg::MonthlyFee,
            ],
            rows(&c.addons, |a| {
                vec![
                    text(a.id.as_str()),
                    text(a.name.get(lang)),
                    text(named(&snake(&a.kind), lang)),
                    Money(a.monthly_fee),
                ]
            }),
        ),
        Tab::List(ItemList::Promotions) => (
            vec![
                EditorMsg::Id,
                EditorMsg::Name,
                EditorMsg::Kind,
                EditorMsg::Months,
                EditorMsg::Members,
            ],
            rows(&c.promotions, |p| {
                vec![
                    text(p.id.as_str()),
                    text(p.name.get(lang)),
                    text(promo_kind(&p.kind, lang)),
                    text(span(p.from_month, p.to_month)),
                    joined(&p.applies_to),
                ]
            }),
        ),
        Tab::List(ItemList::Handsets) => (
            vec![
                EditorMsg::Id,
                EditorMsg::Name,
                EditorMsg::Amount,
                EditorMsg::MonthlyFee,
                EditorMsg::Contract,
            ],
            rows(&c.handsets, |h| {
                vec![
                    text(h.id.as_str()),
                    text(h.name.get(lang)),
                    Money(h.contract_price),
                    Money(h.min_monthly_fee),
                    Num(h.contract_months),
                ]
            }),
        ),
        Tab::List(ItemList::Fees) => (
            vec![EditorMsg::Id, EditorMsg::Name, EditorMsg::Amount],
            rows(&c.fees, |f| {
                vec![text(f.id.as_str()), text(f.name.get(lang)), Money(f.amount)]
            }),
        ),
        Tab::List(ItemList::ExclusionGroups) => (
            vec![EditorMsg::Id, EditorMsg::Name, EditorMsg::Members],
            rows(&c.exclusion_groups, |g| {
                vec![
                    text(g.id.as_str()),
                    text(g.name.get(lang)),
                    joined(&g.members),
                ]
            }),
        ),
        Tab::Brand => (
            vec![EditorMsg::Name, EditorMsg::Amount],
            rows(
                &[
                    (EditorMsg::Operator, c.brand.operator.get(lang).to_string()),
                    (EditorMsg::Hotline, c.brand.hotline.clone()),
                    (EditorMsg::Website, c.brand.website.clone()),
                    (EditorMsg::Address, c.brand.address.get(lang).to_string()),
                    (EditorMsg::CreditCap, c.credit_cap.format(lang)),
                    (
                        EditorMsg::Stacking,
                        policy_text(
                            lang,
                            c.policy.stacking == Stacking::Add,
                            ChoiceMsg::StackAdd,
                            ChoiceMsg::StackCompound,
                        ),
                    ),
                    (
                        EditorMsg::CreditCapOn,
                        policy_text(
                            lang,
                            c.policy.credit_cap_on == CapBase::Account,
                            ChoiceMsg::CapOnAccount,
                            ChoiceMsg::CapOnUnit,
                        ),
                    ),
                ],
                |(label, value)| vec![text(t(lang, *label)), text(value.clone())],
            ),
        ),
    }
}

/// A policy's choice as the form labels it.
fn policy_text(lang: Lang, first: bool, yes: ChoiceMsg, no: ChoiceMsg) -> String {
    t(lang, if first { yes } else { no }).to_string()
}

/// "1–4", or "1" for a range of one (never "宽带 1–1").
fn span<T: PartialEq + std::fmt::Display>(from: T, to: T) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
    }
}
