//! The customer's own changes: how many lines of each kind (a mobile, a
//! landline, a broadband removed or added by its kind, never another's), and
//! each line's minutes and data by a step that fits the quantity or typed;
//! every change re-prices at once.
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{Line, Usage, UsageField, MAX_LINES};
use proposal_engine::{Customer, LineOrigin, Money};
use yew::prelude::*;

use super::usage_input::UsageInput;
use crate::components::stepper::Stepper;
use crate::i18n::{t, CounterMsg, SharedMsg};
use crate::state::use_lang;

/// An edit of the customer by one control's new value.
type Edit = std::rc::Rc<dyn Fn(&mut Customer, u32)>;

#[derive(Properties, PartialEq)]
pub struct UsageControlsProps {
    pub customer: Customer,
    pub onchange: Callback<Customer>,
}

const KINDS: [LineKind; 3] = [LineKind::Mobile, LineKind::Landline, LineKind::Broadband];

/// The quantities the phone lets the customer change, on the lines that have them.
const CHANGED: [(UsageField, SharedMsg); 2] = [
    (UsageField::DomesticMin, SharedMsg::Minutes),
    (UsageField::DataMb, SharedMsg::DataGb),
];

fn kind_name(kind: LineKind) -> CounterMsg {
    match kind {
        LineKind::Mobile => CounterMsg::Mobile,
        LineKind::Landline => CounterMsg::Landline,
        LineKind::Broadband => CounterMsg::Broadband,
    }
}

/// One more line of `kind`: like the customer's last line of that kind (as
/// many lines today as they say they have), or, when they have none, a new
/// line (新装: nothing paid for it today) with the usage a new line starts at.
fn add_line(c: &mut Customer, kind: LineKind) {
    let like = c.lines.iter().rev().find(|l| l.kind == kind).cloned();
    let line = match like {
        Some(l) => Line {
            label: String::new(),
            ..l
        },
        None => {
            let mut usage = Usage::default();
            for f in UsageField::ALL {
                f.set(&mut usage, f.preset(kind));
            }
            Line {
                kind,
                label: String::new(),
                current_monthly_fee: Money(0),
                usage,
                features: Vec::new(),
                wants_handset: None,
                origin: LineOrigin::New,
                handset_mode: Default::default(),
                current_plan: String::new(),
                // The kind's presets, typed in full: nothing estimated.
                estimated: Vec::new(),
            }
        }
    };
    // After the last line of its kind, so the lines keep their numbers.
    let at = c
        .lines
        .iter()
        .rposition(|l| l.kind == kind)
        .map_or(c.lines.len(), |i| i + 1);
    c.lines.insert(at, line);
}

/// The last line of `kind` removed (never the customer's only line).
fn remove_line(c: &mut Customer, kind: LineKind) {
    if c.lines.len() > 1 {
        if let Some(i) = c.lines.iter().rposition(|l| l.kind == kind) {
            c.lines.remove(i);
        }
    }
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
    let total = c.lines.len() as u32;
    let counts = KINDS.into_iter().map(|kind| {
        let n = c.lines.iter().filter(|l| l.kind == kind).count() as u32;
        let changed = edit(std::rc::Rc::new(move |c: &mut Customer, v: u32| {
            let now = c.lines.iter().filter(|l| l.kind == kind).count() as u32;
            if v > now {
                add_line(c, kind);
            } else if v < now {
                remove_line(c, kind);
            }
        }));
        let label = t(lang, kind_name(kind));
        let name = AttrValue::from(format!("{label} {}", t(lang, SharedMsg::Lines)));
        // The customer's only line stays; at most the engine's limit in all.
        let min = u32::from(n == total);
        let max = n + (MAX_LINES as u32).saturating_sub(total);
        html! {
            <Stepper label={label} name={name} value={n} {min} {max} onchange={changed} />
        }
    });
    let rows = c.lines.iter().enumerate().filter(|(_, l)| CHANGED.iter().any(|(f, _)| f.applies_to(l.kind))).map(|(i, l)| {
        let line = format!("#{} {}", i + 1, t(lang, kind_name(l.kind)));
        let inputs = CHANGED.iter().filter(|(f, _)| f.applies_to(l.kind)).map(|&(f, what)| {
            let set = edit(std::rc::Rc::new(move |c: &mut Customer, v| f.set(&mut c.lines[i].usage, v)));
            html! {
                <UsageInput field={f} id={format!("usage-{i}-{}", f.key())} label={t(lang, what)}
                    name={format!("{line} {}", t(lang, what))} value={f.get(&l.usage)} onchange={set} />
            }
        });
        html! {
            <div class="usage-row" key={i}>
                <span class="usage-line">{ format!("{line}{}", if l.label.is_empty() { String::new() } else { format!(" · {}", l.label) }) }</span>
                { for inputs }
            </div>
        }
    });
    html! {
        <section class="card usage-controls" aria-labelledby="check-heading">
            <h2 id="check-heading">{ t(lang, SharedMsg::CheckYourself) }</h2>
            <p class="muted">{ t(lang, SharedMsg::CheckHint) }</p>
            <div class="line-counts" role="group" aria-label={t(lang, SharedMsg::LineCounts)}>
                <span class="usage-line">{ t(lang, SharedMsg::LineCounts) }</span>
                { for counts }
            </div>
            { for rows }
        </section>
    }
}
