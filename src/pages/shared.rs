//! `#/p/<code>`: a proposal shared with the customer. A damaged or newer
//! link never crashes the app: it says so and offers a fresh start.
use std::rc::Rc;

use crate::router::Link;
use proposal_engine::share::{decode_with, LinkError};
use yew::prelude::*;

use super::shared_earlier::EarlierVersion;
use crate::components::selfcheck::SelfCheck;
use crate::i18n::{t, SharedMsg};
use crate::route::Route;
use crate::state::catalog::ActiveCatalog;
use crate::state::editor::EditorContext;
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;
use proposal_engine::screen::price_book::is_earlier_version;

#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    pub code: AttrValue,
}

/// Route target for a shared link.
#[component]
pub fn SharedPage(props: &SharedPageProps) -> Html {
    let lang = use_lang();
    let catalog = use_context::<ActiveCatalog>().expect("catalog context");
    let session = use_context::<SessionContext>().expect("session context");
    let opened = use_memo((props.code.clone(), catalog.clone()), |(code, catalog)| {
        decode_with(code, &catalog.0, crate::browser::json::parse_patch).map(Rc::new)
    });
    let editor = use_context::<EditorContext>().expect("editor context");
    let body = match &*opened {
        // Newer tables than this phone has: the host is asked first.
        Ok(o) if o.shared.catalog.version > catalog.0.version && !editor.host_checked => {
            html! { <p class="muted" role="status" data-testid="link-opening">{ t(lang, SharedMsg::OpeningVersion) }</p> }
        }
        Ok(o) if is_earlier_version(&o.shared.catalog, &catalog.0) => {
            html! { <EarlierVersion code={props.code.clone()} now={o.clone()} /> }
        }
        Ok(o) => html! { <SelfCheck opened={o.clone()} /> },
        Err(e) => {
            let start_over = Callback::from(move |_| session.dispatch(SessionAction::Reset));
            let msg = match e {
                LinkError::Damaged => SharedMsg::Damaged,
                LinkError::NewerVersion(_) => SharedMsg::Newer,
            };
            html! {
                <div class="notice error" role="alert" data-testid="link-error">
                    <p>{ t(lang, msg) }</p>
                    <span onclick={start_over}><Link to={Route::Counter} classes="button">{ t(lang, SharedMsg::StartOver) }</Link></span>
                </div>
            }
        }
    };
    html! {
        <main class="page page-shared">
            <h1>{ t(lang, SharedMsg::Title) }</h1>
            { body }
        </main>
    }
}
