//! Part 4: every cost in the open: one-off fees (the old contract's exit fee
//! among them), the new contracts' terms and exit fees, prepayments, and the
//! totals over the horizon both ways.
use yew::prelude::*;

use super::DocProps;
use crate::i18n::{t, tf, ProposalMsg};
use crate::state::use_lang;

#[component]
pub fn Costs(props: &DocProps) -> Html {
    let lang = use_lang();
    let doc = &props.doc;
    let p = &doc.chosen.priced;
    let f = &doc.figures;
    let one_offs = p.one_offs.iter().map(|o| {
        html! { <tr><td>{ o.label.get(lang) }</td><td class="num">{ o.amount.format(lang) }</td></tr> }
    });
    let contracts = doc.contracts.iter().map(|c| {
        html! {
            <tr>
                <td>{ format!("{} · {} {}", t(lang, ProposalMsg::ContractTerm), c.name.get(lang), tf(lang, crate::i18n::CounterMsg::NMonths, c.months)) }</td>
                <td class="num">{ format!("{} {}", t(lang, ProposalMsg::ContractExit), c.exit_fee.format(lang)) }</td>
            </tr>
        }
    });
    html! {
        <section class="doc-section">
            <h2>{ t(lang, ProposalMsg::Costs) }</h2>
            <table class="doc-table costs">
                <tbody>
                    <tr><th colspan="2">{ t(lang, ProposalMsg::OneOffs) }</th></tr>
                    if p.one_offs.is_empty() {
                        <tr><td colspan="2">{ t(lang, ProposalMsg::NoOneOffs) }</td></tr>
                    }
                    { for one_offs }
                    <tr class="subtotal"><td>{ t(lang, ProposalMsg::OneOffsTotal) }</td><td class="num" data-testid="doc-one-offs">{ p.one_offs_total.format(lang) }</td></tr>
                    if doc.contracts.is_empty() {
                        <tr><td>{ t(lang, ProposalMsg::ContractTerm) }</td><td class="num">{ t(lang, ProposalMsg::NoContract) }</td></tr>
                    }
                    { for contracts }
                    <tr>
                        <td>{ match &f.prepaid { Some(x) => x.label.get(lang), None => t(lang, ProposalMsg::NoPrepay) } }
                            if !f.prepaid_words.zh.is_empty() { <div class="small muted">{ f.prepaid_words.get(lang) }</div> }
                        </td>
                        <td class="num" data-testid="doc-prepaid">{ p.prepaid.format(lang) }</td>
                    </tr>
                    <tr>
                        <td>{ f.first_bill.label.get(lang) }</td>
                        <td class="num" data-testid="doc-first-bill">{ f.first_bill.amount.format(lang) }</td>
                    </tr>
                    if let Some(x) = &f.paid_on_day {
                        <tr class="subtotal">
                            <td>{ x.label.get(lang) }<div class="small muted">{ f.paid_on_day_words.get(lang) }</div></td>
                            <td class="num" data-testid="doc-paid-on-day">{ x.amount.format(lang) }</td>
                        </tr>
                    }
                    <tr class="total"><th>{ tf(lang, ProposalMsg::TotalHorizon, p.horizon) }</th><th class="num" data-testid="doc-total">{ p.total.format(lang) }</th></tr>
                    <tr><td>{ tf(lang, ProposalMsg::CurrentTotal, p.horizon) }</td><td class="num" data-testid="doc-current-total">{ p.current_total.format(lang) }</td></tr>
                </tbody>
            </table>
        </section>
    }
}
