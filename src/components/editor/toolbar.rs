//! Undo, redo, export, the draft's fingerprint, and what storage reported.
use yew::prelude::*;

use super::csv::plans_to_csv;
use crate::i18n::{t, E};
use crate::state::editor::{EditorAction, EditorContext, StorageNotice};
use crate::state::use_lang;

/// A `data:` URL holding `text`, for a download link (no server, no Blob).
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        super::url_encoding::url_encode(text)
    )
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
            StorageNotice::Restored(why) => format!("{}{why}", t(lang, E::Restored)),
            StorageNotice::Corrupted(why) => format!("{}{why}", t(lang, E::Corrupted)),
            StorageNotice::Refused => t(lang, E::Refused).to_string(),
        };
        html! {
            <div class="notice warn storage-notice" role="alert" data-testid="storage-notice">
                <span>{ text }</span>
                if unsaved {
                    <a class="button small" href={(*json_url).clone()} download="catalog.json" data-testid="notice-export">{ t(lang, E::Export) }</a>
                }
                <button type="button" class="button secondary small" onclick={act(|| EditorAction::DismissNotice)}>{ t(lang, E::Dismiss) }</button>
            </div>
        }
    });
    html! {
        <>
            { notice }
            <div class="editor-toolbar">
                <button type="button" class="button secondary" disabled={!editor.draft.can_undo()} onclick={act(|| EditorAction::Undo)}>{ t(lang, E::Undo) }</button>
                <button type="button" class="button secondary" disabled={!editor.draft.can_redo()} onclick={act(|| EditorAction::Redo)}>{ t(lang, E::Redo) }</button>
                <a class="button" href={(*json_url).clone()} download="catalog.json" data-testid="export-json">{ t(lang, E::Export) }</a>
                <a class="button secondary" href={(*csv_url).clone()} download="plans.csv" data-testid="export-csv">{ t(lang, E::ExportCsv) }</a>
                <span class="draft-meta">
                    { t(lang, E::Version) }{ format!(" {} · ", catalog.version) }
                    { t(lang, E::Fingerprint) }{ " " }<code data-testid="draft-fingerprint">{ (*fingerprint).clone() }</code>
                </span>
            </div>
        </>
    }
}
