//! A value worked out after the frame that shows everything else: the
//! counter's offers above the rep's authority take up to two more exact
//! searches, and a keystroke's comparison should not wait for them.
use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// What [`use_after_paint`] holds: the latest value, and whether it was
/// worked out for the inputs shown now (`false` for one frame after they
/// change, while the old value stays on screen, so nothing jumps).
#[derive(Clone, PartialEq)]
pub struct Deferred<T, D> {
    /// The value, with the inputs it was worked out for.
    pub value: Option<Rc<(T, D)>>,
    pub current: bool,
}

/// `work(&inputs)`, run after the browser paints the render that changed
/// `inputs`. Only the newest inputs are worked out: a change that arrives
/// before the work runs replaces it.
#[hook]
pub fn use_after_paint<D, T>(inputs: D, work: fn(&D) -> T) -> Deferred<T, D>
where
    D: PartialEq + Clone + 'static,
    T: 'static,
{
    // The value with the inputs it was worked out for.
    let value = use_state(|| None::<Rc<(T, D)>>);
    let newest = use_memo((), |_| Rc::new(Cell::new(0u64)));
    let current = value.as_ref().is_some_and(|v| v.1 == inputs);
    {
        let (value, newest) = (value.clone(), (*newest).clone());
        use_effect_with(inputs, move |inputs| {
            let ask = newest.get() + 1;
            newest.set(ask);
            let inputs = inputs.clone();
            crate::browser::after_paint(move || {
                if newest.get() == ask {
                    value.set(Some(Rc::new((work(&inputs), inputs))));
                }
            });
        });
    }
    Deferred {
        value: (*value).clone(),
        current,
    }
}
