//! The counter page (filled by a later issue).
use yew::prelude::*;

use crate::components::page_intro::PageIntro;
use crate::i18n::Msg;

/// Route target for this entry point.
#[component]
pub fn CounterPage() -> Html {
    html! {
        <main class="page page-counter">
            <PageIntro title={Msg::CounterTitle} intro={Msg::CounterIntro} />
        </main>
    }
}
