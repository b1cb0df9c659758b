//! One tap to the usual cases, and the spend-band path: only the total
//! monthly bill and the number of mobiles are known. Over a customer the
//! rep typed, either starts a new customer and hands the typed one to the
//! customer book first (never overwritten, never lost).
use proposal_engine::figures::{self, FieldProblem};
use yew::prelude::*;

use crate::components::number_field::NumberField;
use crate::components::stepper::Stepper;
use crate::i18n::{t, CounterMsg};
use crate::state::book::inbox::keep_before_quick_start;
use crate::state::presets::Preset;
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;

/// The quick-start chips and the spend-band form.
#[component]
pub fn QuickStarts() -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let total = use_state(String::new);
    let mobiles = use_state(|| 2u32);
    let chip = |p: Preset, label: CounterMsg| {
        let s = session.clone();
        html! { <button type="button" class="chip" onclick={Callback::from(move |_| {
            if keep_before_quick_start(&s) {
                s.dispatch(SessionAction::QuickStart(p))
            }
        })}>{ t(lang, label) }</button> }
    };
    let parsed = figures::parse_yuan(&total).ok().filter(|m| m.0 > 0);
    let error = (!total.is_empty() && parsed.is_none())
        .then(|| AttrValue::from(FieldProblem::NotAnAmount.get(lang)));
    let apply = {
        let s = session.clone();
        let n = *mobiles;
        Callback::from(move |_| {
            if let Some(m) = parsed.filter(|_| keep_before_quick_start(&s)) {
                s.dispatch(SessionAction::FromSpend(m, n));
            }
        })
    };
    let on_total = {
        let total = total.clone();
        Callback::from(move |v: String| total.set(v))
    };
    let on_mobiles = {
        let mobiles = mobiles.clone();
        Callback::from(move |v: u32| mobiles.set(v))
    };
    html! {
        <section class="card quick-start" aria-labelledby="qs-heading">
            <h2 id="qs-heading">{ t(lang, CounterMsg::QuickStarts) }</h2>
            <div class="quick-starts">
                { chip(Preset::Family, CounterMsg::QsFamily) }
                { chip(Preset::StreetShop, CounterMsg::QsShop) }
                { chip(Preset::Office, CounterMsg::QsOffice) }
            </div>
            <details class="spend-band">
                <summary>{ t(lang, CounterMsg::SpendBand) }</summary>
                <div class="spend-band-form">
                    <NumberField id="spend-total" label={t(lang, CounterMsg::SpendBandTotal)} value={(*total).clone()}
                        unit={t(lang, CounterMsg::YuanPerMonth)} error={error} oninput={on_total} />
                    <Stepper label={t(lang, CounterMsg::SpendBandMobiles)} value={*mobiles} min={1} max={200} onchange={on_mobiles} />
                    <button type="button" class="button" disabled={parsed.is_none()} onclick={apply}>{ t(lang, CounterMsg::SpendBandApply) }</button>
                </div>
            </details>
        </section>
    }
}
