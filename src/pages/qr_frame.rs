//! `proposal.html#/qr/<code>?lang=en`: the QR code of a shared link, alone
//! on the page, for the counter's share panel to show in a frame. The QR
//! encoder is in this page's wasm already (the proposal prints it), so the
//! counter's first load does not carry it (`perf/size-budget.json`); the
//! frame loads only when the rep opens the panel, and the service worker
//! keeps this page for offline use like every other.
use yew::prelude::*;

use crate::components::qr_code::QrCodeImage;
use crate::i18n::{html_lang, t, Lang, ProposalMsg};
use crate::state::share_link::share_url;

#[derive(Properties, PartialEq)]
pub struct QrFrameProps {
    /// The shared link's code (`#/p/<code>`).
    pub code: AttrValue,
}

/// The language the counter asked for (`?lang=en`), else the device's.
fn frame_lang() -> Lang {
    let fragment = crate::browser::fragment();
    match fragment.split_once('?').map(|(_, q)| q) {
        Some(q) if q.split('&').any(|p| p == "lang=en") => Lang::En,
        Some(q) if q.split('&').any(|p| p == "lang=zh") => Lang::ZhCn,
        _ => crate::state::AppState::restore().lang,
    }
}

/// The QR code of the link, filling the frame, with the quiet zone.
#[component]
pub fn QrFrame(props: &QrFrameProps) -> Html {
    let lang = *use_memo((), |_| frame_lang());
    use_effect_with(lang, |&lang| {
        crate::browser::set_document_lang(html_lang(lang))
    });
    let url = share_url(&props.code);
    html! {
        <main class="qr-frame" data-testid="qr-frame">
            <h1 class="visually-hidden">{ t(lang, ProposalMsg::ScanToCheck) }</h1>
            <QrCodeImage data={url} label={t(lang, ProposalMsg::ScanToCheck)} />
        </main>
    }
}
