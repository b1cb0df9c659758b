//! "按第 1 版（2026-11-01）价格计算，该版已由第 2 版（2026-12-01）取代": a
//! proposal the customer book reopened (or a link of an earlier version)
//! is priced with the version it was made with, said so above the cards;
//! after its validity date too, with the offer to re-price it under the
//! current tables and the difference in saving once it is.
use std::rc::Rc;

use proposal_engine::screen::price_book::history_mark;
use proposal_engine::screen::reprice::reprice_saved;
use proposal_engine::screen::session::SessionView;
use proposal_engine::{Options, Text};
use yew::prelude::*;

use crate::i18n::{t, SharedMsg};
use crate::state::catalog::ActiveCatalog;
use crate::state::session::{SessionAction, SessionContext};
use crate::state::session_tables::{earlier_in_use, stated_validity};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct HistoryNoticeProps {
    /// The tables the session is priced with (`use_session_tables`).
    pub catalog: ActiveCatalog,
    pub view: Rc<SessionView>,
    /// The counter's options (the day and the rep's authority).
    pub options: Options,
}

#[component]
pub fn HistoryNotice(props: &HistoryNoticeProps) -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let current = use_context::<ActiveCatalog>().expect("catalog context");
    // The difference the last re-pricing made, shown until the next.
    let repriced = use_state(|| None::<Text>);
    let earlier = earlier_in_use(&session, &props.catalog.0, &current.0).is_some();
    if !earlier {
        return match &*repriced {
            Some(words) => {
                html! { <p class="notice warn" role="status" data-testid="counter-repriced">{ words.get(lang) }</p> }
            }
            None => html! {},
        };
    }
    let today = props.options.date.unwrap_or_else(crate::browser::today);
    let valid_until = stated_validity(&session, &props.view);
    let mark = history_mark(&props.catalog.0, &current.0, &valid_until, today);
    let onclick = {
        let (old, current) = (props.catalog.clone(), current.clone());
        let (view, options) = (props.view.clone(), props.options.clone());
        let (session, repriced) = (session.clone(), repriced.clone());
        Callback::from(move |_: MouseEvent| {
            let again = view
                .customer
                .as_ref()
                .zip(session.chosen.as_ref())
                .and_then(|(customer, chosen)| {
                    reprice_saved(&old.0, &current.0, customer, chosen, &options)
                });
            repriced.set(again.as_ref().map(|r| r.words.clone()));
            session.dispatch(SessionAction::Reprice(again.map(|r| r.proposal)));
        })
    };
    html! {
        <div class="notice info history-mark" role="status" data-testid="counter-history-mark">
            <p>{ mark.mark.get(lang) }</p>
            if let Some(expired) = &mark.expired {
                <p data-testid="history-expired">{ expired.get(lang) }</p>
            }
            <button type="button" class="button secondary" {onclick} data-testid="counter-reprice">{ t(lang, SharedMsg::Reprice) }</button>
        </div>
    }
}
