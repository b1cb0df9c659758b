//! Part 3: the saving now, after each promotion ends, in the first year and
//! over the horizon, the break-even month, the bill stretch by stretch, the
//! cumulative chart, and the conditions every figure depends on.
use proposal_engine::Money;
use yew::prelude::*;

use super::DocProps;
use crate::components::cost_chart::CostChart;
use crate::i18n::{t, tf, ProposalMsg};
use crate::state::use_lang;
use proposal_engine::screen::chart::cost_chart;

fn signed(m: Money, lang: proposal_engine::Lang, id: &'static str) -> Html {
    html! { <dd class={if m.0 >= 0 { "saving" } else { "loss" }} data-testid={id}>{ m.format(lang) }</dd> }
}

#[component]
pub fn Savings(props: &DocProps) -> Html {
    let lang = use_lang();
    let doc = &props.doc;
    let p = &doc.chosen.priced;
    let f = &doc.figures;
    let steps = doc.steps.iter().map(|x| {
        let months = x.months.get(lang).to_string();
        let promos = proposal_engine::Text::list(&x.promotions).get(lang).to_string();
        // The start month's row: what is paid that month, one-offs with it.
        let paid = Money(x.bill.0.saturating_add(x.one_offs.0));
        let once = (x.one_offs.0 > 0)
            .then(|| html! { <small class="one-offs">{ tf(lang, ProposalMsg::WithOneOffs, x.one_offs.format(lang)) }</small> });
        html! {
            <tr>
                <td>{ months }</td>
                <td class="num">{ paid.format(lang) }{ for once }</td>
                <td class="num">{ x.saving.format(lang) }</td>
                <td>{ if promos.is_empty() { t(lang, ProposalMsg::NoPromotion).to_string() } else { promos } }</td>
            </tr>
        }
    });
    html! {
        <section class="doc-section">
            <h2>{ t(lang, ProposalMsg::Savings) }</h2>
            <dl class="doc-figures">
                <div><dt>{ doc.saving_now_label.get(lang) }</dt>{ signed(doc.saving_now, lang, "doc-saving-now") }</div>
                <div><dt>{ f.step_saving.label.get(lang) }</dt>{ signed(f.step_saving.amount, lang, "doc-saving-after") }</div>
                <div><dt>{ f.average_saving.label.get(lang) }</dt>{ signed(f.average_saving.amount, lang, "doc-average-saving") }</div>
                <div><dt>{ f.first_year_saving.label.get(lang) }</dt>{ signed(f.first_year_saving.amount, lang, "doc-first-year") }</div>
                <div class="headline"><dt>{ f.horizon_saving.label.get(lang) }</dt>{ signed(f.horizon_saving.amount, lang, "doc-horizon-saving") }</div>
                if let Some(pb) = &f.payback {
                    <div><dt>{ pb.label.get(lang) }</dt><dd data-testid="doc-break-even">{ pb.value.get(lang) }</dd></div>
                }
            </dl>
            <table class="doc-table steps">
                <thead><tr>
                    <th>{ t(lang, ProposalMsg::Stretch) }</th><th class="num">{ t(lang, ProposalMsg::Bill) }</th>
                    <th class="num">{ t(lang, ProposalMsg::SavingAMonth) }</th><th>{ t(lang, ProposalMsg::Promotions) }</th>
                </tr></thead>
                <tbody>{ for steps }</tbody>
            </table>
            <CostChart view={cost_chart(p)} />
            <h3>{ t(lang, ProposalMsg::Assumes) }</h3>
            <ul class="doc-conditions">{ for doc.conditions.iter().map(|c| html! { <li>{ c.get(lang) }</li> }) }</ul>
        </section>
    }
}
