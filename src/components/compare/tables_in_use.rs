//! "价格表第 2 版 · 2026-12-01 起执行 · 已从服务器更新": which published
//! tables the counter prices with and where they came from (the host, this
//! device, or built in), so a rep can tell at a glance that a new version
//! reached the tablet.
use proposal_engine::screen::price_book::tables_in_use;
use yew::prelude::*;

use crate::state::editor::EditorContext;
use crate::state::use_lang;

#[component]
pub fn TablesInUse() -> Html {
    let lang = use_lang();
    let Some(editor) = use_context::<EditorContext>() else {
        return html! {};
    };
    let words = tables_in_use(&editor.published, editor.source);
    html! { <p class="muted tables-in-use" data-testid="tables-in-use">{ words.get(lang) }</p> }
}
