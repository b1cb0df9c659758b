//! The blank visit record and feedback form (走访记录表 / 信息反馈表) on one
//! A4 page, for a paper visit: the seeds' fields (who was met and whether
//! they decide, what was offered, the customer's intention, the outcome,
//! the objections, a competitor's offer and price, the next step and the
//! follow-up date), filled after the visit, never in front of the customer.
use proposal_engine::book::sheets::FORM_FIELDS;
use proposal_engine::book::words::{self, Field};
use yew::prelude::*;

use super::say;
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct BlankFormProps {
    pub onback: Callback<MouseEvent>,
}

fn print(_: MouseEvent) {
    crate::browser::print();
}

#[component]
pub fn BlankForm(props: &BlankFormProps) -> Html {
    let lang = use_lang();
    let yes_no = [
        Field::DecisionMaker,
        Field::ObjectionPrice,
        Field::ObjectionTerm,
        Field::ObjectionService,
    ];
    let rows = FORM_FIELDS.iter().map(|f| {
        let blank = if yes_no.contains(f) {
            html! { <span class="form-choice">{ say(lang, words::CHECKED) }</span> }
        } else if *f == Field::Outcome {
            let outcomes = proposal_engine::book::Outcome::ALL
                .iter()
                .map(|o| format!("☐ {}", words::outcome(*o).get(lang)))
                .collect::<Vec<_>>()
                .join(say(lang, words::CHOICE_GAP));
            html! { <span class="form-choice">{ outcomes }</span> }
        } else {
            html! {}
        };
        let tall = matches!(f, Field::Intention | Field::Offered | Field::NextStep);
        html! {
            <tr class={classes!(tall.then_some("tall"))}>
                <th scope="row">{ f.label().get(lang).to_string() }</th>
                <td>{ blank }</td>
            </tr>
        }
    });
    html! {
        <section class="visit-sheet" data-testid="blank-form">
            <div class="sheet-actions no-print">
                <button type="button" class="button secondary" onclick={props.onback.clone()}>{ say(lang, words::BACK) }</button>
                <button type="button" class="button" onclick={print} data-testid="blank-form-print">{ say(lang, words::PRINT) }</button>
            </div>
            <h1>{ say(lang, words::FORM_TITLE) }</h1>
            <p class="sheet-note">{ say(lang, words::FORM_NOTE) }</p>
            <table class="sheet-table">
                <tbody>
                    { for rows }
                    <tr class="notes">
                        <th scope="row">{ Field::Notes.label().get(lang).to_string() }</th>
                        <td></td>
                    </tr>
                </tbody>
            </table>
        </section>
    }
}
