//! The letterhead: the operator and its contact from the package tables, the
//! quote number and dates, the customer and the rep.
use std::rc::Rc;

use proposal_engine::catalog::Brand;
use proposal_engine::{Date, ProposalDocument};
use yew::prelude::*;

use crate::components::compare::proposal_card::colon;
use crate::i18n::{t, ProposalMsg};
use crate::state::rep::Rep;
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct DocHeaderProps {
    pub doc: Rc<ProposalDocument>,
    pub brand: Brand,
    pub customer: AttrValue,
    pub rep: Rep,
    pub valid_until: Date,
}

#[component]
pub fn DocHeader(props: &DocHeaderProps) -> Html {
    let lang = use_lang();
    let b = &props.brand;
    let meta = |label: ProposalMsg, value: String, id: &'static str| {
        html! { <div><dt>{ t(lang, label) }</dt><dd data-testid={id}>{ value }</dd></div> }
    };
    let rep = format!("{} {}", props.rep.name, props.rep.phone);
    html! {
        <header class="doc-header">
            <div class="doc-brand">
                <strong class="doc-operator">{ b.operator.get(lang) }</strong>
                <span>{ format!("{}{}{}", t(lang, ProposalMsg::Hotline), colon(lang), b.hotline) }{ " · " }<span translate="no">{ &b.website }</span></span>
                <span>{ b.address.get(lang) }</span>
            </div>
            <h1 class="doc-title">{ t(lang, ProposalMsg::Title) }</h1>
            <dl class="doc-meta">
                // A code, in no language (Q-20261202-863274).
                <div><dt>{ t(lang, ProposalMsg::QuoteNo) }</dt><dd data-testid="quote-number" translate="no">{ props.doc.quote_number.clone() }</dd></div>
                { meta(ProposalMsg::Issued, props.doc.issued.to_string(), "issued") }
                { meta(ProposalMsg::ValidUntil, props.valid_until.to_string(), "valid-until") }
                { meta(ProposalMsg::Customer, if props.customer.trim().is_empty() { "—".into() } else { props.customer.to_string() }, "doc-customer") }
                { meta(ProposalMsg::Rep, rep.trim().to_string(), "doc-rep") }
            </dl>
        </header>
    }
}
