//! Part 6: the tariff terms MIIT requires for each item proposed: structure,
//! items, rates, charging rules, conditions, validity and penalty.
use proposal_engine::document::{Disclosure, DisclosureKind};
use yew::prelude::*;

use super::DocProps;
use crate::i18n::{t, P};
use crate::state::use_lang;

fn kind(k: DisclosureKind) -> P {
    match k {
        DisclosureKind::Plan => P::KindPlan,
        DisclosureKind::Bundle => P::KindBundle,
        DisclosureKind::AddOn => P::KindAddOn,
        DisclosureKind::Promotion => P::KindPromotion,
        DisclosureKind::Handset => P::KindHandset,
    }
}

/// One item's terms as a run of labelled clauses: compact on paper, and
/// never split across pages.
fn terms(d: &Disclosure, lang: proposal_engine::Lang) -> Html {
    let clause = |label: P, text: &proposal_engine::Text| {
        html! { <><dt>{ t(lang, label) }</dt><dd>{ text.get(lang) }</dd></> }
    };
    html! {
        <div class="terms">
            <h3>{ format!("{} · {}", t(lang, kind(d.kind)), d.name.get(lang)) }</h3>
            <dl>
                { clause(P::Structure, &d.structure) }
                if !d.items.zh.is_empty() { { clause(P::Items, &d.items) } }
                { clause(P::Rates, &d.rates) }
                { clause(P::Charging, &d.charging) }
                { clause(P::Conditions, &d.conditions) }
                { clause(P::Validity, &d.validity) }
                { clause(P::Penalty, &d.penalty) }
            </dl>
        </div>
    }
}

#[component]
pub fn Disclosures(props: &DocProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="doc-section">
            <h2>{ t(lang, P::Terms) }</h2>
            <div class="doc-terms">{ for props.doc.disclosures.iter().map(|d| terms(d, lang)) }</div>
        </section>
    }
}
