//! Who the customer is: name, segment (and cluster market for a business),
//! tenure in years and months, the current contract's remaining months and
//! exit fee, what the account pays today for extras, and the account's
//! services (switchboard, surveillance, ring-back tone).
use proposal_engine::customer::Cluster;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::error_at;
use crate::components::number_field::NumberField;
use crate::components::segmented::Segmented;
use crate::i18n::{t, CounterMsg, WholeMsg};
use crate::state::catalog::ActiveCatalog;
use crate::state::intake::{FieldErrors, SegmentChoice};
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;
use proposal_engine::screen::offers::account_services;

#[derive(Properties, PartialEq)]
pub struct CustomerFormProps {
    pub errors: FieldErrors,
    /// The tables the account's services are chosen from.
    pub catalog: ActiveCatalog,
}

/// The customer card at the top of the intake.
#[component]
pub fn CustomerForm(props: &CustomerFormProps) -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let intake = &session.intake;
    let send = |f: fn(String) -> SessionAction| {
        let s = session.clone();
        Callback::from(move |v: String| s.dispatch(f(v)))
    };
    let on_name = {
        let s = session.clone();
        Callback::from(move |e: InputEvent| {
            s.dispatch(SessionAction::Name(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let segments = vec![
        (
            SegmentChoice::Individual,
            t(lang, CounterMsg::Individual).into(),
        ),
        (SegmentChoice::Family, t(lang, CounterMsg::Family).into()),
        (
            SegmentChoice::Business,
            t(lang, CounterMsg::Business).into(),
        ),
        (
            SegmentChoice::KeyAccount,
            t(lang, CounterMsg::KeyAccount).into(),
        ),
    ];
    let clusters = vec![
        (Cluster::StreetShop, t(lang, CounterMsg::StreetShop).into()),
        (
            Cluster::OfficeTower,
            t(lang, CounterMsg::OfficeTower).into(),
        ),
        (
            Cluster::WholesaleMarket,
            t(lang, CounterMsg::WholesaleMarket).into(),
        ),
        (
            Cluster::IndustrialPark,
            t(lang, CounterMsg::IndustrialPark).into(),
        ),
        (Cluster::Other, t(lang, CounterMsg::OtherCluster).into()),
    ];
    let on_industry = {
        let s = session.clone();
        Callback::from(move |e: InputEvent| {
            s.dispatch(SessionAction::Industry(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let on_segment = {
        let s = session.clone();
        Callback::from(move |v| s.dispatch(SessionAction::Segment(v)))
    };
    let on_cluster = {
        let s = session.clone();
        Callback::from(move |v| s.dispatch(SessionAction::Cluster(v)))
    };
    let account_chips = account_services(&props.catalog.0).into_iter().map(|o| {
        let s = session.clone();
        let on = intake.account_services.contains(&o.id);
        let sid = o.id.clone();
        html! {
            <button type="button" class="chip service-chip" aria-pressed={on.to_string()} data-service={o.id.as_str().to_string()}
                onclick={Callback::from(move |_| s.dispatch(SessionAction::ToggleAccountService(sid.clone())))}>
                { format!("{} {}", o.name.get(lang), o.price.get(lang)) }
            </button>
        }
    });
    html! {
        <section class="card customer-form" aria-labelledby="customer-heading">
            <h2 id="customer-heading">{ t(lang, CounterMsg::Customer) }</h2>
            <div class="field">
                <label for="customer-name">{ t(lang, CounterMsg::CustomerName) }</label>
                <div class="field-input">
                    <input id="customer-name" type="text" autocomplete="off" value={intake.name.clone()}
                        placeholder={t(lang, CounterMsg::CustomerNameHint)} oninput={on_name} />
                </div>
            </div>
            <Segmented<SegmentChoice> label={t(lang, CounterMsg::Segment)} options={segments} selected={intake.segment} onchange={on_segment} />
            if intake.segment == SegmentChoice::Business {
                <Segmented<Cluster> label={t(lang, CounterMsg::Cluster)} options={clusters}
                    selected={intake.cluster.unwrap_or(Cluster::Other)} onchange={on_cluster} />
            }
            if matches!(intake.segment, SegmentChoice::Business | SegmentChoice::KeyAccount) {
                <div class="field">
                    <label for="industry">{ t(lang, CounterMsg::Industry) }</label>
                    <div class="field-input">
                        <input id="industry" type="text" autocomplete="off" value={intake.industry.clone()}
                            placeholder={t(lang, CounterMsg::IndustryHint)} oninput={on_industry} />
                    </div>
                </div>
            }
            <div class="grid-fields">
                <NumberField id="tenure" label={t(lang, CounterMsg::TenureYears)} value={intake.tenure_years.clone()}
                    unit={t(lang, CounterMsg::Years)} inputmode="numeric" error={error_at(lang, &props.errors, "tenure")}
                    oninput={send(SessionAction::Tenure)} />
                <NumberField id="tenure-months" label={t(lang, WholeMsg::TenureMonths)} value={intake.tenure_months.clone()}
                    unit={t(lang, WholeMsg::MonthsShort)} inputmode="numeric" error={error_at(lang, &props.errors, "tenure-months")}
                    oninput={send(SessionAction::TenureMonths)} />
                <NumberField id="months-left" label={t(lang, CounterMsg::MonthsLeft)} value={intake.months_left.clone()}
                    unit={t(lang, CounterMsg::Months)} inputmode="numeric" error={error_at(lang, &props.errors, "months-left")}
                    oninput={send(SessionAction::MonthsLeft)} />
                <NumberField id="exit-fee" label={t(lang, CounterMsg::ExitFee)} value={intake.exit_fee.clone()}
                    unit="¥" error={error_at(lang, &props.errors, "exit-fee")} oninput={send(SessionAction::ExitFee)} />
                <NumberField id="account-fee" label={t(lang, WholeMsg::AccountFee)} value={intake.account_fee.clone()}
                    unit={t(lang, CounterMsg::YuanPerMonth)} inputmode="decimal" error={error_at(lang, &props.errors, "account-fee")}
                    oninput={send(SessionAction::AccountFee)} />
            </div>
            <div class="field">
                <span class="field-label" id="account-services-label">{ t(lang, WholeMsg::AccountServices) }</span>
                <div class="chips" role="group" aria-labelledby="account-services-label" id="account-services">{ for account_chips }</div>
            </div>
        </section>
    }
}
