//! Undo, redo, export, the draft's fingerprint, and what storage reported.
use yew::prelude::*;

use super::csv::plans_to_csv;
use crate::i18n::{t, EditorMsg};
use crate::state::editor::{EditorAction, EditorContext, StorageNotice};
use crate::state::use_lang;

/// A `data:` URL holding `text`, for a download link (no server, no Blob).
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        super::url_encoding::url_encode(text)
    )
}

/// "导出工作簿 (.xlsx)", in tables.html's build (feature `workbook`).
fn workbook_button() -> Html {
    #[cfg(feature = "workbook")]
    return html! { <super::workbook::ExportWorkbook /> };
    #[cfg(not(feature = "workbook"))]
    Html::default()
}

#[component]
pub fn Toolbar() -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let catalog = editor.current().clone();
    let json_url = use_memo(catalog.clone(), |c| {
        data_url("application/json", &c.to_json())
    });
    let csv_url = use_memo(catalog.clone(), |c| data_url("text/csv", &plans_to_csv(c)));
    let fingerprint = use_memo(catalog.clone(), |c| {
        proposal_engine::catalog::fingerprint(c)
    });
    let act = |a: fn() -> EditorAction| {
        let e = editor.clone();
        Callback::from(move |_: MouseEvent| e.dispatch(a()))
    };
    let notice = editor.notice.clone().map(|n| {
        // Work that could not be saved is offered for export right in the notice.
        let unsaved = !matches!(n, StorageNotice::Restored(_));
        let text = match n {
            StorageNotice::Restored(why) => format!("{}{why}", t(lang, EditorMsg::Restored)),
            StorageNotice::Corrupted(why) => format!("{}{why}", t(lang, EditorMsg::Corrupted)),
            StorageNotice::Refused => t(lang, EditorMsg::Refused).to_string(),
        };
        html! {
            <div class="notice warn storage-notice" role="alert" data-testid="storage-notice">
                <span>{ text }</span>
                if unsaved {
                    <a class="button small" href={(*json_url).clone()} download="catalog.json" data-testid="notice-export">{ t(lang, EditorMsg::Export) }</a>
                }
                <button type="button" class="button secondary small" onclick={act(|| EditorAction::DismissNotice)}>{ t(lang, EditorMsg::Dismiss) }</button>
            </div>
        }
    });
    html! {
        <>
            { notice }
            <div class="editor-toolbar">
                <button type="button" class="button secondary" disabled={!editor.draft.can_undo()} onclick={act(|| EditorAction::Undo)}>{ t(lang, EditorMsg::Undo) }</button>
                <button type="button" class="button secondary" disabled={!editor.draft.can_redo()} onclick={act(|| EditorAction::Redo)}>{ t(lang, EditorMsg::Redo) }</button>
                <a class="button" href={(*json_url).clone()} download="catalog.json" data-testid="export-json">{ t(lang, EditorMsg::Export) }</a>
                <a class="button secondary" href={(*csv_url).clone()} download="plans.csv" data-testid="export-csv">{ t(lang, EditorMsg::ExportCsv) }</a>
                { workbook_button() }
                <span class="draft-meta">
                    { t(lang, EditorMsg::Version) }{ format!(" {} · ", catalog.version) }
                    { t(lang, EditorMsg::Fingerprint) }{ " " }<code data-testid="draft-fingerprint">{ (*fingerprint).clone() }</code>
                </span>
            </div>
        </>
    }
}
