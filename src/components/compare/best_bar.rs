//! The pinned bar of a portrait tablet and a phone (issue 14): the line
//! cards fill the screen there and the proposals start below them all, so
//! the recommended proposal's name and its saving (the first card's figure,
//! `screen::bar`) stay pinned at the bottom while the rep types. Hidden
//! on a landscape tablet, where the comparison is beside the intake.
use std::rc::Rc;

use proposal_engine::screen::bar::BestBar;
use yew::prelude::*;

use crate::i18n::{t, CounterMsg};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct BestBarProps {
    pub bar: Rc<BestBar>,
}

#[component]
pub fn BestBarView(props: &BestBarProps) -> Html {
    let lang = use_lang();
    let b = &props.bar;
    let see = Callback::from(|_: MouseEvent| crate::browser::focus("proposals"));
    let class = if b.saving.amount.0 >= 0 {
        "saving"
    } else {
        "loss"
    };
    html! {
        <div class="best-bar" data-testid="best-bar">
            <div class="best-bar-name">
                <span class="muted small">{ b.lead.get(lang) }</span>
                <strong data-testid="best-bar-name">{ b.name.get(lang) }</strong>
            </div>
            <div class="best-bar-saving">
                <span class="muted small">{ b.saving.label.get(lang) }</span>
                <strong class={class} data-testid="best-bar-saving">{ b.saving.amount.format(lang) }</strong>
            </div>
            <button type="button" class="button secondary" onclick={see}>{ t(lang, CounterMsg::SeeProposals) }</button>
        </div>
    }
}
