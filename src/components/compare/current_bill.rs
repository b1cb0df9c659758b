//! What the customer pays today, always in view while proposals change.
use proposal_engine::Money;
use yew::prelude::*;

use crate::i18n::{t, CounterMsg};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct CurrentBillProps {
    pub monthly: Money,
    pub lines: usize,
}

#[component]
pub fn CurrentBill(props: &CurrentBillProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="card current-bill" aria-live="polite">
            <span class="muted">{ format!("{} · {} {}", t(lang, CounterMsg::CurrentBill), props.lines, t(lang, CounterMsg::Lines)) }</span>
            <span class="amount" data-testid="current-monthly">{ props.monthly.format(lang) }<small>{ t(lang, CounterMsg::PerMonth) }</small></span>
        </section>
    }
}
