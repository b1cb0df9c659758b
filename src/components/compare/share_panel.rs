//! Sharing from the counter (issue 14): "分享给客户" opens this panel on the
//! rep's own screen. Its heading is the engine's (`screen::share_panel`);
//! the rest, the QR code the customer scans, the link in a read-only field,
//! "复制链接" (the clipboard, else the link selected for a long-press
//! copy), the system share sheet where the browser has one and "在此打开",
//! is `proposal.html#/qr/<code>?…` in a frame (`pages/qr_frame.rs`), loaded
//! only while the panel is open: the QR encoder and the panel's controls
//! stay out of the counter's first load (`perf/size-budget.json`).
use std::rc::Rc;

use proposal_engine::screen::share_panel::SharePanel as Words;
use yew::prelude::*;

use crate::components::editor::url_encoding::url_encode;
use crate::i18n::{t, CounterMsg, Lang};
use crate::route::{EntryPoint, Route};
use crate::state::use_lang;

/// The id of the panel (the share button's `aria-controls`).
pub const PANEL_ID: &str = "share-panel";

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The engine's words for the proposal the link opens.
    pub words: Rc<Words>,
    /// The link's code (`state/share_link.rs`).
    pub code: AttrValue,
}

/// The frame's address: the share page of `code` in the counter's
/// language, with the words it shows and sends (the share sheet's title
/// and message, the rep when known), each URL-encoded.
pub fn qr_src(code: &str, lang: Lang, words: &Words) -> String {
    let tag = match lang {
        Lang::ZhCn => "zh",
        Lang::En => "en",
    };
    let route = Route::Qr { code: code.into() };
    let mut src = format!(
        "{}?lang={tag}&t={}&x={}",
        route.href_from(EntryPoint::Reps),
        url_encode(words.share_title.get(lang)),
        url_encode(words.share_text.get(lang)),
    );
    if let Some(rep) = &words.rep {
        src.push_str(&format!("&r={}", url_encode(rep.get(lang))));
    }
    src
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let lang = use_lang();
    let words = &props.words;
    html! {
        <section class="card share-panel" id={PANEL_ID} aria-labelledby="share-heading" data-testid="share-panel">
            <h2 id="share-heading">{ words.heading.get(lang) }</h2>
            <iframe class="share-qr" src={qr_src(&props.code, lang, words)} title={t(lang, CounterMsg::ShareQr)} data-testid="share-qr"></iframe>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{qr_src, Words};
    use crate::i18n::Lang;
    use crate::route::Route;
    use proposal_engine::Text;

    #[test]
    fn the_frame_is_the_proposal_pages_qr_of_the_same_code_in_the_counters_language() {
        let words = Words {
            heading: Text::new("标题", "Heading"),
            share_title: Text::new("资费建议：甲", "Your proposal: A"),
            share_text: Text::new("省 ¥1.00", "Save ¥1.00"),
            rep: None,
        };
        assert_eq!(
            qr_src("AbC-_9", Lang::En, &words),
            "proposal.html#/qr/AbC-_9?lang=en&t=Your%20proposal%3A%20A&x=Save%20%C2%A51.00"
        );
        let zh = qr_src("AbC-_9", Lang::ZhCn, &words);
        assert!(
            zh.starts_with("proposal.html#/qr/AbC-_9?lang=zh&t="),
            "{zh}"
        );
        let rep = Words {
            rep: Some(Text::new("营业员：王丽", "Your rep: Wang Li")),
            ..words.clone()
        };
        assert!(qr_src("c", Lang::En, &rep).ends_with("&r=Your%20rep%3A%20Wang%20Li"));
        assert_eq!(
            Route::from_fragment(&zh["proposal.html".len()..]),
            Route::Qr {
                code: "AbC-_9".into()
            }
        );
    }
}
