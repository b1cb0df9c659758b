//! The customer's self-check on a phone: the shared proposal recomputed by
//! the engine (`screen::link::phone_view`) with this app's package tables,
//! the saving and the chart, and steppers to change their own usage and line
//! count. Prices cannot be edited here.
mod usage_controls;
mod usage_input;

use std::rc::Rc;

use crate::router::navigate;
use proposal_engine::screen::figures::Figure;
use proposal_engine::screen::link::{customer_code, phone_view_on, PhoneView};
use proposal_engine::share::Opened;
use proposal_engine::Customer;
use yew::prelude::*;

use crate::components::cost_chart::CostChart;
use crate::i18n::{t, SharedMsg};
use crate::route::Route;
use crate::state::catalog::ActiveCatalog;
use crate::state::intake::IntakeDraft;
use crate::state::rep::Rep;
use crate::state::session::{LinkMeta, SessionAction, SessionContext};
use crate::state::use_lang;
use usage_controls::UsageControls;

#[derive(Properties, PartialEq)]
pub struct SelfCheckProps {
    pub opened: Rc<Opened>,
    /// Priced with the link's earlier version (not the app's tables).
    #[prop_or_default]
    pub earlier: bool,
}

#[component]
pub fn SelfCheck(props: &SelfCheckProps) -> Html {
    let lang = use_lang();
    let app_tables = use_context::<ActiveCatalog>().expect("catalog context");
    let session = use_context::<SessionContext>().expect("session context");
    let customer = use_state(|| props.opened.shared.customer.clone());
    // The engine decides what the phone shows (a link made with edited
    // prices is priced with those prices).
    let result = use_memo(
        (
            (*customer).clone(),
            app_tables.clone(),
            props.opened.clone(),
        ),
        |(c, app, o)| phone_view_on(&app.0, o, c, Some(crate::browser::today())),
    );
    let shared = &props.opened.shared;
    let open_printable = {
        // What the phone shows is what opens: the link's proposal while it
        // fits, else the engine's recommendation for the changed customer.
        let (c, chosen) = (
            (*customer).clone(),
            result.as_ref().as_ref().map(|v| v.proposal.clone()),
        );
        let meta = LinkMeta {
            // The customer as data: printing never rounds a figure through the form.
            customer: customer_code(&c, props.opened.tables(&app_tables.0)),
            rep: Rep {
                name: shared.rep_name.clone(),
                phone: shared.rep_phone.clone(),
                ..Rep::default()
            },
            valid_until: shared.valid_until.clone(),
            edited_json: shared.edited_json.clone(),
            approval: shared.approval.clone(),
            // Priced with an earlier version: the full proposal keeps it.
            tables: props.earlier.then(|| shared.catalog.clone()),
        };
        Callback::from(move |_| {
            session.dispatch(SessionAction::Load(Box::new((
                IntakeDraft::from_customer(&c),
                chosen.clone(),
                meta.clone(),
            ))));
            navigate(&Route::Proposal);
        })
    };
    let onchange = {
        let customer = customer.clone();
        Callback::from(move |c: Customer| customer.set(c))
    };
    let figures = match &*result {
        Some(PhoneView {
            title,
            priced: p,
            figures: f,
            chart,
            approval,
            ..
        }) => {
            let s = &p.savings;
            let big = |x: &Figure, id: &'static str| {
                html! {
                    <div>
                        <span class="muted">{ x.label.get(lang) }</span>
                        <strong class={if x.amount.0 >= 0 { "saving" } else { "loss" }} data-testid={id}>{ x.amount.format(lang) }</strong>
                    </div>
                }
            };
            html! {
                <section class="card selfcheck-summary">
                    <p class="muted">{ t(lang, SharedMsg::YourProposal) }</p>
                    <h2 data-testid="shared-title" aria-live="polite">{ title.get(lang) }</h2>
                    if let Some(a) = approval {
                        <p class="muted" data-testid="shared-approval">{ a.get(lang) }{ " · " }{ proposal_engine::optimize::authority::approval_is_a_record().get(lang) }</p>
                    }
                    <div class="big-figures" aria-live="polite">
                        { big(&f.horizon_saving, "shared-saving") }
                        { big(&f.average_saving, "shared-monthly-saving") }
                    </div>
                    <dl class="figures small-figures">
                        <div><dt>{ f.step_bill.label.get(lang) }</dt><dd data-testid="shared-step-bill">{ f.step_bill.amount.format(lang) }</dd></div>
                        <div><dt>{ f.first_bill.label.get(lang) }</dt><dd data-testid="shared-first-bill">{ f.first_bill.amount.format(lang) }</dd></div>
                        if let Some(x) = &f.paid_on_day {
                            <div><dt>{ x.label.get(lang) }</dt><dd data-testid="shared-paid-on-day">{ x.amount.format(lang) }</dd></div>
                        }
                        if let Some(pb) = &f.payback {
                            <div><dt>{ pb.label.get(lang) }</dt><dd data-testid="shared-break-even">{ pb.value.get(lang) }</dd></div>
                        }
                    </dl>
                    if s.horizon.0 < 0 {
                        <p class="notice error">{ format!("{} {}", t(lang, SharedMsg::CostsMore), proposal_engine::Money(-s.horizon.0).format(lang)) }</p>
                    }
                    <CostChart view={chart.clone()} />
                </section>
            }
        }
        None => html! {},
    };
    html! {
        <>
            if !props.opened.same_tables {
                <p class="notice" role="status">{ t(lang, if shared.edited_json.is_empty() { SharedMsg::OtherTables } else { SharedMsg::EditedPrices }) }</p>
            }
            if !shared.rep_name.is_empty() || !shared.valid_until.is_empty() {
                <p class="muted rep-line" data-testid="rep-line">{ rep_line(lang, shared) }</p>
            }
            { figures }
            <UsageControls customer={(*customer).clone()} {onchange} />
            <button type="button" class="button wide" onclick={open_printable}>{ t(lang, SharedMsg::OpenPrintable) }</button>
        </>
    }
}

/// "营业员：王丽 138… · 有效期至：…", each part only when the link has it
/// (a link made before the rep's name was typed names no rep).
fn rep_line(lang: proposal_engine::Lang, shared: &proposal_engine::share::Shared) -> String {
    let rep = format!("{} {}", shared.rep_name.trim(), shared.rep_phone.trim());
    let mut parts = Vec::new();
    if !rep.trim().is_empty() {
        parts.push(format!(
            "{}{}{}",
            t(lang, SharedMsg::FromRep),
            lang.colon(),
            rep.trim()
        ));
    }
    if !shared.valid_until.trim().is_empty() {
        parts.push(format!(
            "{}{}{}",
            t(lang, SharedMsg::ValidUntil),
            lang.colon(),
            shared.valid_until
        ));
    }
    parts.join("  ·  ")
}
