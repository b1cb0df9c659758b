//! The one way state reaches device storage: after a render in which a
//! value changed, an effect saves it. Reducers only compute the next state;
//! what was just restored at mount is not written back (it is already
//! stored, and writing it would turn the last good copy into the backup).
use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// Calls `save` with `value` after every render in which it differs from
/// the value of the render before (never for the first render).
#[hook]
pub fn use_autosave<T, F>(value: T, save: F)
where
    T: PartialEq + Clone + 'static,
    F: Fn(&T) + 'static,
{
    let last: Rc<RefCell<T>> = use_mut_ref(|| value.clone());
    use_effect_with(value, move |value| {
        if *last.borrow() != *value {
            *last.borrow_mut() = value.clone();
            save(value);
        }
    });
}
