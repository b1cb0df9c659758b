//! A line's services (toggle chips with their price), the handset it wants
//! (the tables' handsets with both prices, the minimum fee and the term;
//! on contract or bought outright) and its current plan's name. The words
//! and prices are the engine's (`screen::offers`); a service that does not
//! fit the line kind or a handset on a landline is said at its field.
use proposal_engine::catalog::{ItemId, LineKind};
use proposal_engine::customer::HandsetMode;
use proposal_engine::screen::offers::{handsets, line_services};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::error_at;
use crate::components::segmented::Segmented;
use crate::i18n::{t, WholeMsg};
use crate::state::catalog::ActiveCatalog;
use crate::state::intake::{FieldErrors, LineDraft, LineField};
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct LineOffersProps {
    pub line: LineDraft,
    pub catalog: ActiveCatalog,
    pub errors: FieldErrors,
}

#[component]
pub fn LineOffers(props: &LineOffersProps) -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let line = &props.line;
    let id = line.id;
    let offered = line_services(&props.catalog.0, line.kind);
    // A service on the line that the tables do not offer for its kind stays
    // visible, with its message, until the rep takes it off.
    let extra: Vec<ItemId> = line
        .services
        .iter()
        .filter(|s| !offered.iter().any(|o| &o.id == *s))
        .cloned()
        .collect();
    let chip = |sid: ItemId, text: String| {
        let s = session.clone();
        let on = line.services.contains(&sid);
        let key = sid.as_str().to_string();
        html! {
            <button type="button" class="chip service-chip" aria-pressed={on.to_string()} data-service={key}
                onclick={Callback::from(move |_| s.dispatch(SessionAction::ToggleService(id, sid.clone())))}>{ text }</button>
        }
    };
    let chips = offered
        .iter()
        .map(|o| {
            chip(
                o.id.clone(),
                format!("{} {}", o.name.get(lang), o.price.get(lang)),
            )
        })
        .chain(extra.into_iter().map(|sid| {
            let text = props
                .catalog
                .0
                .name_of(&sid)
                .map_or_else(|| sid.as_str().to_string(), |n| n.get(lang).to_string());
            chip(sid, text)
        }))
        .collect::<Vec<_>>();
    let services_id = line.services_id();
    let services_error = error_at(lang, &props.errors, &services_id);
    let handset_id = line.handset_id();
    let handset_error = error_at(lang, &props.errors, &handset_id);
    let on_handset = {
        let s = session.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let h = (!v.is_empty()).then(|| ItemId::new(v));
            s.dispatch(SessionAction::SetHandset(id, h))
        })
    };
    let on_mode = {
        let s = session.clone();
        Callback::from(move |m| s.dispatch(SessionAction::SetHandsetMode(id, m)))
    };
    let on_plan = {
        let s = session.clone();
        Callback::from(move |e: InputEvent| {
            s.dispatch(SessionAction::SetField(
                id,
                LineField::CurrentPlan,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let selected = line
        .handset
        .as_ref()
        .map(|h| h.as_str().to_string())
        .unwrap_or_default();
    let options = handsets(&props.catalog.0).into_iter().map(|h| {
        let v = h.id.as_str().to_string();
        html! { <option value={v.clone()} selected={v == selected}>{ h.label.get(lang) }</option> }
    });
    let modes = HandsetMode::ALL
        .map(|m| (m, m.name().get(lang).to_string().into()))
        .to_vec();
    // A handset is asked on a mobile line, or shown with its message when a
    // non-mobile line has one.
    let asks_handset = line.kind == LineKind::Mobile || line.handset.is_some();
    let plan_id = line.field_id(LineField::CurrentPlan);
    html! {
        <div class="line-offers">
            if !chips.is_empty() {
                <div class={classes!("field", services_error.is_some().then_some("invalid"))}>
                    <span class="field-label" id={format!("{services_id}-label")}>{ t(lang, WholeMsg::Services) }</span>
                    <div class="chips" role="group" aria-labelledby={format!("{services_id}-label")} id={services_id.clone()}>{ for chips }</div>
                    if let Some(e) = services_error { <p class="field-error" role="alert">{ e }</p> }
                </div>
            }
            if asks_handset {
                <div class={classes!("field", "wide", handset_error.is_some().then_some("invalid"))}>
                    <label for={handset_id.clone()}>{ t(lang, WholeMsg::Handset) }</label>
                    <div class="field-input">
                        <select id={handset_id.clone()} onchange={on_handset} aria-invalid={handset_error.is_some().to_string()}>
                            <option value="" selected={selected.is_empty()}>{ t(lang, WholeMsg::NoHandset) }</option>
                            { for options }
                        </select>
                    </div>
                    if let Some(e) = handset_error { <p class="field-error" role="alert">{ e }</p> }
                </div>
                if line.handset.is_some() {
                    <Segmented<HandsetMode> label={t(lang, WholeMsg::HandsetMode)} options={modes} selected={line.handset_mode} onchange={on_mode} />
                }
            }
            <div class="field">
                <label for={plan_id.clone()}>{ t(lang, WholeMsg::CurrentPlan) }</label>
                <div class="field-input">
                    <input id={plan_id} type="text" autocomplete="off" value={line.current_plan.clone()}
                        placeholder={t(lang, WholeMsg::CurrentPlanHint)} oninput={on_plan} />
                </div>
            </div>
        </div>
    }
}
