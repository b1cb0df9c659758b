//! A shared link made under an earlier published version of the tables:
//! that version's own file (`tables/<version>.json`, kept offline by the
//! service worker) is fetched, checked to be exactly the link's tables, and
//! the proposal reopens at its prices with the mark "prices of version N of
//! DATE, since replaced by version M". After the link's validity date the
//! page says so and offers to re-price under the current tables, with the
//! difference in saving. When the version cannot be had, the link opens as
//! any link of other tables does: the intake, priced with the current ones.
use std::rc::Rc;

use proposal_engine::screen::price_book::{history_mark, is_the_version, reprice, version_file};
use proposal_engine::share::{decode_with, Opened};
use proposal_engine::Catalog;
use yew::prelude::*;

use crate::browser::json::{parse_catalog, parse_patch};
use crate::components::selfcheck::SelfCheck;
use crate::i18n::{t, SharedMsg};
use crate::state::catalog::ActiveCatalog;
use crate::state::editor::versions::{keep_version, stored_link_version};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct EarlierVersionProps {
    pub code: AttrValue,
    /// The link opened with the current tables (its intake only).
    pub now: Rc<Opened>,
}

/// What fetching the link's version gave.
#[derive(Clone, PartialEq)]
enum Old {
    Loading,
    Found(Rc<Catalog>, Rc<Opened>),
    Missing,
}

#[component]
pub fn EarlierVersion(props: &EarlierVersionProps) -> Html {
    let lang = use_lang();
    let current = use_context::<ActiveCatalog>().expect("catalog context");
    let old = use_state(|| Old::Loading);
    let repriced = use_state(|| false);
    {
        let (old, code, link) = (
            old.clone(),
            props.code.clone(),
            props.now.shared.catalog.clone(),
        );
        use_effect_with(link.clone(), move |_| {
            let open = move |c: Catalog| {
                let opened = decode_with(&code, &c, parse_patch).ok()?;
                Some(Old::Found(Rc::new(c), Rc::new(opened)))
            };
            // Kept on this device (offline too), else the host's own file.
            if let Some(found) = stored_link_version(&link).and_then(&open) {
                return old.set(found);
            }
            crate::browser::fetch::get_text(&version_file(link.version), move |text| {
                // Kept on the device: the full proposal (another page) and
                // the next visit, offline too, price with it.
                let found = text
                    .and_then(|t| {
                        let c = parse_catalog(&t)
                            .ok()
                            .filter(|c| is_the_version(&link, c))?;
                        keep_version(c.version, &t);
                        Some(c)
                    })
                    .and_then(open);
                old.set(found.unwrap_or(Old::Missing));
            });
        });
    }
    let (tables, then) = match &*old {
        Old::Loading => {
            return html! { <p class="muted" role="status" data-testid="link-opening">{ t(lang, SharedMsg::OpeningVersion) }</p> }
        }
        Old::Missing => return html! { <SelfCheck opened={props.now.clone()} /> },
        Old::Found(tables, then) => (tables.clone(), then.clone()),
    };
    let today = crate::browser::today();
    let mark = history_mark(&tables, &current.0, &then.shared.valid_until, today);
    let header = html! {
        <div class="notice info history-mark" role="status" data-testid="history-mark">
            <p>{ mark.mark.get(lang) }</p>
            if let Some(expired) = &mark.expired {
                <p data-testid="history-expired">{ expired.get(lang) }</p>
            }
        </div>
    };
    if mark.expired.is_some() && *repriced {
        let words = reprice(&tables, &then, &current.0, &props.now);
        return html! {
            <>
                { header }
                if let Some(words) = words {
                    <p class="notice warn" role="status" data-testid="repriced">{ words.get(lang) }</p>
                }
                <SelfCheck opened={props.now.clone()} />
            </>
        };
    }
    let offer = mark.expired.is_some().then(|| {
        let repriced = repriced.clone();
        let onclick = Callback::from(move |_: MouseEvent| repriced.set(true));
        html! { <button type="button" class="button" {onclick} data-testid="reprice">{ t(lang, SharedMsg::Reprice) }</button> }
    });
    html! {
        <>
            { header }
            { for offer }
            <ContextProvider<ActiveCatalog> context={ActiveCatalog(tables)}>
                <SelfCheck opened={then} earlier=true />
            </ContextProvider<ActiveCatalog>>
        </>
    }
}
