//! The markup of an item form, the same for every item type (so it is built
//! once, not once per type): heading, the grid of field rows, group headings
//! with their problems, shape buttons, and the item as JSON under "advanced".
use std::rc::Rc;

use proposal_engine::{Lang, Problem};
use yew::prelude::*;

use super::field::Shape;
use super::field_row::FieldRow;
use crate::components::editor::json_form::JsonForm;
use crate::i18n::{editor_form::FormMsg, t};

/// One field as the form shows it.
#[derive(Clone, PartialEq, Debug)]
pub struct Shown {
    pub key: String,
    pub id: String,
    pub label: &'static str,
    pub value: String,
    pub unit: Option<&'static str>,
    pub hint: Option<AttrValue>,
    pub inputmode: Option<AttrValue>,
    pub options: Option<Vec<(AttrValue, AttrValue)>>,
    /// The options are ticked, any number of them (`options` as checkboxes).
    pub many: bool,
    /// A date picker (`type="date"`).
    pub date: bool,
    pub error: Option<String>,
    pub note: Option<AttrValue>,
}

/// One entry of the form as shown.
#[derive(Clone, PartialEq, Debug)]
pub enum Part {
    Field(Shown),
    Group {
        title: String,
        /// A numbered part (a slot, a tier) under a section.
        sub: bool,
        errors: Vec<String>,
        remove: Option<Shape>,
    },
    Action {
        label: &'static str,
        action: Shape,
    },
}

/// Everything the form shows and what it reports back.
pub struct FormView {
    pub lang: Lang,
    pub testid: String,
    pub title: &'static str,
    pub name: String,
    pub parts: Vec<Part>,
    /// (key, text, a choice: its own undo step).
    pub oninput: Callback<(String, String, bool)>,
    /// A change of shape (add a slot).
    pub onact: Callback<Shape>,
    pub onleave: Callback<()>,
    pub onclose: Callback<()>,
    pub list: &'static str,
    pub json_index: Option<usize>,
    pub problems: Rc<Vec<Problem>>,
}

fn field(v: &FormView, f: Shown) -> Html {
    let discrete = f.options.is_some();
    let many = f.many;
    let key = f.key.clone();
    let oninput = v
        .oninput
        .reform(move |text: String| (key.clone(), text, discrete));
    html! {
        <FieldRow key={f.key.clone()} id={f.id} label={f.label} value={f.value}
            unit={f.unit.map(AttrValue::from)} hint={f.hint} inputmode={f.inputmode}
            options={f.options} {many} date={f.date} error={f.error.map(AttrValue::from)} note={f.note}
            {oninput} onleave={v.onleave.clone()} wide={f.key.starts_with("description")} />
    }
}

fn button(v: &FormView, label: &'static str, action: Shape) -> Html {
    let onclick = v.onact.reform(move |_: MouseEvent| action);
    html! { <button type="button" class="button secondary small" {onclick}>{ label }</button> }
}

/// The form.
pub fn form_view(mut v: FormView) -> Html {
    let parts = std::mem::take(&mut v.parts);
    let entries = parts.into_iter().map(|part| match part {
        Part::Field(f) => field(&v, f),
        Part::Group {
            title,
            sub,
            errors,
            remove,
        } => html! {
            <div class={classes!("form-group-head", sub.then_some("sub"))}>
                <h3>{ title }</h3>
                { for remove.map(|action| button(&v, t(v.lang, FormMsg::Remove), action)) }
                { for errors.into_iter().map(|e| html! { <p class="field-error" role="alert">{ e }</p> }) }
            </div>
        },
        Part::Action { label, action } => {
            html! { <div class="form-action">{ button(&v, label, action) }</div> }
        }
    });
    let entries: Vec<Html> = entries.collect();
    let onclose = v.onclose.reform(|_: MouseEvent| ());
    html! {
        <section class="card item-form" aria-label={v.title} data-testid={v.testid}>
            <div class="item-form-head">
                <h2>{ v.title }{ " " }<span class="item-name">{ v.name }</span></h2>
                <button type="button" class="button secondary small" onclick={onclose}>{ t(v.lang, FormMsg::Close) }</button>
            </div>
            <div class="item-form-grid">{ for entries }</div>
            <details class="advanced">
                <summary>{ t(v.lang, FormMsg::Advanced) }</summary>
                <JsonForm list={v.list} index={v.json_index} problems={v.problems} />
            </details>
        </section>
    }
}
