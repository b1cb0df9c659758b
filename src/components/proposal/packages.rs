//! Part 2: the recommended packages, when they start (now, or at the
//! current contract's end), unit by unit: what each line gets (its
//! allowance, packs, features, handset) and pays, and why.
use yew::prelude::*;

use super::DocProps;
use crate::i18n::{t, tf, ProposalMsg};
use crate::state::use_lang;

#[component]
pub fn Packages(props: &DocProps) -> Html {
    let lang = use_lang();
    let doc = &props.doc;
    let p = &doc.chosen.priced;
    let horizon = tf(lang, ProposalMsg::HorizonTotal, p.horizon);
    let per_month = t(lang, ProposalMsg::ByMonths);
    let amounts = |xs: &[proposal_engine::screen::figures::MonthAmount]| {
        html! { { for xs.iter().map(|m| html! { <div class="month-amount">{ format!("{} {}", m.months.get(lang), m.each.format(lang)) }</div> }) } }
    };
    let rows = doc.packages.iter().map(|r| {
        let extras = r.extras.iter().map(|x| x.get(lang)).collect::<Vec<_>>().join(" · ");
        html! {
            <tr>
                <td class="unit-cell">{ r.unit.get(lang) }</td>
                <td class="package-cell">
                    <strong>{ r.package.get(lang) }</strong>
                    if !r.includes.zh.is_empty() { <div class="small">{ r.includes.get(lang) }</div> }
                    if !extras.is_empty() { <div class="small">{ format!("+ {extras}") }</div> }
                    if let Some(reason) = &r.reason { <div class="small muted reason-line">{ reason.get(lang) }</div> }
                </td>
                <td class="num" data-label={per_month}>{ amounts(&r.amounts) }</td>
                <td class="num" data-label={horizon.clone()}>{ r.horizon_total.format(lang) }</td>
            </tr>
        }
    });
    html! {
        <section class="doc-section">
            <h2>{ t(lang, ProposalMsg::Recommendation) }</h2>
            <p class="doc-choice"><strong data-testid="doc-title">{ doc.chosen.title.get(lang) }</strong></p>
            <p class="doc-starts">{ format!("{}{}", t(lang, ProposalMsg::Starts), crate::components::compare::proposal_card::colon(lang)) }<span data-testid="doc-starts">{ doc.starts.get(lang) }</span></p>
            <table class="doc-table packages">
                <thead><tr>
                    <th>{ t(lang, ProposalMsg::Line) }</th><th>{ t(lang, ProposalMsg::Package) }</th>
                    <th class="num">{ per_month }</th>
                    <th class="num">{ horizon.clone() }</th>
                </tr></thead>
                <tbody>
                    { for rows }
                    <tr class="total">
                        <th colspan="2">{ t(lang, ProposalMsg::Bill) }</th>
                        <th class="num" data-label={per_month}>{ amounts(&doc.bill_amounts) }</th>
                        <th class="num" data-label={horizon.clone()}>{ p.monthly_total.format(lang) }</th>
                    </tr>
                </tbody>
            </table>
        </section>
    }
}
