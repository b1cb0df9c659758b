//! The customer's self-check on a phone: the shared proposal recomputed with
//! this app's package tables, the saving and the chart, and steppers to
//! change their own usage and line count. Prices cannot be edited here.
mod usage_controls;

use std::rc::Rc;

use proposal_engine::share::Opened;
use proposal_engine::{optimize, price, Customer, Options, Priced, Text};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::cost_chart::{chart_marks, CostChart};
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
}

/// The chosen proposal priced for `customer` (or the cheapest, when the
/// customer's lines no longer fit it), with its title.
fn evaluate(
    catalog: &ActiveCatalog,
    customer: &Customer,
    opened: &Opened,
) -> Option<(Text, Rc<Priced>)> {
    let horizon = opened.shared.horizon.max(1);
    let options = Options {
        horizon,
        ..Options::default()
    };
    let found = optimize(&catalog.0, customer, &options).ok();
    let chosen = opened
        .shared
        .chosen
        .as_ref()
        .filter(|p| p.lines.len() == customer.lines.len());
    if let Some(p) = chosen {
        if let Ok(priced) = price(&catalog.0, customer, p, Some(horizon)) {
            let title = found
                .as_ref()
                .and_then(|f| f.alternatives.iter().find(|a| &a.proposal == p))
                .map(|a| a.title.clone())
                .unwrap_or_else(|| Text::new("推荐方案", "Recommended proposal"));
            return Some((title, Rc::new(priced)));
        }
    }
    let best = found?.alternatives.into_iter().next()?;
    Some((best.title, Rc::new(best.priced)))
}

#[component]
pub fn SelfCheck(props: &SelfCheckProps) -> Html {
    let lang = use_lang();
    let app_tables = use_context::<ActiveCatalog>().expect("catalog context");
    // A link made with edited prices is priced with those prices.
    let catalog = (*use_memo((props.opened.clone(), app_tables), |(o, app)| {
        match &o.edited_tables {
            Some(t) => ActiveCatalog(Rc::new(t.clone())),
            None => app.clone(),
        }
    }))
    .clone();
    let session = use_context::<SessionContext>().expect("session context");
    let navigator = use_navigator();
    let customer = use_state(|| props.opened.shared.customer.clone());
    let result = use_memo(
        ((*customer).clone(), catalog.clone(), props.opened.clone()),
        |(c, cat, o)| evaluate(cat, c, o),
    );
    let shared = &props.opened.shared;
    let open_printable = {
        let (c, chosen) = (
            (*customer).clone(),
            shared
                .chosen
                .clone()
                .filter(|p| p.lines.len() == customer.lines.len()),
        );
        let meta = LinkMeta {
            rep: Rep {
                name: shared.rep_name.clone(),
                phone: shared.rep_phone.clone(),
            },
            valid_until: shared.valid_until.clone(),
            edited_json: shared.edited_json.clone(),
        };
        Callback::from(move |_| {
            session.dispatch(SessionAction::Load(Box::new((
                IntakeDraft::from_customer(&c),
                chosen.clone(),
                meta.clone(),
            ))));
            if let Some(n) = &navigator {
                n.push(&Route::Proposal);
            }
        })
    };
    let onchange = {
        let customer = customer.clone();
        Callback::from(move |c: Customer| customer.set(c))
    };
    let figures = match &*result {
        Some((title, p)) => {
            let s = &p.savings;
            let marks = chart_marks(
                p,
                t(lang, SharedMsg::PromoEnd),
                t(lang, SharedMsg::ContractEnd),
            );
            html! {
                <section class="card selfcheck-summary" aria-live="polite">
                    <p class="muted">{ t(lang, SharedMsg::YourProposal) }</p>
                    <h2 data-testid="shared-title">{ title.get(lang) }</h2>
                    <div class="big-figures">
                        <div>
                            <span class="muted">{ format!("{} ({} {})", t(lang, SharedMsg::YourSaving), p.horizon, if lang == proposal_engine::Lang::ZhCn { "个月" } else { "months" }) }</span>
                            <strong class={if s.horizon.0 >= 0 { "saving" } else { "loss" }} data-testid="shared-saving">{ s.horizon.format(lang) }</strong>
                        </div>
                        <div>
                            <span class="muted">{ t(lang, SharedMsg::PerMonthSaving) }</span>
                            <strong class={if s.average_month.0 >= 0 { "saving" } else { "loss" }}>{ s.average_month.format(lang) }</strong>
                        </div>
                    </div>
                    if s.horizon.0 < 0 {
                        <p class="notice error">{ format!("{} {}", t(lang, SharedMsg::CostsMore), proposal_engine::Money(-s.horizon.0).format(lang)) }</p>
                    }
                    <CostChart current={s.cumulative_current.iter().map(|m| m.0).collect::<Vec<_>>()}
                        proposed={s.cumulative_proposed.iter().map(|m| m.0).collect::<Vec<_>>()}
                        {marks} current_label={t(lang, SharedMsg::Current)} proposed_label={t(lang, SharedMsg::Proposed)}
                        summary={format!("{}: {}", t(lang, SharedMsg::ChartSummary), s.horizon.format(lang))} />
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
                <p class="muted rep-line">{ format!("{}：{} {}  ·  {}：{}", t(lang, SharedMsg::FromRep), shared.rep_name, shared.rep_phone, t(lang, SharedMsg::ValidUntil), shared.valid_until) }</p>
            }
            { figures }
            <UsageControls customer={(*customer).clone()} {onchange} />
            <button type="button" class="button wide" onclick={open_printable}>{ t(lang, SharedMsg::OpenPrintable) }</button>
        </>
    }
}
