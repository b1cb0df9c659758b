//! The itemised breakdown of one proposal: each line (or bundle fee, or the
//! account's features), the one-off fees, and why each line got its plan.
use proposal_engine::pricing::UnitKind;
use proposal_engine::screen::figures::unit_amounts;
use proposal_engine::{Alternative, Catalog};
use yew::prelude::*;

use crate::i18n::{t, tf, CounterMsg, Lang};

fn unit_label(lang: Lang, kind: &UnitKind, catalog: &Catalog, a: &Alternative) -> String {
    match kind {
        UnitKind::Line { index } => format!("#{}", index + 1),
        UnitKind::BundleInstance { instance } => {
            let name = a
                .proposal
                .bundle
                .as_ref()
                .and_then(|b| catalog.name_of(b))
                .map(|n| n.get(lang).to_string())
                .unwrap_or_default();
            format!("{name} ({})", instance + 1)
        }
        UnitKind::Account => t(lang, CounterMsg::Customer).to_string(),
    }
}

#[derive(Properties, PartialEq)]
pub struct BreakdownProps {
    pub alternative: std::rc::Rc<Alternative>,
    pub catalog: crate::state::catalog::ActiveCatalog,
    pub lang: Lang,
}

/// Expands under a proposal card.
#[component]
pub fn Breakdown(props: &BreakdownProps) -> Html {
    let lang = props.lang;
    let a = &props.alternative;
    let catalog = &props.catalog.0;
    let p = &a.priced;
    let rows = p.lines.iter().map(|u| {
        let item = match &u.item {
            Some(id) => catalog
                .name_of(id)
                .map(|n| n.get(lang).to_string())
                .unwrap_or_else(|| id.to_string()),
            None => t(lang, CounterMsg::KeepCurrent).to_string(),
        };
        let reason = match u.unit {
            UnitKind::Line { index } => a.line_reasons.get(index).map(|r| r.get(lang).to_string()),
            _ => None,
        };
        html! {
            <tr>
                <td>{ unit_label(lang, &u.unit, catalog, a) }</td>
                <td>{ item }if let Some(r) = reason { <div class="muted small">{ r }</div> }</td>
                <td class="num month-amounts">{ for unit_amounts(u).iter().map(|m| html! { <div>{ format!("{} {}", m.months.get(lang), m.each.format(lang)) }</div> }) }</td>
                <td class="num">{ u.horizon_total.format(lang) }</td>
            </tr>
        }
    });
    let one_offs = p.one_offs.iter().map(|o| {
        html! { <tr><td colspan="3">{ o.label.get(lang) }</td><td class="num">{ o.amount.format(lang) }</td></tr> }
    });
    html! {
        <details class="breakdown">
            <summary>{ t(lang, CounterMsg::Breakdown) }</summary>
            <table>
                <thead><tr>
                    <th>{"#"}</th><th>{ t(lang, CounterMsg::Item) }</th>
                    <th class="num">{ t(lang, CounterMsg::PerMonthShort) }</th>
                    <th class="num">{ format!("{} ({})", t(lang, CounterMsg::Total), tf(lang, CounterMsg::NMonths, p.horizon)) }</th>
                </tr></thead>
                <tbody>
                    { for rows }
                    if !p.one_offs.is_empty() {
                        <tr><th colspan="4">{ t(lang, CounterMsg::OneOffs) }</th></tr>
                        { for one_offs }
                    }
                    <tr class="total"><th colspan="3">{ t(lang, CounterMsg::Total) }</th><th class="num" data-testid="breakdown-total">{ p.total.format(lang) }</th></tr>
                </tbody>
            </table>
        </details>
    }
}
