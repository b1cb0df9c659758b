//! Typed text the draft does not have yet: a form field or the item's JSON
//! holding text that does not parse (`abc` in a fee). The draft keeps the old
//! value, so its validation says nothing about what is on screen; the
//! problems list says so instead of "草稿校验通过".
use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

/// Per form (its test id), the labels of its fields whose text does not parse.
#[derive(Clone, Default, PartialEq, Debug)]
pub struct Pending(pub BTreeMap<String, Vec<String>>);

impl Pending {
    /// Every label, in form order.
    pub fn labels(&self) -> Vec<String> {
        self.0.values().flatten().cloned().collect()
    }
}

/// `(form, labels)`: the form's fields that do not parse now (none: clear).
pub struct Report(pub String, pub Vec<String>);

impl Reducible for Pending {
    type Action = Report;
    fn reduce(self: Rc<Self>, Report(form, labels): Report) -> Rc<Self> {
        if self
            .0
            .get(&form)
            .map_or(labels.is_empty(), |l| *l == labels)
        {
            return self;
        }
        let mut next = (*self).clone();
        if labels.is_empty() {
            next.0.remove(&form);
        } else {
            next.0.insert(form, labels);
        }
        Rc::new(next)
    }
}

pub type PendingContext = UseReducerHandle<Pending>;

/// Reports `labels` for `form` while it is shown, and clears them when it
/// closes.
#[hook]
pub fn use_pending_report(form: String, labels: Vec<String>) {
    let pending = use_context::<PendingContext>();
    use_effect_with((form, labels), move |(form, labels)| {
        if let Some(p) = &pending {
            p.dispatch(Report(form.clone(), labels.clone()));
        }
        let (p, form) = (pending.clone(), form.clone());
        move || {
            if let Some(p) = p {
                p.dispatch(Report(form, Vec::new()));
            }
        }
    });
}
