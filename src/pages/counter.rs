//! The counter screen: the intake on the left, the live comparison on the
//! right (one column on a phone). Every keystroke re-parses the intake and
//! re-runs the engine's optimizer; the page only renders what it returns.
use std::collections::BTreeSet;
use std::rc::Rc;

use crate::router::Link;
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::estimate::estimate_notice;
use proposal_engine::optimize::authority::above_authority_given;
use proposal_engine::screen::bar::{best_bar, BestBar};
use proposal_engine::screen::share_panel::share_panel;
use proposal_engine::{optimize, Alternative, Options};
use yew::prelude::*;

use crate::components::compare::authority::AuthorityPanel;
use crate::components::compare::best_bar::BestBarView;
use crate::components::compare::current_bill::CurrentBill;
use crate::components::compare::history_notice::HistoryNotice;
use crate::components::compare::proposal_card::ProposalCard;
use crate::components::compare::share_panel::{SharePanel, PANEL_ID};
use crate::components::intake::customer_form::CustomerForm;
use crate::components::intake::line_card::LineCard;
use crate::components::intake::quick_starts::QuickStarts;
use crate::components::intake::suggestions::Suggestions;
use crate::components::number_field::Reveal;
use crate::components::skip_link::SkipLink;
use crate::i18n::{t, CounterMsg, Msg, SharedMsg};
use crate::route::Route;
use crate::state::catalog::{use_published, ActiveCatalog};
use crate::state::deferred::use_after_paint;
use crate::state::rep::{today, Rep};
use crate::state::session::{use_session_view, SessionAction, SessionContext};
use crate::state::session_tables::{choose, use_session_tables};
use crate::state::share_link::share_code_for;
use crate::state::use_lang;

/// What the comparison shows.
#[derive(PartialEq)]
enum Comparison {
    Empty,
    Invalid,
    Ready {
        alternatives: Vec<Rc<Alternative>>,
        /// "Keep what you have", shown first when nothing beats it.
        keep_first: Option<Rc<Alternative>>,
        notes: Vec<proposal_engine::Text>,
        /// The rep's own best total (the cheapest card's), from which the
        /// offers above their authority are worked out after the paint.
        own: Option<proposal_engine::Money>,
        /// The recommendation (the first card) and its saving, for the
        /// pinned bar of a portrait screen.
        bar: Rc<BestBar>,
        /// The cards' proposals, best first: the featured package's tap
        /// chooses the first that carries it.
        cards: Rc<Vec<proposal_engine::Proposal>>,
    },
    Impossible(Vec<proposal_engine::Text>),
}

