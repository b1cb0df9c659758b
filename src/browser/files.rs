//! Files the rep saves and opens: a download of text the app made (the
//! customer book's exports) and the text of a chosen file (an import). On
//! the host these do nothing (no browser to ask).

/// Offers `text` as a download named `name` (a `data:` link clicked, so
/// no object URL outlives it).
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let href = format!(
        "data:{mime};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    );
    let _ = a.set_attribute("href", &href);
    let _ = a.set_attribute("download", name);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_name: &str, _mime: &str, _text: &str) {}

/// Reads `file` as UTF-8 text and calls `done` with it (`None`: unread).
#[cfg(target_arch = "wasm32")]
pub fn read_text(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    use wasm_bindgen::JsCast;
    let Ok(reader) = web_sys::FileReader::new() else {
        return done(None);
    };
    let r = reader.clone();
    let loaded = wasm_bindgen::closure::Closure::once_into_js(move || {
        done(r.result().ok().and_then(|v| v.as_string()))
    });
    reader.set_onloadend(Some(loaded.unchecked_ref()));
    let _ = reader.read_as_text(&file);
}
