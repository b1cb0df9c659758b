//! Sharing from the counter (issue 14): the customer scans a QR code on the
//! rep's tablet, or the rep copies the link (the clipboard, else the link
//! selected in its field for a long-press copy) or sends it with the system
//! share sheet where the browser has one; "open here" opens the customer's
//! page on this tablet. The words are the engine's
//! (`screen::share_panel`) and the buttons' the counter's i18n table.
//!
//! The QR code is drawn by `proposal.html#/qr/<code>` in a frame, loaded
//! only while the panel is open: its encoder stays out of the counter's
//! first load (`pages/qr_frame.rs`).
use std::rc::Rc;

use proposal_engine::screen::share_panel::share_panel;
use proposal_engine::Alternative;
use yew::prelude::*;

use crate::browser::share;
use crate::i18n::{t, CounterMsg, Lang};
use crate::route::{EntryPoint, Route};
use crate::router::Link;
use crate::state::catalog::ActiveCatalog;
use crate::state::rep::Rep;
use crate::state::share_link::share_url;
use crate::state::use_lang;

/// The id of the panel (the share button's `aria-controls`).
pub const PANEL_ID: &str = "share-panel";
const FIELD_ID: &str = "share-link";

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The proposal the link opens.
    pub alternative: Rc<Alternative>,
    pub catalog: ActiveCatalog,
    /// The link's code (`state/share_link.rs`).
    pub code: AttrValue,
    pub rep: Rep,
    pub onclose: Callback<()>,
}

/// What the last copy did.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Copy {
    Not,
    Copied,
    /// The clipboard refused: the field's link is selected instead.
    Selected,
}

/// The frame's address: the QR page of `code`, in the counter's language.
pub fn qr_src(code: &str, lang: Lang) -> String {
    let lang = match lang {
        Lang::ZhCn => "zh",
        Lang::En => "en",
    };
    let route = Route::Qr { code: code.into() };
    format!("{}?lang={lang}", route.href_from(EntryPoint::Reps))
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let lang = use_lang();
    let words = use_memo(
        (
            props.alternative.clone(),
            props.catalog.clone(),
            props.rep.clone(),
        ),
        |(a, catalog, rep)| share_panel(&catalog.0, a, &rep.name, &rep.phone),
    );
    let url = share_url(&props.code);
    let copied = use_state(|| Copy::Not);
    let can_share = *use_memo((), |_| share::can_share());
    {
        // A new link (the intake changed) has not been copied yet.
        let copied = copied.clone();
        use_effect_with(props.code.clone(), move |_| copied.set(Copy::Not));
    }
    // Selected after the render that says so, so nothing re-renders it away.
    use_effect_with(*copied, |c| {
        if *c == Copy::Selected {
            share::select_field(FIELD_ID);
        }
    });
    let copy = {
        let (url, copied) = (url.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            share::copy(&url, move |ok| {
                copied.set(if ok { Copy::Copied } else { Copy::Selected })
            });
        })
    };
    let send = {
        let (url, words) = (url.clone(), words.clone());
        Callback::from(move |_: MouseEvent| {
            share::share(
                words.share_title.get(lang),
                words.share_text.get(lang),
                &url,
                |_| {},
            );
        })
    };
    let select = Callback::from(|_: FocusEvent| share::select_field(FIELD_ID));
    let close = {
        let cb = props.onclose.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let status = match *copied {
        Copy::Not => None,
        Copy::Copied => Some(CounterMsg::Copied),
        Copy::Selected => Some(CounterMsg::CopySelected),
    };
    let to = Route::Shared {
        code: props.code.to_string(),
    };
    html! {
        <section class="card share-panel" id={PANEL_ID} aria-labelledby="share-heading" data-testid="share-panel">
            <h2 id="share-heading">{ words.heading.get(lang) }</h2>
            <div class="share-body">
                <iframe class="share-qr" src={qr_src(&props.code, lang)} title={t(lang, CounterMsg::ShareQr)} data-testid="share-qr"></iframe>
                <div class="share-side">
                    <p class="share-scan">{ words.scan.get(lang) }</p>
                    if let Some(rep) = &words.rep {
                        <p class="muted small" data-testid="share-rep">{ rep.get(lang) }</p>
                    }
                    <label class="share-field" for={FIELD_ID}>
                        <span class="muted small">{ t(lang, CounterMsg::ShareLink) }</span>
                        <input id={FIELD_ID} type="text" readonly=true value={url} translate="no" onfocus={select} data-testid="share-link" />
                    </label>
                    <div class="share-actions">
                        <button type="button" class="button" onclick={copy} data-testid="share-copy">{ t(lang, CounterMsg::CopyLink) }</button>
                        if can_share {
                            <button type="button" class="button secondary" onclick={send} data-testid="share-sheet">{ t(lang, CounterMsg::ShareSheet) }</button>
                        }
                        <Link {to} classes="button secondary">{ t(lang, CounterMsg::OpenHere) }</Link>
                    </div>
                    <p class="share-status" role="status" data-testid="share-status">
                        if let Some(m) = status { { t(lang, m) } }
                    </p>
                </div>
            </div>
            <button type="button" class="button secondary share-close" onclick={close}>{ t(lang, CounterMsg::CloseShare) }</button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::qr_src;
    use crate::i18n::Lang;
    use crate::route::Route;

    #[test]
    fn the_frame_is_the_proposal_pages_qr_of_the_same_code_in_the_counters_language() {
        assert_eq!(
            qr_src("AbC-_9", Lang::En),
            "proposal.html#/qr/AbC-_9?lang=en"
        );
        assert_eq!(
            qr_src("AbC-_9", Lang::ZhCn),
            "proposal.html#/qr/AbC-_9?lang=zh"
        );
        let fragment = &qr_src("AbC-_9", Lang::ZhCn)["proposal.html".len()..];
        assert_eq!(
            Route::from_fragment(fragment),
            Route::Qr {
                code: "AbC-_9".into()
            }
        );
    }
}
