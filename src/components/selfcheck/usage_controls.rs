//! Steppers for the customer's own usage (minutes and data per line) and the
//! number of lines; every change re-prices at once.
use proposal_engine::catalog::LineKind;
use proposal_engine::figures::limits::{MAX_DATA_MB, MAX_MINUTES};
use proposal_engine::Customer;
use yew::prelude::*;

use crate::components::stepper::Stepper;
use crate::i18n::{t, CounterMsg, SharedMsg};
use crate::state::use_lang;

/// An edit of the customer by one stepper's new value.
type Edit = std::rc::Rc<dyn Fn(&mut Customer, u32)>;

#[derive(Properties, PartialEq)]
pub struct UsageControlsProps {
    pub customer: Customer,
    pub onchange: Callback<Customer>,
}

#[component]
pub fn UsageControls(props: &UsageControlsProps) -> Html {
    let lang = use_lang();
    let c = &props.customer;
    let edit = |f: Edit| {
        let (c, cb) = (c.clone(), props.onchange.clone());
        Callback::from(move |v: u32| {
            let mut next = c.clone();
            f(&mut next, v);
            cb.emit(next);
        })
    };
    let lines_changed = edit(std::rc::Rc::new(|c: &mut Customer, n: u32| {
        let n = n as usize;
        while c.lines.len() < n {
            let copy = c.lines.last().cloned();
            match copy {
                Some(l) => c.lines.push(l),
                None => break,
            }
        }
        c.lines.truncate(n.max(1));
    }));
    let rows = c.lines.iter().enumerate().filter(|(_, l)| l.kind != LineKind::Broadband).map(|(i, l)| {
        let kind = match l.kind {
            LineKind::Mobile => CounterMsg::Mobile,
            LineKind::Landline => CounterMsg::Landline,
            LineKind::Broadband => CounterMsg::Broadband,
        };
        let minutes = edit(std::rc::Rc::new(move |c: &mut Customer, v| c.lines[i].usage.domestic_min = v));
        let data = edit(std::rc::Rc::new(move |c: &mut Customer, v| c.lines[i].usage.data_mb = v * 1024));
        let line = format!("#{} {}", i + 1, t(lang, kind));
        let of_line = |what: SharedMsg| Some(AttrValue::from(format!("{line} {}", t(lang, what))));
        html! {
            <div class="usage-row">
                <span class="usage-line">{ format!("{line}{}", if l.label.is_empty() { String::new() } else { format!(" · {}", l.label) }) }</span>
                <Stepper label={t(lang, SharedMsg::Minutes)} name={of_line(SharedMsg::Minutes)} value={l.usage.domestic_min} max={MAX_MINUTES} step={50} onchange={minutes} />
                if l.kind == LineKind::Mobile {
                    <Stepper label={t(lang, SharedMsg::DataGb)} name={of_line(SharedMsg::DataGb)} value={l.usage.data_mb / 1024} max={MAX_DATA_MB / 1024} step={1} onchange={data} />
                }
            </div>
        }
    });
    html! {
        <section class="card usage-controls" aria-labelledby="check-heading">
            <h2 id="check-heading">{ t(lang, SharedMsg::CheckYourself) }</h2>
            <p class="muted">{ t(lang, SharedMsg::CheckHint) }</p>
            <Stepper label={t(lang, SharedMsg::Lines)} value={c.lines.len() as u32} min={1} max={200} onchange={lines_changed} />
            { for rows }
        </section>
    }
}
