//! Part 6: the tariff terms MIIT requires for each item proposed: structure,
//! items, rates, charging rules, conditions, validity and penalty.
use proposal_engine::document::{Disclosure, DisclosureKind};
use yew::prelude::*;

use super::DocProps;
use crate::i18n::{t, ProposalMsg};
use crate::state::use_lang;

fn kind(k: DisclosureKind) -> ProposalMsg {
    match k {
        DisclosureKind::Plan => ProposalMsg::KindPlan,
        DisclosureKind::Bundle => ProposalMsg::KindBundle,
        DisclosureKind::AddOn => ProposalMsg::KindAddOn,
        DisclosureKind::Promotion => ProposalMsg::KindPromotion,
        DisclosureKind::Handset => ProposalMsg::KindHandset,
    }
}

/// One item's terms as a run of labelled clauses: compact on paper, and
/// never split across pages.
fn terms(d: &Disclosure, lang: proposal_engine::Lang) -> Html {
    let clause = |label: ProposalMsg, text: &proposal_engine::Text| {
        html! { <><dt>{ t(lang, label) }</dt><dd>{ text.get(lang) }</dd></> }
    };
    html! {
        <div class="terms">
            <h3>{ format!("{} · {}", t(lang, kind(d.kind)), d.name.get(lang)) }</h3>
            <dl>
                { clause(ProposalMsg::Structure, &d.structure) }
                if !d.items.zh.is_empty() { { clause(ProposalMsg::Items, &d.items) } }
                { clause(ProposalMsg::Rates, &d.rates) }
                { clause(ProposalMsg::Charging, &d.charging) }
                { clause(ProposalMsg::Conditions, &d.conditions) }
                { clause(ProposalMsg::Validity, &d.validity) }
                { clause(ProposalMsg::Penalty, &d.penalty) }
            </dl>
        </div>
    }
}

#[component]
pub fn Disclosures(props: &DocProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="doc-section">
            <h2>{ t(lang, ProposalMsg::Terms) }</h2>
            <div class="doc-terms">{ for props.doc.disclosures.iter().map(|d| terms(d, lang)) }</div>
        </section>
    }
}
