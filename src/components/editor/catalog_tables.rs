//! The columns and rows of each item type's table.
use proposal_engine::catalog::PromotionKind;
use proposal_engine::{Catalog, Lang};

use super::item_table::{Cell, Row};
use crate::i18n::{t, E};

/// The item types, in tab order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Plans,
    Bundles,
    AddOns,
    Promotions,
    Handsets,
    Fees,
    Exclusions,
    Brand,
}

impl Tab {
    pub const ALL: [Tab; 8] = [
        Tab::Plans,
        Tab::Bundles,
        Tab::AddOns,
        Tab::Promotions,
        Tab::Handsets,
        Tab::Fees,
        Tab::Exclusions,
        Tab::Brand,
    ];

    pub fn label(self) -> E {
        match self {
            Tab::Plans => E::Plans,
            Tab::Bundles => E::Bundles,
            Tab::AddOns => E::AddOns,
            Tab::Promotions => E::Promotions,
            Tab::Handsets => E::Handsets,
            Tab::Fees => E::Fees,
            Tab::Exclusions => E::Exclusions,
            Tab::Brand => E::Brand,
        }
    }

    /// The catalog's list name (`plans`), as in problem paths.
    pub fn list(self) -> &'static str {
        match self {
            Tab::Plans => "plans",
            Tab::Bundles => "bundles",
            Tab::AddOns => "addons",
            Tab::Promotions => "promotions",
            Tab::Handsets => "handsets",
            Tab::Fees => "fees",
            Tab::Exclusions => "exclusion_groups",
            Tab::Brand => "brand",
        }
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn debug_name(v: &impl std::fmt::Debug) -> String {
    format!("{v:?}")
}

fn promo_kind(k: &PromotionKind) -> String {
    match k {
        PromotionKind::FreeMonths => "free_months".into(),
        PromotionKind::PercentOff { discount } => format!("percent_off {discount}"),
        PromotionKind::PrepayCredit { .. } => "prepay_credit".into(),
        PromotionKind::TenureCredit { .. } => "tenure_credit".into(),
        PromotionKind::VolumeDiscount { .. } => "volume_discount".into(),
    }
}

/// The columns and rows of `tab` (the brand has no table).
pub fn table(tab: Tab, c: &Catalog, lang: Lang) -> (Vec<E>, Vec<Row>) {
    let rows = |cells: Vec<Vec<Cell>>| {
        cells
            .into_iter()
            .enumerate()
            .map(|(index, cells)| Row { index, cells })
            .collect()
    };
    match tab {
        Tab::Plans => (
            vec![
                E::Id,
                E::Name,
                E::Kind,
                E::MonthlyFee,
                E::DataMb,
                E::Contract,
            ],
            rows(
                c.plans
                    .iter()
                    .map(|p| {
                        vec![
                            text(p.id.as_str()),
                            text(p.name.get(lang)),
                            text(p.kind.name().get(lang)),
                            Cell::Money(p.monthly_fee),
                            Cell::Num(p.allowance.data_mb),
                            Cell::Num(p.contract_months),
                        ]
                    })
                    .collect(),
            ),
        ),
        Tab::Bundles => (
            vec![E::Id, E::Name, E::MonthlyFee, E::Members, E::Contract],
            rows(
                c.bundles
                    .iter()
                    .map(|b| {
                        vec![
                            text(b.id.as_str()),
                            text(b.name.get(lang)),
                            Cell::Money(b.monthly_fee),
                            text(
                                b.slots
                                    .iter()
                                    .map(|s| {
                                        format!("{} {}–{}", s.kind.name().get(lang), s.min, s.max)
                                    })
                                    .collect::<Vec<_>>()
                                    .join(", "),
                            ),
                            Cell::Num(b.contract_months),
                        ]
                    })
                    .collect(),
            ),
        ),
        Tab::AddOns => (
            vec![E::Id, E::Name, E::Kind, E::MonthlyFee],
            rows(
                c.addons
                    .iter()
                    .map(|a| {
                        vec![
                            text(a.id.as_str()),
                            text(a.name.get(lang)),
                            text(debug_name(&a.kind)),
                            Cell::Money(a.monthly_fee),
                        ]
                    })
                    .collect(),
            ),
        ),
        Tab::Promotions => (
            vec![E::Id, E::Name, E::Kind, E::Months, E::Members],
            rows(
                c.promotions
                    .iter()
                    .map(|p| {
                        vec![
                            text(p.id.as_str()),
                            text(p.name.get(lang)),
                            text(promo_kind(&p.kind)),
                            text(format!("{}–{}", p.from_month, p.to_month)),
                            text(
                                p.applies_to
                                    .iter()
                                    .map(|i| i.0.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", "),
                            ),
                        ]
                    })
                    .collect(),
            ),
        ),
        Tab::Handsets => (
            vec![E::Id, E::Name, E::Amount, E::MonthlyFee, E::Contract],
            rows(
                c.handsets
                    .iter()
                    .map(|h| {
                        vec![
                            text(h.id.as_str()),
                            text(h.name.get(lang)),
                            Cell::Money(h.contract_price),
                            Cell::Money(h.min_monthly_fee),
                            Cell::Num(h.contract_months),
                        ]
                    })
                    .collect(),
            ),
        ),
        Tab::Fees => (
            vec![E::Id, E::Name, E::Amount],
            rows(
                c.fees
                    .iter()
                    .map(|f| {
                        vec![
                            text(f.id.as_str()),
                            text(f.name.get(lang)),
                            Cell::Money(f.amount),
                        ]
                    })
                    .collect(),
            ),
        ),
        Tab::Exclusions => (
            vec![E::Id, E::Name, E::Members],
            rows(
                c.exclusion_groups
                    .iter()
                    .map(|g| {
                        vec![
                            text(g.id.as_str()),
                            text(g.name.get(lang)),
                            text(
                                g.members
                                    .iter()
                                    .map(|i| i.0.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", "),
                            ),
                        ]
                    })
                    .collect(),
            ),
        ),
        Tab::Brand => (
            vec![E::Name, E::Amount],
            rows(vec![
                vec![text(t(lang, E::Operator)), text(c.brand.operator.get(lang))],
                vec![text(t(lang, E::Hotline)), text(c.brand.hotline.clone())],
                vec![text(t(lang, E::Website)), text(c.brand.website.clone())],
                vec![text(t(lang, E::Address)), text(c.brand.address.get(lang))],
                vec![text(t(lang, E::CreditCap)), text(c.credit_cap.format(lang))],
            ]),
        ),
    }
}
