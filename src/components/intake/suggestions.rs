//! The counter's suggestions for this customer (the engine's
//! `screen::suggestions`, from the tables' industries, spend bands and
//! cluster orders): each with why and its price, one tap "添加" to take it;
//! nothing is added without that tap. The featured package is a marker only.
use proposal_engine::screen::suggestions::{suggestion_words, suggestions};
use proposal_engine::Customer;
use yew::prelude::*;

use crate::state::catalog::ActiveCatalog;
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct SuggestionsProps {
    pub catalog: ActiveCatalog,
    /// The customer as parsed; none while the intake has errors.
    pub customer: Option<Customer>,
}

#[component]
pub fn Suggestions(props: &SuggestionsProps) -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
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
        let action = match &s.accept {
            Some(a) => {
                let (session, a) = (session.clone(), a.clone());
                let onclick = Callback::from(move |_| session.dispatch(SessionAction::Accept(a.clone())));
                html! { <button type="button" class="button secondary" aria-label={format!("{add} {what}")} {onclick}>{ add.clone() }</button> }
            }
            None => html! { <span class="badge">{ s.what.get(lang) }</span> },
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
