//! The printable customer proposal (客户建议书) for the chosen proposal:
//! the engine builds the document; this page lays it out for the screen and
//! for A4 (`@media print`), with the rep's details and validity on screen only.
use std::rc::Rc;

use crate::router::Link;
use proposal_engine::screen::price_book::history_mark;
use proposal_engine::{build_document, Options, ProposalDocument};
use yew::prelude::*;

use crate::components::proposal::closing::Closing;
use crate::components::proposal::considered::Considered;
use crate::components::proposal::costs::Costs;
use crate::components::proposal::disclosures::Disclosures;
use crate::components::proposal::doc_header::DocHeader;
use crate::components::proposal::packages::Packages;
use crate::components::proposal::rep_details::RepDetails;
use crate::components::proposal::savings::Savings;
use crate::components::proposal::share_block::ShareBlock;
use crate::components::proposal::situation::Situation;
use crate::i18n::{t, Msg, ProposalMsg};
use crate::route::Route;
use crate::state::autosave::use_autosave;
use crate::state::catalog::{use_prices_differ, use_published, ActiveCatalog};
use crate::state::rep::{today, Rep};
use crate::state::session::{use_session_view, SessionAction, SessionContext};
use crate::state::session_tables::{earlier_in_use, stated_validity, use_session_tables};
use crate::state::share_link::{share_code, share_url};
use crate::state::use_lang;

fn print(_: MouseEvent) {
    crate::browser::print();
}

/// Route target: the proposal document, or why there is none yet.
#[component]
pub fn ProposalPage() -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let active = use_context::<ActiveCatalog>().expect("catalog context");
    let published = use_published();
    // A proposal opened from a link with edited prices (or an earlier
    // version's) keeps those prices.
    let current_tables = active.0.clone();
    let catalog = use_session_tables(&session, active);
    let not_published = use_prices_differ() || !session.link_patch.is_empty();
    let tables = use_memo(catalog.clone(), |c| c.0.reference());
    let device_rep = use_state(Rep::restore);
    use_autosave((*device_rep).clone(), |r: &Rep| {
        r.save();
    });
    let issued = *use_memo((), |_| today());
    let (view, _) = use_session_view(&session, &catalog, issued);
    let options = Options {
        authority_level: device_rep.role.level(),
        approval: session.approval.clone(),
        date: Some(issued),
        ..Options::default()
    };
    let doc = use_memo(
        (
            view.customer.clone(),
            session.chosen.clone(),
            catalog.clone(),
            options,
        ),
        move |(customer, chosen, catalog, options)| -> Result<Rc<ProposalDocument>, ProposalMsg> {
            let chosen = chosen.as_ref().ok_or(ProposalMsg::NoChosen)?;
            let customer = customer.as_ref().ok_or(ProposalMsg::Stale)?;
            build_document(&catalog.0, customer, chosen, options, issued)
                .map(Rc::new)
                .map_err(|_| ProposalMsg::Stale)
        },
    );
    let rep = session
        .link_rep
        .clone()
        .unwrap_or_else(|| (*device_rep).clone());
    let valid_until = view.valid_until;
    let fallback = view.date_fallback.then_some(valid_until);
    // Priced with an earlier version (a link's, or a proposal the book
    // reopened): said so, as on the phone.
    let earlier = earlier_in_use(&session, &catalog.0, &current_tables).is_some();
    let history = earlier.then(|| {
        let stated = stated_validity(&session, &view);
        history_mark(&catalog.0, &current_tables, &stated, issued)
    });
    let doc = match &*doc {
        Ok(doc) => doc.clone(),
        Err(why) => {
            return html! {
                <main class="page page-proposal">
                    <h1>{ t(lang, Msg::ProposalTitle) }</h1>
                    <div class="notice" role="status" data-testid="no-proposal">
                        <p>{ t(lang, *why) }</p>
                        <Link to={Route::Counter} classes="button">{ t(lang, ProposalMsg::Back) }</Link>
                    </div>
                </main>
            };
        }
    };
    let onrep = {
        let device_rep = device_rep.clone();
        Callback::from(move |r: Rep| device_rep.set(r))
    };
    let onvalid = {
        let s = session.clone();
        Callback::from(move |v: String| s.dispatch(SessionAction::ValidUntil(v)))
    };
    let code = share_code(
        &session,
        view.customer.as_ref(),
        &catalog.0,
        &published,
        &rep,
        &valid_until.to_string(),
    );
    let url = code.as_deref().map(share_url).unwrap_or_default();
    // Opened from a shared link on the customer's phone: the customer's view
    // only, with a way back to their self-check (the same proposal's link).
    let customer_view = session.customer_view;
    let back = if customer_view {
        let to = code.map_or(Route::Counter, |code| Route::Shared { code });
        html! { <Link {to} classes="button secondary">{ t(lang, ProposalMsg::BackToMine) }</Link> }
    } else {
        html! { <Link to={Route::Counter} classes="button secondary">{ t(lang, ProposalMsg::Back) }</Link> }
    };
    html! {
        <main class="page page-proposal">
            <div class="proposal-actions no-print">
                { back }
                <button type="button" class="button" onclick={print} data-testid="print">{ t(lang, ProposalMsg::Print) }</button>
            </div>
            if !customer_view {
            <RepDetails rep={rep.clone()} {onrep} valid_until={if session.valid_until.is_empty() { valid_until.to_string() } else { session.valid_until.clone() }} {onvalid} date_fallback={fallback} />
            }
            <article class="proposal-doc" data-testid="proposal-doc">
                if not_published {
                    <p class="doc-not-published banner">{ t(lang, ProposalMsg::NotPublished) }</p>
                }
                if let Some(m) = &history {
                    <div class="notice info history-mark" role="status" data-testid="doc-history-mark">
                        <p>{ m.mark.get(lang) }</p>
                        if let Some(expired) = &m.expired { <p>{ expired.get(lang) }</p> }
                    </div>
                }
                <DocHeader doc={doc.clone()} brand={catalog.0.brand.clone()} customer={session.intake.name.clone()} rep={rep} {valid_until} />
                <Situation doc={doc.clone()} />
                <Packages doc={doc.clone()} />
                if let Some(a) = &doc.approval {
                    <section class="doc-section doc-approval" data-testid="doc-approval">
                        <p><strong>{ a.words.get(lang) }</strong></p>
                        <p class="muted small">{ a.record_only.get(lang) }</p>
                    </section>
                }
                <Savings doc={doc.clone()} />
                <Costs doc={doc.clone()} />
                <Considered doc={doc.clone()} />
                <Disclosures doc={doc.clone()} />
                <Closing doc={doc.clone()}>
                    <ShareBlock url={url} tables={(*tables).clone()} {not_published} />
                </Closing>
            </article>
        </main>
    }
}
