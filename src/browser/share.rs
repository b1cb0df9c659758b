//! Handing a link on (issue 14's share panel): the clipboard, with a
//! fallback that selects the link in its field for a long-press copy, and
//! the system share sheet (Web Share API) only where the browser has one.
//! Every call answers through `done` once the browser has: `true` when it
//! did it. On the host (tests) there is no clipboard and no share sheet.

/// Whether this browser has a system share sheet (`navigator.share`).
pub fn can_share() -> bool {
    imp::can_share()
}

/// Opens the system share sheet with `title`, `text` and `url`; `done(false)`
/// when the browser has none, refused, or the rep closed it.
pub fn share(title: &str, text: &str, url: &str, done: impl FnOnce(bool) + 'static) {
    imp::share(title, text, url, Box::new(done))
}

/// Puts `text` on the clipboard; `done(false)` when the browser has no
/// clipboard here (an insecure page) or refused.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    imp::copy(text, Box::new(done))
}

/// Focuses the text field `id` and selects all its text (for the
/// system's own copy: a long press on a tablet).
pub fn select_field(id: &str) {
    imp::select_field(id)
}

type Done = Box<dyn FnOnce(bool)>;

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use std::rc::Rc;

    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    use super::Done;

    fn navigator() -> Option<web_sys::Navigator> {
        web_sys::window().map(|w| w.navigator())
    }

    /// `navigator[name]`, when the browser has it (`undefined` otherwise).
    fn member(name: &str) -> Option<JsValue> {
        let n = navigator()?;
        Reflect::get(&n, &name.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    /// Calls `done(true)` when `promise` fulfils, `done(false)` when it rejects.
    fn settle(promise: &Promise, done: Done) {
        let once = Rc::new(RefCell::new(Some(done)));
        let answer = |ok: bool| {
            let once = once.clone();
            Closure::once_into_js(move |_: JsValue| {
                if let Some(done) = once.borrow_mut().take() {
                    done(ok)
                }
            })
        };
        let (fulfilled, rejected) = (answer(true), answer(false));
        let then = Reflect::get(promise, &"then".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        match then {
            Some(then) => {
                let _ = then.call2(promise, &fulfilled, &rejected);
            }
            None => {
                if let Some(done) = once.borrow_mut().take() {
                    done(false)
                }
            }
        }
    }

    pub fn can_share() -> bool {
        member("share").is_some_and(|f| f.is_function())
    }

    pub fn share(title: &str, text: &str, url: &str, done: Done) {
        let Some(n) = navigator().filter(|_| can_share()) else {
            return done(false);
        };
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        data.set_url(url);
        // `share` throws (not rejects) outside a tap; a JS exception is caught here.
        let call = Reflect::get(&n, &"share".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .and_then(|f| f.call1(&n, &data).ok())
            .and_then(|p| p.dyn_into::<Promise>().ok());
        match call {
            Some(p) => settle(&p, done),
            None => done(false),
        }
    }

    pub fn copy(text: &str, done: Done) {
        let Some(clipboard) = member("clipboard") else {
            return done(false);
        };
        let call = Reflect::get(&clipboard, &"writeText".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .and_then(|f| f.call1(&clipboard, &text.into()).ok())
            .and_then(|p| p.dyn_into::<Promise>().ok());
        match call {
            Some(p) => settle(&p, done),
            None => done(false),
        }
    }

    pub fn select_field(id: &str) {
        if let Some(input) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = input.focus();
            input.select();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Done;

    pub fn can_share() -> bool {
        false
    }

    pub fn share(_title: &str, _text: &str, _url: &str, done: Done) {
        done(false)
    }

    pub fn copy(_text: &str, done: Done) {
        done(false)
    }

    pub fn select_field(_id: &str) {}
}
