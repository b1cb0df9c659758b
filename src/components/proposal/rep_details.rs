//! On screen only: the rep's name, phone and role (营业员 / 主管 / 经理,
//! remembered on the device) and the validity date, each with its message
//! at the field.
use proposal_engine::Date;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::segmented::Segmented;
use crate::i18n::{t, tf, ProposalMsg, WholeMsg};
use crate::state::rep::{Rep, Role};
use crate::state::use_lang;
use proposal_engine::optimize::authority::approval_is_a_record;

#[derive(Properties, PartialEq)]
pub struct RepDetailsProps {
    pub rep: Rep,
    pub onrep: Callback<Rep>,
    /// As typed, or the default date when nothing was typed.
    pub valid_until: AttrValue,
    pub onvalid: Callback<String>,
    /// The date the proposal shows while the typed one is not valid.
    pub date_fallback: Option<Date>,
}

fn value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn RepDetails(props: &RepDetailsProps) -> Html {
    let lang = use_lang();
    let name = {
        let (rep, cb) = (props.rep.clone(), props.onrep.clone());
        Callback::from(move |e: InputEvent| {
            cb.emit(Rep {
                name: value(&e),
                ..rep.clone()
            })
        })
    };
    let phone = {
        let (rep, cb) = (props.rep.clone(), props.onrep.clone());
        Callback::from(move |e: InputEvent| {
            cb.emit(Rep {
                phone: value(&e),
                ..rep.clone()
            })
        })
    };
    let valid = {
        let cb = props.onvalid.clone();
        Callback::from(move |e: InputEvent| cb.emit(value(&e)))
    };
    let role = {
        let (rep, cb) = (props.rep.clone(), props.onrep.clone());
        Callback::from(move |role: Role| {
            cb.emit(Rep {
                role,
                ..rep.clone()
            })
        })
    };
    let roles = Role::ALL
        .map(|r| (r, r.name().get(lang).to_string().into()))
        .to_vec();
    let phone_bad = props.rep.phone_problem();
    html! {
        <section class="card rep-details no-print" aria-label={t(lang, ProposalMsg::RepDetails)}>
            <div class="rep-fields">
                <div class="field">
                    <label for="rep-name">{ t(lang, ProposalMsg::RepName) }</label>
                    <div class="field-input"><input id="rep-name" autocomplete="name" value={props.rep.name.clone()} oninput={name} /></div>
                </div>
                <div class={classes!("field", phone_bad.then_some("invalid"))}>
                    <label for="rep-phone">{ t(lang, ProposalMsg::RepPhone) }</label>
                    <div class="field-input"><input id="rep-phone" type="tel" inputmode="tel" autocomplete="tel" value={props.rep.phone.clone()} oninput={phone} aria-invalid={phone_bad.to_string()} /></div>
                    if phone_bad { <p class="field-error" role="alert">{ t(lang, ProposalMsg::PhoneInvalid) }</p> }
                </div>
                <div class={classes!("field", props.date_fallback.is_some().then_some("invalid"))}>
                    <label for="valid-until">{ t(lang, ProposalMsg::ValidUntil) }</label>
                    <div class="field-input"><input id="valid-until" type="date" value={props.valid_until.clone()} oninput={valid} aria-invalid={props.date_fallback.is_some().to_string()} /></div>
                    if let Some(d) = props.date_fallback { <p class="field-error" role="alert">{ tf(lang, ProposalMsg::DateInvalid, d) }</p> }
                </div>
            </div>
            <div class="field rep-role">
                <span class="field-label">{ t(lang, WholeMsg::Role) }</span>
                <Segmented<Role> label={t(lang, WholeMsg::Role)} options={roles} selected={props.rep.role} onchange={role} />
                <p class="muted small">{ t(lang, WholeMsg::RoleHint) }{ " " }{ approval_is_a_record().get(lang) }</p>
            </div>
            <p class="muted small">{ t(lang, ProposalMsg::RepHint) }</p>
        </section>
    }
}
