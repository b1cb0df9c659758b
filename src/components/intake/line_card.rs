//! One current line: its kind, fee and usage, each with its unit and its
//! error at the field; removed with one tap.
use proposal_engine::catalog::LineKind;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::error_at;
use crate::components::number_field::NumberField;
use crate::components::segmented::Segmented;
use crate::i18n::{t, C};
use crate::state::intake::{FieldErrors, LineDraft, LineField};
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct LineCardProps {
    pub line: LineDraft,
    /// 1-based position, as the rep and the customer count.
    pub number: usize,
    pub errors: FieldErrors,
}

/// A line's card.
#[component]
pub fn LineCard(props: &LineCardProps) -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let line = &props.line;
    let id = line.id;
    let field = |f: LineField, label: C, unit: C, mode: &'static str| {
        let s = session.clone();
        let oninput =
            Callback::from(move |v: String| s.dispatch(SessionAction::SetField(id, f, v)));
        let fid = line.field_id(f);
        html! {
            <NumberField id={fid.clone()} label={t(lang, label)} value={line.get(f).to_string()}
                unit={t(lang, unit)} inputmode={mode} error={error_at(lang, &props.errors, &fid)} {oninput} />
        }
    };
    let kinds = vec![
        (LineKind::Mobile, t(lang, C::Mobile).into()),
        (LineKind::Landline, t(lang, C::Landline).into()),
        (LineKind::Broadband, t(lang, C::Broadband).into()),
    ];
    let on_kind = {
        let s = session.clone();
        Callback::from(move |k| s.dispatch(SessionAction::SetKind(id, k)))
    };
    let on_remove = {
        let s = session.clone();
        Callback::from(move |_| s.dispatch(SessionAction::RemoveLine(id)))
    };
    let on_label = {
        let s = session.clone();
        Callback::from(move |e: InputEvent| {
            s.dispatch(SessionAction::SetField(
                id,
                LineField::Label,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    html! {
        <article class="card line-card" data-line={id.to_string()}>
            <div class="line-head">
                <span class="line-no">{ format!("#{}", props.number) }</span>
                <Segmented<LineKind> label={t(lang, C::Lines)} options={kinds} selected={line.kind} onchange={on_kind} />
                <input class="line-label" type="text" value={line.label.clone()} placeholder={t(lang, C::LineLabel)}
                    aria-label={t(lang, C::LineLabel)} oninput={on_label} />
                <button type="button" class="icon-button" aria-label={format!("{} #{}", t(lang, C::Remove), props.number)}
                    onclick={on_remove}>{"✕"}</button>
            </div>
            <div class="grid-fields">
                { field(LineField::Fee, C::MonthlyFee, C::YuanPerMonth, "decimal") }
                if line.kind == LineKind::Broadband {
                    { field(LineField::SpeedMbps, C::Speed, C::Mbps, "numeric") }
                } else {
                    { field(LineField::Minutes, C::Minutes, C::MinutesUnit, "numeric") }
                    { field(LineField::LongDistance, C::LongDistance, C::MinutesUnit, "numeric") }
                    if line.kind == LineKind::Mobile {
                        { field(LineField::DataGb, C::DataGb, C::GbUnit, "decimal") }
                    }
                    { field(LineField::OwnCallsPct, C::OwnCalls, C::Percent, "numeric") }
                }
            </div>
        </article>
    }
}
