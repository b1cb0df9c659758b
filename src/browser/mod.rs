//! Every call the app makes into the browser, behind one small module:
//! device storage ([`storage`]), the page's address and fragment, printing,
//! the document's language and today's date. In the browser (wasm32) these
//! reach web-sys; on the host an in-memory stand-in answers, so the app's
//! logic (drafts, presets, undo, the storage envelope, the reducers, the
//! editor's codecs) runs under a plain `cargo test -p proposal-app --lib`.
//! Rendering and DOM events stay in the components (Yew owns them).
#[cfg(feature = "workbook")]
pub mod download;
pub mod fetch;
pub mod files;
pub mod json;
pub mod share;
pub mod storage;
#[cfg(feature = "workbook")]
pub mod worker;

pub use page::WindowListener;

#[cfg(target_arch = "wasm32")]
mod page {
    fn location() -> Option<web_sys::Location> {
        web_sys::window().map(|w| w.location())
    }

    pub fn href() -> String {
        location().and_then(|l| l.href().ok()).unwrap_or_default()
    }

    pub fn fragment() -> String {
        location().and_then(|l| l.hash().ok()).unwrap_or_default()
    }

    pub fn set_fragment(fragment: &str) {
        if let Some(l) = location() {
            let _ = l.set_hash(fragment);
        }
    }

    pub fn replace(url: &str) {
        // After the current task: the render pass that asked for the move
        // finishes first, its autosave included, so the other page reads
        // the session as it is now.
        let url = url.to_string();
        let go = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(l) = location() {
                let _ = l.replace(&url);
            }
        });
        if let Some(w) = web_sys::window() {
            use wasm_bindgen::JsCast;
            let _ = w.set_timeout_with_callback(go.unchecked_ref());
        }
    }

    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    pub fn scroll_to_top() {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    pub fn set_document_lang(tag: &str) {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", tag);
        }
    }

    pub fn remove_element(id: &str) {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
        {
            el.remove();
        }
    }

    pub fn focus(id: &str) {
        use wasm_bindgen::JsCast;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
            // Its top in view (a focused region taller than the screen is
            // otherwise centred), below the sticky header (`scroll-margin-top`).
            el.scroll_into_view();
        }
    }

    /// Removes its listener from the window when dropped.
    pub struct WindowListener(#[allow(dead_code)] Option<gloo_events::EventListener>);

    pub fn on_window_event(event: &'static str, mut f: impl FnMut() + 'static) -> WindowListener {
        WindowListener(
            web_sys::window().map(|w| gloo_events::EventListener::new(&w, event, move |_| f())),
        )
    }

    pub fn window_flag(name: &str) -> bool {
        web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &name.into()).ok())
            .is_some_and(|v| v.is_truthy())
    }

    pub fn send_window_event(event: &str) {
        if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(event)) {
            let _ = w.dispatch_event(&e);
        }
    }

    pub fn after_paint(f: impl FnOnce() + 'static) {
        use wasm_bindgen::JsCast;
        // The next frame's callback runs before that frame paints; a task
        // queued from it runs after the paint.
        let Some(w) = web_sys::window() else { return };
        let queue = wasm_bindgen::closure::Closure::once_into_js(move || {
            let run = wasm_bindgen::closure::Closure::once_into_js(f);
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(run.unchecked_ref());
            }
        });
        let _ = w.request_animation_frame(queue.unchecked_ref());
    }

    pub fn today() -> Option<proposal_engine::Date> {
        let now = js_sys::Date::new_0();
        proposal_engine::Date::new(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
    }
}

/// The host's stand-in: one page per test thread, at `http://localhost/`.
#[cfg(not(target_arch = "wasm32"))]
mod page {
    use std::cell::RefCell;

    thread_local! {
        static HREF: RefCell<String> = RefCell::new("http://localhost/".into());
    }

    pub fn href() -> String {
        HREF.with(|h| h.borrow().clone())
    }