/// Route target: the rep's counter screen.
#[component]
pub fn CounterPage() -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let active = use_context::<ActiveCatalog>().expect("catalog context");
    // A session opened from a link keeps the link's edited prices, as on the proposal page.
    let catalog = use_session_tables(&session, active.clone());
    let published = use_published();
    // Read once a visit, not at every keystroke.
    let (today, device_rep) = (*use_memo((), |_| (today(), Rep::restore()))).clone();
    let (view, errors) = use_session_view(&session, &catalog, today);
    let errors = &errors;
    let validity = view.valid_until.to_string();
    let role = device_rep.role;
    let rep = session.link_rep.clone().unwrap_or(device_rep);
    let customer = &view.customer;
    // The rep's authority (their role on this device) and any approval;
    // only what is on sale today is offered.
    let options = Options {
        authority_level: role.level(),
        approval: session.approval.clone(),
        date: Some(today),
        ..Options::default()
    };
    let comparison = use_memo(
        (
            customer.clone(),
            catalog.clone(),
            session.intake.lines.is_empty(),
            options.clone(),
        ),
        |(customer, catalog, empty, options)| match customer {
            _ if *empty => Comparison::Empty,
            None => Comparison::Invalid,
            Some(c) => match optimize(&catalog.0, c, options) {
                Ok(p) => {
                    let keep_wins = p.keep_is_cheaper();
                    // The rep's own best, already searched: the cheapest card.
                    let own = p.alternatives.iter().map(|a| a.priced.total).min();
                    let bar = Rc::new(best_bar(&catalog.0, &p));
                    let cards =
                        Rc::new(p.alternatives.iter().map(|a| a.proposal.clone()).collect());
                    Comparison::Ready {
                        bar,
                        cards,
                        alternatives: p.alternatives.into_iter().map(Rc::new).collect(),
                        keep_first: keep_wins.then(|| Rc::new(p.baseline)),
                        notes: p.notes,
                        own,
                    }
                }
                Err(e) => Comparison::Impossible(e.reasons),
            },
        },
    );
    // Offers above the rep's authority: up to two more exact searches, run
    // after the comparison is painted (the panel keeps its last offers for
    // that moment, marked busy).
    let own = match &*comparison {
        Comparison::Ready { own, .. } => Some(*own),
        _ => None,
    };
    let above = use_after_paint(
        (customer.clone(), catalog.clone(), options.clone(), own),
        |(customer, catalog, options, own)| match (customer, own) {
            (Some(c), Some(own)) => above_authority_given(&catalog.0, c, options, *own),
            _ => Vec::new(),
        },
    );
    let (above, above_current) = (
        above
            .value
            .as_ref()
            .map(|v| v.0.clone())
            .unwrap_or_default(),
        above.current,
    );
    let monthly = customer
        .as_ref()
        .map(|c| c.current_monthly_bill())
        .unwrap_or_default();
    // The customer exactly as priced, as data: for export and for checking
    // the screen against the engine's command-line tool.
    let customer_json = customer
        .as_ref()
        .and_then(|c| serde_json::to_string(c).ok());
    let add = |kind: LineKind, label: CounterMsg| {
        let s = session.clone();
        html! { <button type="button" class="button secondary" onclick={Callback::from(move |_| s.dispatch(SessionAction::AddLine(kind)))}>{ t(lang, label) }</button> }
    };
    // "新客户", and "清空" too: a customer with lines goes to the customer
    // book first (never lost; the book can delete it, with undo). When
    // storage refuses, the counter keeps the customer.
    let new_customer = {
        let s = session.clone();
        Callback::from(move |_: MouseEvent| {
            if s.intake.lines.is_empty() || crate::state::book::inbox::push(&s) {
                s.dispatch(SessionAction::Reset)
            }
        })
    };
    let reset = new_customer.clone();
    // A field's problem shows once the rep leaves it or asks for the
    // proposals ("比较方案"), never on a line just added (issue 14).
    let left = use_state(|| Rc::new(BTreeSet::<String>::new()));
    let reveal_all = use_state(|| false);
    let ids: Vec<u32> = session.intake.lines.iter().map(|l| l.id).collect();
    {
        let (left, reveal_all) = (left.clone(), reveal_all.clone());
        use_effect_with(ids, move |ids| {
            reveal_all.set(false);
            if ids.is_empty() {
                left.set(Rc::default());
            }
        });
    }
    let reveal = Reveal {
        all: *reveal_all,
        left: (*left).clone(),
        leave: {
            let left = left.clone();
            Callback::from(move |id: String| {
                if !left.contains(&id) {
                    let mut next = (**left).clone();
                    next.insert(id);
                    left.set(Rc::new(next));
                }
            })
        },
    };
    let shown_errors = errors.keys().any(|id| reveal.shows(id));
    let ask = {
        let reveal_all = reveal_all.clone();
        Callback::from(move |_| reveal_all.set(true))
    };
    // Usage estimated from the fee: said above the proposals, and each
    // card's usage band leads with it (how much the pick depends on it).
    let estimated = customer.as_ref().and_then(estimate_notice);
    let usage_estimated = estimated.is_some();
    let lines = session.intake.lines.iter().enumerate().map(|(i, l)| {
        html! { <LineCard key={l.id} line={l.clone()} number={i + 1} errors={errors.clone()} catalog={catalog.clone()} /> }
    });
    let results = match &*comparison {
        Comparison::Empty => html! { <p class="notice">{ t(lang, CounterMsg::NoLinesYet) }</p> },
        Comparison::Invalid if shown_errors => {
            html! { <p class="notice error" role="alert">{ t(lang, CounterMsg::FixErrors) }</p> }
        }
        Comparison::Invalid => html! {
            <div class="notice" role="status">
                <p>{ t(lang, CounterMsg::FillToCompare) }</p>
                <button type="button" class="button" onclick={ask}>{ t(lang, CounterMsg::Compare) }</button>
            </div>
        },
        Comparison::Impossible(reasons) => html! {
            <div class="notice error" role="alert">
                <strong>{ t(lang, CounterMsg::NoProposal) }</strong>
                <ul>{ for reasons.iter().map(|r| html! { <li>{ r.get(lang) }</li> }) }</ul>
            </div>
        },
        Comparison::Ready {
            alternatives,
            keep_first,
            notes,
            ..
        } => {
            let cards = keep_first.iter().chain(alternatives.iter()).map(|a| {
                let chosen = session.chosen.as_ref() == Some(&a.proposal);
                let (s, p) = (session.clone(), a.proposal.clone());
                let (tables, current) = (catalog.clone(), active.clone());
                let onchoose = Callback::from(move |_| choose(&s, p.clone(), &tables, &current));
                html! { <ProposalCard alternative={a.clone()} catalog={catalog.clone()} {chosen} {usage_estimated} {onchoose} /> }
            });
            html! {
                <>
                    if let Some(words) = &estimated {
                        <p class="notice estimate" role="status" data-testid="usage-estimated">{ words.get(lang) }</p>
                    }
                    if keep_first.is_some() {
                        <p class="notice" role="status" data-testid="keep-is-cheaper">{ t(lang, CounterMsg::KeepIsCheaper) }</p>
                    }
                    <AuthorityPanel offers={above.clone()} busy={!above_current} approval={session.approval.clone()} />
                    { for cards }
                    if !notes.is_empty() {
                        <details class="card notes">
                            <summary>{ t(lang, CounterMsg::Notes) }</summary>
                            <ul>{ for notes.iter().map(|n| html! { <li>{ n.get(lang) }</li> }) }</ul>
                        </details>
                    }
                </>
            }
        }
    };
    // The link opens the chosen proposal, or the first card's when none is
    // chosen (or the chosen one is no longer offered).
    let (shared, bar) = match &*comparison {
        Comparison::Ready {
            alternatives,
            keep_first,
            bar,
            ..
        } => {
            let mut shown = keep_first.iter().chain(alternatives.iter());
            let chosen = shown
                .clone()
                .find(|a| session.chosen.as_ref() == Some(&a.proposal));
            (chosen.or_else(|| shown.next()).cloned(), Some(bar.clone()))
        }
        _ => (None, None),
    };
    let cards = match &*comparison {
        Comparison::Ready { cards, .. } => cards.clone(),
        _ => Rc::default(),
    };
    let sharing = use_state(|| false);
    let toggle_share = {
        let sharing = sharing.clone();
        Callback::from(move |_: MouseEvent| sharing.set(!*sharing))
    };
    // The link (the tables' fingerprint, the encoding, the compression) and
    // the panel's words only while the panel is open, not at every keystroke.
    let share_code = (*sharing)
        .then_some(shared.as_ref())
        .flatten()
        .and_then(|a| {
            share_code_for(
                Some(&a.proposal),
                session.approval.as_ref(),
                customer.as_ref(),
                &catalog.0,
                &published,
                &rep,
                &validity,
            )
        });
    let can_share = shared.is_some() && customer.is_some();
    let share_panel = match (&shared, &share_code) {
        (Some(a), Some(code)) => {
            let words = Rc::new(share_panel(&catalog.0, a, &rep.name, &rep.phone));
            html! { <SharePanel key={code.clone()} {words} code={code.clone()} /> }
        }
        _ => html! {},
    };
    html! {
        <main class="page page-counter">
            <h1 class="visually-hidden">{ t(lang, Msg::CounterTitle) }</h1>
            <SkipLink target="proposals" label={t(lang, Msg::SkipToProposals)} />
            <div class="counter-layout">
                <ContextProvider<Reveal> context={reveal}>
                <div class="counter-intake">
                    <QuickStarts />
                    <CustomerForm errors={errors.clone()} catalog={catalog.clone()} />
                    <div class="lines-head">
                        <h2>{ t(lang, CounterMsg::Lines) }</h2>
                        <button type="button" class="icon-button reset" onclick={reset}>{ t(lang, CounterMsg::Reset) }</button>
                        <button type="button" class="button secondary" onclick={new_customer} data-testid="new-customer">{ proposal_engine::book::words::text(proposal_engine::book::words::NEW_CUSTOMER).get(lang).to_string() }</button>
                    </div>
                    { for lines }
                    <div class="add-line-row">
                        { add(LineKind::Mobile, CounterMsg::AddMobile) }
                        { add(LineKind::Landline, CounterMsg::AddLandline) }
                        { add(LineKind::Broadband, CounterMsg::AddBroadband) }
                    </div>
                    <Suggestions catalog={catalog.clone()} customer={customer.clone()} cards={cards} chosen={session.chosen.clone()} />
                </div>
                </ContextProvider<Reveal>>
                <section class="counter-compare" aria-label={t(lang, CounterMsg::Proposals)}>
                    <crate::components::compare::draft_notice::DraftPricesNotice />
                    <HistoryNotice catalog={catalog.clone()} view={view.clone()} options={options.clone()} />
                    <CurrentBill {monthly} lines={customer.as_ref().map_or(session.intake.lines.len(), |c| c.lines.len())} />
                    if let Some(json) = customer_json {
                        <script type="application/json" id="customer-json">{ json }</script>
                    }
                    if session.chosen.is_some() {
                        <Link to={Route::Proposal} classes="button">{ t(lang, CounterMsg::ShowProposal) }</Link>
                    }
                    if can_share {
                        <button type="button" class="button secondary" onclick={toggle_share} aria-expanded={sharing.to_string()} aria-controls={sharing.then_some(PANEL_ID)} data-testid="share-open">{ t(lang, SharedMsg::Share) }</button>
                    }
                    { share_panel }
                    // The skip link's and the bar's target: the cards, past
                    // today's bill and the share and proposal actions.
                    <div class="proposal-list" id="proposals" tabindex="-1">{ results }</div>
                    <crate::components::compare::tables_in_use::TablesInUse />
                </section>
            </div>
            if let Some(bar) = bar {
                <BestBarView {bar} />
            }
        </main>
    }
}
