//! The zh-CN / en switch: two buttons, the current one pressed.
use yew::prelude::*;

use crate::i18n::{t, Lang, Msg};
use crate::state::{Action, AppContext};

/// Switches the whole app's language; the choice is remembered on the device.
#[component]
pub fn LangSwitch() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let current = ctx.lang;
    let button = |lang: Lang, label: &'static str| {
        let ctx = ctx.clone();
        let onclick = Callback::from(move |_| ctx.dispatch(Action::SetLang(lang)));
        html! {
            <button type="button" class="lang-option" aria-pressed={(lang == current).to_string()}
                lang={crate::i18n::html_lang(lang)} {onclick}>{label}</button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={t(current, Msg::LanguageSwitch)}>
            { button(Lang::ZhCn, "中文") }
            { button(Lang::En, "EN") }
        </div>
    }
}
