//! The proposal page (filled by a later issue).
use yew::prelude::*;

use crate::components::page_intro::PageIntro;
use crate::i18n::Msg;

/// Route target for this entry point.
#[component]
pub fn ProposalPage() -> Html {
    html! {
        <main class="page page-proposal">
            <PageIntro title={Msg::ProposalTitle} intro={Msg::ProposalIntro} />
        </main>
    }
}