    pub fn fragment() -> String {
        let href = href();
        href.find('#')
            .map(|i| href[i..].to_string())
            .unwrap_or_default()
    }

    pub fn set_fragment(fragment: &str) {
        let base = href().split('#').next().unwrap_or_default().to_string();
        let fragment = fragment.trim_start_matches('#');
        HREF.with(|h| *h.borrow_mut() = format!("{base}#{fragment}"));
    }

    pub fn replace(url: &str) {
        HREF.with(|h| *h.borrow_mut() = url.to_string());
    }

    pub fn print() {}

    /// The host has no events: nothing to remove.
    pub struct WindowListener;

    impl Drop for WindowListener {
        fn drop(&mut self) {}
    }

    pub fn on_window_event(_event: &'static str, _f: impl FnMut() + 'static) -> WindowListener {
        WindowListener
    }

    pub fn window_flag(_name: &str) -> bool {
        false
    }

    pub fn send_window_event(_event: &str) {}

    pub fn set_document_lang(_tag: &str) {}

    pub fn scroll_to_top() {}

    pub fn focus(_id: &str) {}

    pub fn remove_element(_id: &str) {}

    /// No frames on the host: at once.
    pub fn after_paint(f: impl FnOnce() + 'static) {
        f()
    }

    pub fn today() -> Option<proposal_engine::Date> {
        proposal_engine::Date::new(2026, 1, 1)
    }
}

/// Runs `f` once the browser has painted what is rendered now: work the
/// screen can show a moment later (the counter's offers above authority)
/// does not hold back the frame that shows the comparison.
pub fn after_paint(f: impl FnOnce() + 'static) {
    page::after_paint(f)
}

/// The page's address without its fragment (`https://host/index.html`).
pub fn page_address() -> String {
    page::href()
        .split('#')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The fragment, with its `#` (`#/tables?catalog=…`); empty when none.
pub fn fragment() -> String {
    page::fragment()
}

/// Moves to another fragment of this page (a history entry, no reload).
pub fn set_fragment(fragment: &str) {
    page::set_fragment(fragment)
}

/// Calls `f` after every change of the fragment (back, forward, a link), until
/// the returned listener is dropped.
pub fn on_fragment_change(f: impl FnMut() + 'static) -> WindowListener {
    page::on_window_event("hashchange", f)
}

/// Whether a new version of the app is installed and waits for the rep's
/// word (`assets/pwa/register.js` sets the flag and sends the event).
pub fn update_ready() -> bool {
    page::window_flag("appUpdateReady")
}

/// Calls `f` when a new version becomes ready, until the listener is dropped.
pub fn on_update_ready(f: impl FnMut() + 'static) -> WindowListener {
    page::on_window_event("app-update-ready", f)
}

/// Lets the waiting version take over; the page then reloads with it.
pub fn accept_update() {
    page::send_window_event("app-update-accept")
}

/// Moves to `url`, replacing this page in the history (the other entry
/// point), once the current render pass and its saves are done.
pub fn replace_page(url: &str) {
    page::replace(url)
}

/// Opens the browser's print dialog (print, or save as PDF).
pub fn print() {
    page::print()
}

/// Scrolls the page to its top (a page just opened).
pub fn scroll_to_top() {
    page::scroll_to_top()
}

/// Sets `<html lang>`, so fonts and screen readers follow the language.
pub fn set_document_lang(tag: &str) {
    page::set_document_lang(tag)
}

/// Removes the element `id` from the page (index.html's static first paint).
pub fn remove_element(id: &str) {
    page::remove_element(id)
}

/// Moves the keyboard focus to the element `id` (a skip link's target) and
/// scrolls its top into view.
pub fn focus(id: &str) {
    page::focus(id)
}

/// Today's date on this device (1 January 2026 if the clock is unreadable).
pub fn today() -> proposal_engine::Date {
    page::today().unwrap_or(proposal_engine::Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}
