//! Part 1: who the customer is (cluster market, industry, suggestions
//! taken), their lines today, their usage and what they pay.
use yew::prelude::*;

use proposal_engine::customer::estimate::row_mark;

use super::DocProps;
use crate::i18n::{t, ProposalMsg};
use crate::state::use_lang;

#[component]
pub fn Situation(props: &DocProps) -> Html {
    let lang = use_lang();
    let rows = props.doc.current.iter().map(|r| {
        html! {
            <tr>
                <td>{ format!("#{} {}", r.number, r.label.get(lang)) }</td>
                <td>{ r.kind.get(lang) }
                    if !r.current_plan.is_empty() { <small class="current-plan">{ format!("（{}）", r.current_plan) }</small> }
                </td>
                <td>{ r.usage.get(lang) }
                    if r.estimate.is_some() { <small class="estimate-mark">{ row_mark().get(lang) }</small> }
                </td>
                <td class="num">{ r.monthly_fee.format(lang) }</td>
            </tr>
        }
    });
    let p = &props.doc.chosen.priced;
    // Each estimate's words once, below the table (ten lines stay on two pages).
    let estimates = props.doc.current.iter().filter_map(|r| {
        let e = r.estimate.as_ref()?;
        Some(html! { <li data-testid="doc-usage-estimate">{ format!("#{} {}", r.number, e.get(lang)) }</li> })
    });
    html! {
        <section class="doc-section">
            <h2>{ t(lang, ProposalMsg::Situation) }</h2>
            // Cluster market, industry and the suggestions taken (issue 15).
            if !props.doc.segment.is_empty() {
                <p class="doc-segment" data-testid="doc-segment">
                    { for props.doc.segment.iter().map(|l| html! { <span>{ l.get(lang) }</span> }) }
                </p>
            }
            <table class="doc-table">
                <thead><tr>
                    <th>{ t(lang, ProposalMsg::Line) }</th><th>{ t(lang, ProposalMsg::Kind) }</th>
                    <th>{ t(lang, ProposalMsg::Usage) }</th><th class="num">{ t(lang, ProposalMsg::MonthlyFee) }</th>
                </tr></thead>
                <tbody>
                    { for rows }
                    <tr class="total"><th colspan="3">{ t(lang, ProposalMsg::CurrentBill) }</th><th class="num" data-testid="doc-current-monthly">{ p.current_monthly.format(lang) }</th></tr>
                </tbody>
            </table>
            <ul class="estimate-notes">{ for estimates }</ul>
        </section>
    }
}
