//! One ranked proposal: badges, the figures a customer asks about, when each
//! promotion ends, the sentence to read out (and, for one that waits for the
//! current contract's end, its start month and what waiting saves, in the
//! engine's words), the breakdown, and "choose".
use std::rc::Rc;

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
    let p = &a.priced;
    let s = &p.savings;
    let signed = |m: Money, id: Option<&'static str>| html! { <dd class={if m.0 >= 0 { "saving" } else { "loss" }} data-testid={id}>{ m.format(lang) }</dd> };
    let badges = a
        .badges
        .iter()
        .filter_map(|&b| badge(b))
        .map(|(label, class)| {
            html! { <span class={classes!("badge", class)}>{ t(lang, label) }</span> }
        });
    let ends = p.promotion_ends.iter().filter(|e| e.last_month < p.horizon).map(|e| {
        html! { <li>{ format!("{}{}{}", e.name.get(lang), colon(lang), tf(lang, CounterMsg::PromoEnds, e.last_month)) }</li> }
    });
    let onclick = {
        let cb = props.onchoose.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let break_even = match s.break_even_month {
        Some(m) => tf(lang, CounterMsg::Month, m),
        None => t(lang, CounterMsg::Never).to_string(),
    };
    html! {
        <article class={classes!("card", "proposal-card", props.chosen.then_some("chosen"))} data-testid="proposal">
            <div class="proposal-title">
                <h3>{ a.title.get(lang) }</h3>
                { for badges }
                if a.band.fragile { <span class="badge fragile">{ t(lang, CounterMsg::Fragile) }</span> }
                if let Some(later) = &a.start { <span class="badge later-start" data-testid="later-start">{ later.label.get(lang) }</span> }
            </div>
            <dl class="figures">
                <div><dt>{ t(lang, CounterMsg::MonthlyPrice) }</dt><dd data-testid="effective-monthly">{ p.effective_monthly.format(lang) }</dd></div>
                <div><dt>{ t(lang, CounterMsg::MonthlySaving) }</dt>{ signed(s.average_month, Some("monthly-saving")) }</div>
                <div><dt>{ t(lang, CounterMsg::FirstYear) }</dt>{ signed(s.first_year, Some("first-year")) }</div>
                <div data-testid="horizon-saving"><dt>{ format!("{} ({})", t(lang, CounterMsg::OverHorizon), tf(lang, CounterMsg::NMonths, p.horizon)) }</dt>{ signed(s.horizon, None) }</div>
                <div><dt>{ t(lang, CounterMsg::BreakEven) }</dt><dd data-testid="break-even">{ break_even }</dd></div>
                <div><dt>{ t(lang, CounterMsg::FirstMonthBill) }</dt><dd data-testid="first-bill">{ p.months.first().map(|m| m.bill.format(lang)).unwrap_or_default() }</dd></div>
                // The first bill leaves out what is paid once: said beside it,
                // as the proposal's month-1 row includes it (issue 13).
                if p.one_offs_total.0 > 0 {
                    <div><dt>{ t(lang, CounterMsg::OneOffsFirstMonth) }</dt><dd data-testid="one-offs-first-month">{ p.one_offs_total.format(lang) }</dd></div>
                }
                <div><dt>{ t(lang, CounterMsg::AfterPromotions) }</dt><dd data-testid="after-promotions">{ p.steady_monthly.format(lang) }</dd></div>
            </dl>
            <p class="reason">{ a.reason.get(lang) }</p>
            if let Some(later) = &a.start { <p class="reason later-start-words" data-testid="later-start-words">{ later.words.get(lang) }</p> }
            if p.promotion_ends.iter().any(|e| e.last_month < p.horizon) {
                <ul class="promo-ends">{ for ends }</ul>
            }
            <p class="muted small band">
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
