//! The counter's suggestions for this customer (the engine's
//! `screen::suggestions`, from the tables' industries, spend bands and
//! cluster orders): each with why and its price, one tap "添加" to take it;
//! nothing is added without that tap. The featured package's tap chooses
//! the comparison's first card that carries it for the proposal (the
//! engine's `featured_choice`); with no such card it is a marker.
use std::rc::Rc;

use proposal_engine::screen::suggestions::{featured_choice, suggestion_words, suggestions};
use proposal_engine::{Customer, Proposal};
use yew::prelude::*;

use crate::state::catalog::ActiveCatalog;
use crate::state::session::{SessionAction, SessionContext};
use crate::state::session_tables::choose;
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct SuggestionsProps {
    pub catalog: ActiveCatalog,
    /// The customer as parsed; none while the intake has errors.
    pub customer: Option<Customer>,
    /// The comparison's cards, best first (none while it has none).
    #[prop_or_default]
    pub cards: Rc<Vec<Proposal>>,
    /// The proposal chosen for printing and sharing.
    #[prop_or_default]
    pub chosen: Option<Proposal>,
}

#[component]
pub fn Suggestions(props: &SuggestionsProps) -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let current = use_context::<ActiveCatalog>().expect("catalog context");
    let list = use_memo(
        (props.catalog.clone(), props.customer.clone()),
        |(c, customer)| {
            customer
                .as_ref()
                .map(|x| suggestions(&c.0, x))
                .unwrap_or_default()
        },
    );
    if list.is_empty() {
        return html! {};
    }
    let (heading, add) = suggestion_words();
    let add = add.get(lang).to_string();
    let items = list.iter().map(|s| {
        let what = s.what.get(lang);
        let choice = featured_choice(s, &props.cards, props.chosen.as_ref());
        let action = match (&s.accept, choice) {
            (Some(a), _) => {
                let (session, a) = (session.clone(), a.clone());
                let onclick = Callback::from(move |_| session.dispatch(SessionAction::Accept(a.clone())));
                html! { <button type="button" class="button secondary" aria-label={format!("{add} {what}")} {onclick}>{ add.clone() }</button> }
            }
            (None, Some(c)) => {
                let (session, p) = (session.clone(), c.proposal.clone());
                let (catalog, current) = (props.catalog.clone(), current.clone());
                let onclick = Callback::from(move |_| choose(&session, p.clone(), &catalog, &current));
                html! { <button type="button" class="button secondary" aria-pressed={c.chosen.to_string()} {onclick}>{ c.label.get(lang) }</button> }
            }
            (None, None) => html! { <span class="badge">{ s.what.get(lang) }</span> },
        };
        html! {
            <li data-suggest={s.item.as_str().to_string()}>
                <span>{ s.why.get(lang) }<small class="muted">{ format!(" · {}", s.price.get(lang)) }</small></span>
                { action }
            </li>
        }
    });
    html! {
        <section class="card suggestions" aria-labelledby="suggestions-heading" data-testid="suggestions">
            <h2 id="suggestions-heading">{ heading.get(lang) }</h2>
            <ul>{ for items }</ul>
        </section>
    }
}
