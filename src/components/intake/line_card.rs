//! One current line, or a group of identical lines (its count): its kind,
//! where it is today (本网/异网/新装), fee and usage, each with its unit and
//! its error at the field; its services, handset and current plan
//! (`line_offers`); removed with one tap.
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::LineOrigin;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::error_at;
use crate::components::number_field::NumberField;
use crate::components::segmented::Segmented;
use crate::components::skip_link::SkipLink;
use crate::i18n::{t, tf, CounterMsg, Msg};
use crate::state::catalog::ActiveCatalog;
use crate::state::intake::{FieldErrors, LineDraft, LineField};
use crate::state::session::{SessionAction, SessionContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct LineCardProps {
    pub line: LineDraft,
    /// 1-based position, as the rep and the customer count.
    pub number: usize,
    pub errors: FieldErrors,
    /// The tables the line's services and handsets are chosen from.
    pub catalog: ActiveCatalog,
}

/// A line's card.
#[component]
pub fn LineCard(props: &LineCardProps) -> Html {
    let lang = use_lang();
    let session = use_context::<SessionContext>().expect("session context");
    let line = &props.line;
    let id = line.id;
    let fields = LineField::all().filter_map(|f| {
        let card = f.on_card().filter(|c| c.kinds.contains(&line.kind))?;
        let s = session.clone();
        let oninput =
            Callback::from(move |v: String| s.dispatch(SessionAction::SetField(id, f, v)));
        let fid = line.field_id(f);
        // A blank quantity the engine estimates from the fee shows the
        // estimate (or that it will be one) instead of a silent zero.
        let placeholder = match f {
            LineField::Usage(u) if u.spec().from_fee => match line.estimate_of(u) {
                Some(v) => tf(lang, CounterMsg::About, v),
                None => t(lang, CounterMsg::FromFee).to_string(),
            },
            LineField::Count => "1".to_string(),
            _ => String::new(),
        };
        let warning = match f {
            LineField::Fee => line
                .fee_warning()
                .map(|w| AttrValue::from(w.get(lang).to_string())),
            _ => None,
        };
        Some(html! {
            <NumberField id={fid.clone()} label={card.label(lang)} value={line.get(f).to_string()}
                unit={card.unit(lang)} inputmode={card.inputmode} {placeholder} {warning}
                error={error_at(lang, &props.errors, &fid)} {oninput} />
        })
    });
    let estimate = line.estimate_words();
    let kinds = vec![
        (LineKind::Mobile, t(lang, CounterMsg::Mobile).into()),
        (LineKind::Landline, t(lang, CounterMsg::Landline).into()),
        (LineKind::Broadband, t(lang, CounterMsg::Broadband).into()),
    ];
    let on_kind = {
        let s = session.clone();
        Callback::from(move |k| s.dispatch(SessionAction::SetKind(id, k)))
    };
    let origins = LineOrigin::ALL
        .map(|o| (o, o.name().get(lang).to_string().into()))
        .to_vec();
    let on_origin = {
        let s = session.clone();
        Callback::from(move |o| s.dispatch(SessionAction::SetOrigin(id, o)))
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
                <Segmented<LineKind> label={t(lang, CounterMsg::Lines)} options={kinds} selected={line.kind} onchange={on_kind} />
                <input class="line-label" type="text" value={line.label.clone()} placeholder={t(lang, CounterMsg::LineLabel)}
                    aria-label={t(lang, CounterMsg::LineLabel)} oninput={on_label} />
                <button type="button" class="icon-button" aria-label={format!("{} #{}", t(lang, CounterMsg::Remove), props.number)}
                    onclick={on_remove}>{"✕"}</button>
            </div>
            <div class="line-origin">
                <Segmented<LineOrigin> label={t(lang, CounterMsg::Origin)} options={origins} selected={line.origin} onchange={on_origin} />
            </div>
            <div class="grid-fields">{ for fields }</div>
            // Past this line's services and the other lines' fields, for a
            // rep who typed this line's figures.
            <SkipLink target="proposals" label={t(lang, Msg::SkipToProposals)} />
            <super::line_offers::LineOffers line={line.clone()} catalog={props.catalog.clone()} errors={props.errors.clone()} />
            if let Some(words) = estimate {
                <p class="estimate-note" data-testid="usage-estimate">{ words.get(lang) }</p>
            }
        </article>
    }
}
