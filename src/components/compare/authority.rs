//! Offers above the rep's discount authority, with what each would save
//! and who must approve ("需主管审批"); a supervisor or manager approves on
//! the same device by entering their name. The approval is a record, not a
//! security boundary: the panel says so (the engine's words).
use proposal_engine::optimize::authority::{approval_is_a_record, AboveAuthority, Approval};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{t, WholeMsg};
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct AuthorityProps {
    pub offers: Vec<AboveAuthority>,
    /// The offers shown are for the customer as they were a moment ago
    /// (the new ones are worked out after the paint).
    #[prop_or_default]
    pub busy: bool,
    pub approval: Option<Approval>,
}

#[component]
pub fn AuthorityPanel(props: &AuthorityProps) -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let names = use_state(|| [String::new(), String::new()]);
    let record = approval_is_a_record();
    if let Some(a) = &props.approval {
        let s = session.clone();
        let withdraw = Callback::from(move |_| s.dispatch(SessionAction::Approve(None)));
        return html! {
            <section class="card authority approved" data-testid="approval" aria-label={t(lang, WholeMsg::Approved)}>
                <p><strong>{ t(lang, WholeMsg::Approved) }{ "：" }</strong><span data-testid="approval-words">{ a.words().get(lang) }</span></p>
                <p class="muted small" data-testid="approval-record">{ record.get(lang) }</p>
                <button type="button" class="button secondary" onclick={withdraw}>{ t(lang, WholeMsg::Withdraw) }</button>
            </section>
        };
    }
    if props.offers.is_empty() {
        return Html::default();
    }
    let rows = props.offers.iter().map(|o| {
        let level = o.level;
        let slot = usize::from(level.saturating_sub(2)).min(1);
        let id = format!("approver-{level}");
        let value = names[slot].clone();
        let on_name = {
            let names = names.clone();
            Callback::from(move |e: InputEvent| {
                let mut next = (*names).clone();
                next[slot] = e.target_unchecked_into::<HtmlInputElement>().value();
                names.set(next);
            })
        };
        let approval = Approval::new(level, &value);
        let on_approve = {
            let (s, approval) = (session.clone(), approval.clone());
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                if let Some(a) = approval.clone() {
                    s.dispatch(SessionAction::Approve(Some(a)));
                }
            })
        };
        html! {
            <li data-testid="above-authority" data-level={level.to_string()}>
                <p class="words"><strong class="needs">{ o.words.get(lang) }</strong></p>
                <form class="approve-form" onsubmit={on_approve}>
                    <label for={id.clone()}>{ t(lang, WholeMsg::ApproverName) }</label>
                    <input id={id} type="text" autocomplete="off" value={value} oninput={on_name} />
                    <button type="submit" class="button" disabled={approval.is_none()}>{ t(lang, WholeMsg::Approve) }</button>
                </form>
            </li>
        }
    });
    html! {
        <section class="card authority" aria-label={t(lang, WholeMsg::AboveAuthority)} aria-busy={props.busy.then_some("true")}>
            <h3>{ t(lang, WholeMsg::AboveAuthority) }</h3>
            <ul>{ for rows }</ul>
            <p class="muted small" data-testid="approval-record">{ record.get(lang) }</p>
        </section>
    }
}
