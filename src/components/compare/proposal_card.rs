//! One ranked proposal: badges, the figures a customer asks about, when each
//! promotion ends, the sentence to read out (and, for one that waits for the
//! current contract's end, its start month and what waiting saves, in the
//! engine's words), the breakdown, and "choose".
use std::rc::Rc;

use proposal_engine::customer::estimate::band_lead;
use proposal_engine::screen::figures::{card_figures, Figure};
use proposal_engine::{Alternative, Badge, Money};
use yew::prelude::*;

use super::breakdown::Breakdown;
use crate::i18n::{t, tf, CounterMsg};
use crate::state::catalog::ActiveCatalog;
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ProposalCardProps {
    pub alternative: Rc<Alternative>,
    pub catalog: ActiveCatalog,
    pub chosen: bool,
    /// Some usage is estimated from the fee: the usage band says so first.
    #[prop_or_default]
    pub usage_estimated: bool,
    pub onchoose: Callback<()>,
}

/// The colon of the language: full-width in Chinese.
pub fn colon(lang: proposal_engine::Lang) -> &'static str {
    lang.colon()
}

fn badge(b: Badge) -> Option<(CounterMsg, &'static str)> {
    match b {
        Badge::Cheapest => Some((CounterMsg::Cheapest, "cheapest")),
        Badge::BestValue => Some((CounterMsg::BestValue, "best-value")),
        Badge::Premium => Some((CounterMsg::Premium, "premium")),
        Badge::Robust => Some((CounterMsg::Robust, "robust")),
        Badge::Keep => None,
    }
}

#[component]
pub fn ProposalCard(props: &ProposalCardProps) -> Html {
    let lang = use_lang();
    let a = &props.alternative;
    let signed = |m: Money, id: Option<&'static str>| html! { <dd class={if m.0 >= 0 { "saving" } else { "loss" }} data-testid={id}>{ m.format(lang) }</dd> };
    let badges = a
        .badges
        .iter()
        .filter_map(|&b| badge(b))
        .map(|(label, class)| {
            html! { <span class={classes!("badge", class)}>{ t(lang, label) }</span> }
        });
    // Every figure and label from the engine, the same as the document's
    // and the phone's (issue 14).
    let f = card_figures(&props.catalog.0, a);
    let ends = f
        .promotion_ends
        .iter()
        .map(|e| html! { <li>{ e.get(lang) }</li> });
    let onclick = {
        let cb = props.onchoose.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let plain = |x: &Figure, id: &'static str| html! { <div><dt>{ x.label.get(lang) }</dt><dd data-testid={id}>{ x.amount.format(lang) }</dd></div> };
    let saving = |x: &Figure, id: &'static str| html! { <div><dt>{ x.label.get(lang) }</dt>{ signed(x.amount, Some(id)) }</div> };
    html! {
        <article class={classes!("card", "proposal-card", props.chosen.then_some("chosen"))} data-testid="proposal">
            <div class="proposal-title">
                <h3>{ a.title.get(lang) }</h3>
                { for badges }
                if a.band.fragile { <span class="badge fragile">{ t(lang, CounterMsg::Fragile) }</span> }
                if let Some(later) = &a.start { <span class="badge later-start" data-testid="later-start">{ later.label.get(lang) }</span> }
            </div>
            <dl class="figures">
                { plain(&f.effective_monthly, "effective-monthly") }
                { saving(&f.average_saving, "monthly-saving") }
                { saving(&f.first_year_saving, "first-year") }
                <div data-testid="horizon-saving"><dt>{ f.horizon_saving.label.get(lang) }</dt>{ signed(f.horizon_saving.amount, None) }</div>
                if let Some(pb) = &f.payback {
                    <div><dt>{ pb.label.get(lang) }</dt><dd data-testid="break-even">{ pb.value.get(lang) }</dd></div>
                }
                { plain(&f.first_bill, "first-bill") }
                if let Some(x) = &f.one_offs { { plain(x, "one-offs") } }
                if let Some(x) = &f.prepaid {
                    <div><dt>{ x.label.get(lang) }</dt><dd data-testid="prepaid">{ x.amount.format(lang) }
                        if !f.prepaid_words.zh.is_empty() { <small class="muted">{ f.prepaid_words.get(lang) }</small> }
                    </dd></div>
                }
                if let Some(x) = &f.paid_on_day {
                    <div><dt>{ x.label.get(lang) }</dt><dd data-testid="paid-on-day">{ x.amount.format(lang) }<small class="muted">{ f.paid_on_day_words.get(lang) }</small></dd></div>
                }
                { plain(&f.step_bill, "after-promotions") }
                { saving(&f.step_saving, "step-saving") }
            </dl>
            <p class="reason">{ a.reason.get(lang) }</p>
            if let Some(later) = &a.start { <p class="reason later-start-words" data-testid="later-start-words">{ later.words.get(lang) }</p> }
            if !f.promotion_ends.is_empty() {
                <ul class="promo-ends">{ for ends }</ul>
            }
            <p class={classes!("small", "band", if props.usage_estimated { "estimated" } else { "muted" })} data-testid="usage-band">
                if props.usage_estimated { <strong>{ band_lead().get(lang) }</strong> }
                { format!("{}{}", tf(lang, CounterMsg::UsageLow, a.band.percent), colon(lang)) }
                <span class={if a.band.saving_low_usage.0 >= 0 { "saving" } else { "loss" }}>{ a.band.saving_low_usage.format(lang) }</span>
                { format!(" · {}{}", tf(lang, CounterMsg::UsageHigh, a.band.percent), colon(lang)) }
                <span class={if a.band.saving_high_usage.0 >= 0 { "saving" } else { "loss" }}>{ a.band.saving_high_usage.format(lang) }</span>
            </p>
            <Breakdown alternative={a.clone()} catalog={props.catalog.clone()} {lang} />
            <button type="button" class={classes!("button", props.chosen.then_some("secondary"))} {onclick} aria-pressed={props.chosen.to_string()}>
                { t(lang, if props.chosen { CounterMsg::Chosen } else { CounterMsg::Choose }) }
            </button>
        </article>
    }
}
