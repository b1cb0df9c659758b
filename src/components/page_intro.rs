//! A page's title and one-sentence purpose.
use yew::prelude::*;

use crate::i18n::{t, Msg};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct PageIntroProps {
    pub title: Msg,
    pub intro: Msg,
}

/// The heading every page starts with.
#[component]
pub fn PageIntro(props: &PageIntroProps) -> Html {
    let lang = use_lang();
    html! {
        <section class="page-intro">
            <h1>{ t(lang, props.title) }</h1>
            <p class="muted">{ t(lang, props.intro) }</p>
        </section>
    }
}
