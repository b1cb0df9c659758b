//! `proposal.html#/qr/<code>?lang=zh&t=…&x=…&r=…`: the counter's share
//! panel, in a frame of the counter (`components/compare/share_panel.rs`).
//! The QR code the customer scans, the link in a read-only field,
//! "复制链接" (the clipboard, else the link selected with "已选中，请长按
//! 复制"), the system share sheet only where the browser has one, and
//! "在此打开" (the whole tablet moves to the customer's page). The QR
//! encoder is in this page's wasm already (the proposal prints it), so the
//! counter's first load carries neither it nor these controls; the frame
//! loads only when the rep opens the panel, and the service worker keeps
//! this page for offline use like every other. The words come in the
//! address, made by the engine on the counter (`screen::share_panel`): the
//! share sheet's title and message, and the rep when known.
use yew::prelude::*;

use crate::browser::share;
use crate::components::editor::url_encoding::url_decode;
use crate::components::qr_code::QrCodeImage;
use crate::i18n::{html_lang, t, CounterMsg, Lang, ProposalMsg};
use crate::route::{EntryPoint, Route};
use crate::state::share_link::share_url;

const FIELD_ID: &str = "share-link";

#[derive(Properties, PartialEq)]
pub struct QrFrameProps {
    /// The shared link's code (`#/p/<code>`).
    pub code: AttrValue,
}

/// What the counter put in the frame's address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrameWords {
    pub lang: Option<Lang>,
    pub title: String,
    pub text: String,
    pub rep: Option<String>,
}

/// Reads `lang`, `t`, `x` and `r` from a fragment's query (`#/qr/c?…`).
pub fn frame_words(fragment: &str) -> FrameWords {
    let mut w = FrameWords::default();
    let query = fragment.split_once('?').map_or("", |(_, q)| q);
    for part in query.split('&') {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let value = url_decode(value).unwrap_or_default();
        match key {
            "lang" if value == "en" => w.lang = Some(Lang::En),
            "lang" if value == "zh" => w.lang = Some(Lang::ZhCn),
            "t" => w.title = value,
            "x" => w.text = value,
            "r" if !value.trim().is_empty() => w.rep = Some(value),
            _ => {}
        }
    }
    w
}

/// The panel's body: the QR code of the link, and what the rep does with it.
#[component]
pub fn QrFrame(props: &QrFrameProps) -> Html {
    let words = use_memo((), |_| frame_words(&crate::browser::fragment()));
    let lang = words
        .lang
        .unwrap_or_else(|| crate::state::AppState::restore().lang);
    use_effect_with(lang, |&lang| {
        crate::browser::set_document_lang(html_lang(lang))
    });
    let url = share_url(&props.code);
    let status = use_state(|| None::<CounterMsg>);
    let copy = {
        let (url, status) = (url.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            share::copy(&url, move |ok| {
                if !ok {
                    share::select_field(FIELD_ID);
                }
                status.set(Some(if ok {
                    CounterMsg::Copied
                } else {
                    CounterMsg::CopySelected
                }))
            });
        })
    };
    let send = {
        let (url, words) = (url.clone(), words.clone());
        Callback::from(move |_: MouseEvent| share::share(&words.title, &words.text, &url, |_| {}))
    };
    let here = Route::Shared {
        code: props.code.to_string(),
    }
    .href_from(EntryPoint::Proposal);
    let scan = t(lang, ProposalMsg::ScanToCheck);
    html! {
        <main class="share-frame" data-testid="qr-frame">
            <h1 class="visually-hidden">{ scan }</h1>
            <QrCodeImage data={url.clone()} label={scan} />
            <div class="share-side">
                <p class="share-scan">{ t(lang, CounterMsg::ScanHere) }</p>
                if let Some(rep) = &words.rep {
                    <p class="muted small" data-testid="share-rep">{ rep.clone() }</p>
                }
                <label class="share-field" for={FIELD_ID}>
                    <span class="muted small">{ t(lang, CounterMsg::ShareLink) }</span>
                    <input id={FIELD_ID} type="text" readonly=true value={url} translate="no" data-testid="share-link" />
                </label>
                <div class="share-actions">
                    <button type="button" class="button" onclick={copy} data-testid="share-copy">{ t(lang, CounterMsg::CopyLink) }</button>
                    if share::can_share() {
                        <button type="button" class="button secondary" onclick={send} data-testid="share-sheet">{ t(lang, CounterMsg::ShareSheet) }</button>
                    }
                    <a class="button secondary" href={here} target="_top" data-testid="share-here">{ t(lang, CounterMsg::OpenHere) }</a>
                </div>
                <p class="share-status" role="status" data-testid="share-status">
                    if let Some(m) = *status { { t(lang, m) } }
                </p>
            </div>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::{frame_words, FrameWords};
    use crate::components::editor::url_encoding::url_encode;
    use crate::i18n::Lang;

    #[test]
    fn the_frame_reads_the_words_the_counter_sent() {
        let q = format!(
            "#/qr/abc?lang=en&t={}&x={}&r={}",
            url_encode("资费建议：甲"),
            url_encode("省 ¥1.00 & more"),
            url_encode("营业员：王丽")
        );
        assert_eq!(
            frame_words(&q),
            FrameWords {
                lang: Some(Lang::En),
                title: "资费建议：甲".into(),
                text: "省 ¥1.00 & more".into(),
                rep: Some("营业员：王丽".into()),
            }
        );
        assert_eq!(frame_words("#/qr/abc").rep, None);
        assert_eq!(frame_words("#/qr/abc?r=").rep, None, "no rep: none named");
    }
}
