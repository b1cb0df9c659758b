//! Part 5: why this proposal, and every other option considered in one line.
use yew::prelude::*;

use super::DocProps;
use crate::i18n::{t, ProposalMsg};
use crate::state::use_lang;

#[component]
pub fn Considered(props: &DocProps) -> Html {
    let lang = use_lang();
    let doc = &props.doc;
    let rows = doc.considered.iter().map(|c| {
        html! {
            <tr>
                <td>{ c.title.get(lang) }</td>
                <td class="num">{ c.total.format(lang) }</td>
                <td class="num">{ c.saving.format(lang) }</td>
                <td>{ c.versus_chosen.get(lang) }</td>
            </tr>
        }
    });
    html! {
        <section class="doc-section">
            <h2>{ t(lang, ProposalMsg::Considered) }</h2>
            <p><strong>{ t(lang, ProposalMsg::WhyChosen) }</strong>{ crate::components::compare::proposal_card::colon(lang) }<span data-testid="doc-why">{ doc.why_chosen.get(lang) }</span></p>
            if !doc.considered.is_empty() {
                <table class="doc-table">
                    <thead><tr>
                        <th>{ t(lang, ProposalMsg::Option) }</th><th class="num">{ t(lang, ProposalMsg::Total) }</th>
                        <th class="num">{ t(lang, ProposalMsg::Saving) }</th><th>{ t(lang, ProposalMsg::Versus) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </section>
    }
}
