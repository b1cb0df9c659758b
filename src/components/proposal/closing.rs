//! Part 7: the next steps as a checklist, the signature lines, and beside
//! them the way back to this proposal (its QR code).
use yew::prelude::*;

use std::rc::Rc;

use crate::i18n::{t, ProposalMsg};
use crate::state::use_lang;
use proposal_engine::ProposalDocument;

#[derive(Properties, PartialEq)]
pub struct ClosingProps {
    pub doc: Rc<ProposalDocument>,
    /// Printed beside the signatures: the QR code and link.
    pub children: Html,
}

#[component]
pub fn Closing(props: &ClosingProps) -> Html {
    let lang = use_lang();
    let sign = |who: ProposalMsg| {
        html! {
            <div class="signature">
                <span class="sign-line"></span>
                <span>{ t(lang, who) }</span>
                <span class="sign-date">{ format!("{}{}______________", t(lang, ProposalMsg::SignDate), lang.colon()) }</span>
            </div>
        }
    };
    html! {
        <section class="doc-section doc-closing">
            <h2>{ t(lang, ProposalMsg::Next) }</h2>
            <ul class="checklist">{ for props.doc.next_steps.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ul>
            <div class="doc-footer">
                <div class="signatures">
                    { sign(ProposalMsg::CustomerSign) }
                    { sign(ProposalMsg::RepSign) }
                </div>
                { props.children.clone() }
            </div>
        </section>
    }
}
