//! The managers' package-table editor page.
use yew::prelude::*;

use crate::components::editor::editor_page::EditorPage;
use crate::components::page_intro::PageIntro;
use crate::i18n::Msg;

/// Route target for this entry point.
#[component]
pub fn TablesPage() -> Html {
    html! {
        <main class="page page-tables">
            <PageIntro title={Msg::TablesTitle} intro={Msg::TablesIntro} />
            <EditorPage />
        </main>
    }
}
