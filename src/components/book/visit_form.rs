//! One visit's record (走访记录表 / 信息反馈表), filled from the book after
//! the visit: the date, who was met (their role, whether they decide), what
//! was offered, the customer's intention, the outcome, the objections (a
//! competitor's offer with its monthly price), the next step, the follow-up
//! date and notes. The price is read by the engine (blank is no price,
//! never zero); saving sets the customer's status and follow-up date.
use proposal_engine::book::words::{self, Field};
use proposal_engine::book::{Competitor, Met, Objections, Outcome, Visit};
use proposal_engine::figures::parse_yuan;
use proposal_engine::Date;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::say;
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct VisitFormProps {
    pub id: AttrValue,
    /// The chosen proposal's name, what was offered unless changed.
    pub offered: AttrValue,
    pub today: Date,
    pub onsave: Callback<Visit>,
}

#[derive(Clone, PartialEq, Default)]
struct Typed {
    date: String,
    met_name: String,
    met_role: String,
    decision_maker: bool,
    intention: String,
    offered: String,
    outcome: Outcome,
    price: bool,
    term: bool,
    service: bool,
    competitor: String,
    competitor_price: String,
    next_step: String,
    follow_up: String,
    notes: String,
}

/// A field typed or ticked (a reducer, so two changes between renders
/// both stay).
enum Edit {
    Text(fn(&mut Typed, String), String),
    Check(fn(&mut Typed, bool), bool),
    Outcome(Outcome),
}

impl Reducible for Typed {
    type Action = Edit;

    fn reduce(self: std::rc::Rc<Self>, edit: Edit) -> std::rc::Rc<Self> {
        let mut next = (*self).clone();
        match edit {
            Edit::Text(set, v) => set(&mut next, v),
            Edit::Check(set, v) => set(&mut next, v),
            Edit::Outcome(o) => next.outcome = o,
        }
        std::rc::Rc::new(next)
    }
}

/// The visit as typed, or the competitor price's problem.
fn visit(t: &Typed) -> Result<Visit, proposal_engine::Text> {
    let price = t.competitor_price.trim();
    let monthly = if price.is_empty() {
        None
    } else {
        Some(parse_yuan(price).map_err(|p| p.message())?)
    };
    let competitor = (!t.competitor.trim().is_empty() || monthly.is_some()).then(|| Competitor {
        offer: t.competitor.trim().to_string(),
        monthly,
    });
    Ok(Visit {
        date: Date::parse(&t.date),
        met: Met {
            name: t.met_name.trim().into(),
            role: t.met_role.trim().into(),
        },
        decision_maker: t.decision_maker,
        intention: t.intention.trim().into(),
        offered: t.offered.trim().into(),
        outcome: t.outcome,
        objections: Objections {
            price: t.price,
            contract_term: t.term,
            service_quality: t.service,
            competitor,
        },
        next_step: t.next_step.trim().into(),
        follow_up: Date::parse(&t.follow_up),
        notes: t.notes.trim().into(),
    })
}

#[component]
pub fn VisitForm(props: &VisitFormProps) -> Html {
    let lang = use_lang();
    let typed = use_reducer(|| Typed {
        date: props.today.to_string(),
        offered: props.offered.to_string(),
        ..Typed::default()
    });
    let problem = use_state(|| None::<proposal_engine::Text>);
    let id = |f: &str| format!("visit-{}-{f}", props.id);
    let label = |f: Field| f.label().get(lang).to_string();
    let text = |f: Field,
                key: &'static str,
                kind: &'static str,
                get: fn(&Typed) -> String,
                set: fn(&mut Typed, String)| {
        let value = get(&typed);
        let typed = typed.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            typed.dispatch(Edit::Text(
                set,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ));
        });
        html! {
            <label class="field" for={id(key)}>
                <span>{ label(f) }</span>
                <input id={id(key)} type={kind} {value} {oninput} data-testid={format!("visit-{key}")} />
            </label>
        }
    };
    let check = |f: Field,
                 key: &'static str,
                 get: fn(&Typed) -> bool,
                 set: fn(&mut Typed, bool)| {
        let checked = get(&typed);
        let typed = typed.clone();
        let onchange = Callback::from(move |e: Event| {
            typed.dispatch(Edit::Check(
                set,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            ));
        });
        html! {
            <label class="check" for={id(key)}>
                <input id={id(key)} type="checkbox" {checked} {onchange} data-testid={format!("visit-{key}")} />
                <span>{ label(f) }</span>
            </label>
        }
    };
    let onoutcome = {
        let typed = typed.clone();
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            typed.dispatch(Edit::Outcome(Outcome::from_key(&key).unwrap_or_default()));
        })
    };
    let onsubmit = {
        let (typed, problem, onsave) = (typed.clone(), problem.clone(), props.onsave.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match visit(&typed) {
                Ok(v) => {
                    problem.set(None);
                    onsave.emit(v);
                }
                Err(why) => problem.set(Some(why)),
            }
        })
    };
    let outcomes = Outcome::ALL.iter().map(|o| {
        html! { <option value={o.key()} selected={typed.outcome == *o}>{ words::outcome(*o).get(lang).to_string() }</option> }
    });
    html! {
        <form class="visit-form card" {onsubmit} data-testid="visit-form">
            <h3>{ say(lang, words::RECORD_VISIT) }</h3>
            <div class="visit-grid">
                { text(Field::VisitDate, "date", "date", |t| t.date.clone(), |t, v| t.date = v) }
                { text(Field::MetName, "met-name", "text", |t| t.met_name.clone(), |t, v| t.met_name = v) }
                { text(Field::MetRole, "met-role", "text", |t| t.met_role.clone(), |t, v| t.met_role = v) }
                { check(Field::DecisionMaker, "decision-maker", |t| t.decision_maker, |t, v| t.decision_maker = v) }
                { text(Field::Offered, "offered", "text", |t| t.offered.clone(), |t, v| t.offered = v) }
                { text(Field::Intention, "intention", "text", |t| t.intention.clone(), |t, v| t.intention = v) }
                <label class="field" for={id("outcome")}>
                    <span>{ label(Field::Outcome) }</span>
                    <select id={id("outcome")} onchange={onoutcome} data-testid="visit-outcome">{ for outcomes }</select>
                </label>
            </div>
            <fieldset class="objections">
                <legend>{ say(lang, words::OBJECTIONS) }</legend>
                { check(Field::ObjectionPrice, "price", |t| t.price, |t, v| t.price = v) }
                { check(Field::ObjectionTerm, "term", |t| t.term, |t, v| t.term = v) }
                { check(Field::ObjectionService, "service", |t| t.service, |t, v| t.service = v) }
                { text(Field::CompetitorOffer, "competitor", "text", |t| t.competitor.clone(), |t, v| t.competitor = v) }
                { text(Field::CompetitorPrice, "competitor-price", "text", |t| t.competitor_price.clone(), |t, v| t.competitor_price = v) }
            </fieldset>
            <div class="visit-grid">
                { text(Field::NextStep, "next-step", "text", |t| t.next_step.clone(), |t, v| t.next_step = v) }
                { text(Field::FollowUp, "follow-up", "date", |t| t.follow_up.clone(), |t, v| t.follow_up = v) }
            </div>
            { text(Field::Notes, "notes", "text", |t| t.notes.clone(), |t, v| t.notes = v) }
            if let Some(why) = &*problem {
                <p class="notice error" role="alert">{ why.get(lang).to_string() }</p>
            }
            <button type="submit" class="button" data-testid="visit-save">{ say(lang, words::SAVE_VISIT) }</button>
        </form>
    }
}
