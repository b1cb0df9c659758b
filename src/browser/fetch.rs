//! Fetching a text file beside the app (the published tables,
//! `tables/current.json`): always asked of the host (`no-cache`), so a
//! tablet sees a new version the moment a manager deploys it; `None` when
//! the host cannot be reached or has no such file (offline, a file page),
//! and the app goes on with the tables it keeps. On the host a per-thread
//! map stands in for the web host, so the app's logic is tested natively.

#[cfg(target_arch = "wasm32")]
mod host {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    type Callback = Closure<dyn FnMut(JsValue)>;

    /// Calls `then` or `failed` when `promise` settles; the closures live
    /// as long as the page (a few per start).
    fn settle(promise: &js_sys::Promise, then: Callback, failed: Callback) {
        let _ = promise.then2(&then, &failed);
        then.forget();
        failed.forget();
    }

    pub fn get_text(url: &str, done: Box<dyn FnOnce(Option<String>)>) {
        let Some(window) = web_sys::window() else {
            return done(None);
        };
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoCache);
        let done = Rc::new(RefCell::new(Some(done)));
        let finish = move |text: Option<String>| {
            if let Some(f) = done.borrow_mut().take() {
                f(text)
            }
        };
        let failed = {
            let finish = finish.clone();
            Closure::once(move |_: JsValue| finish(None))
        };
        let got_response = {
            let finish = finish.clone();
            Closure::once(move |response: JsValue| {
                let response: web_sys::Response = response.unchecked_into();
                let text = response.ok().then(|| response.text().ok()).flatten();
                let Some(text) = text else {
                    return finish(None);
                };
                let failed = {
                    let finish = finish.clone();
                    Closure::once(move |_: JsValue| finish(None))
                };
                settle(
                    &text,
                    Closure::once(move |t: JsValue| finish(t.as_string())),
                    failed,
                );
            })
        };
        settle(
            &window.fetch_with_str_and_init(url, &init),
            got_response,
            failed,
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::cell::RefCell;
    use std::collections::HashMap;

    thread_local! {
        static FILES: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    }

    pub fn get_text(url: &str, done: Box<dyn FnOnce(Option<String>)>) {
        done(FILES.with(|f| f.borrow().get(url).cloned()))
    }

    pub fn put(url: &str, text: Option<&str>) {
        FILES.with(|f| match text {
            Some(t) => f.borrow_mut().insert(url.into(), t.into()),
            None => f.borrow_mut().remove(url),
        });
    }
}

/// Asks the host for the file at `url` (relative to the page) and calls
/// `done` with its text, or `None` when it cannot be had.
pub fn get_text(url: &str, done: impl FnOnce(Option<String>) + 'static) {
    host::get_text(url, Box::new(done))
}

/// What the stand-in host serves at `url` (`None`: nothing) in host tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn serve(url: &str, text: Option<&str>) {
    host::put(url, text)
}
