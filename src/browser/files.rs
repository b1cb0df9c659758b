//! Files the rep saves and opens: a download of text the app made (the
//! customer book's exports) and the bytes of a chosen file (an import),
//! which the engine decodes (`csv::decode_with`, the browser's
//! own GB18030 decoder for a sheet Excel saved in GBK, so no encoding
//! tables are in the wasm). On the host these do nothing (no browser to ask).

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

/// Reads `file`'s bytes and calls `done` with them (`None`: unread).
#[cfg(target_arch = "wasm32")]
pub fn read_bytes(file: web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    use wasm_bindgen::JsCast;
    let Ok(reader) = web_sys::FileReader::new() else {
        return done(None);
    };
    let r = reader.clone();
    let loaded = wasm_bindgen::closure::Closure::once_into_js(move || {
        let bytes = r
            .result()
            .ok()
            .filter(|v| v.is_instance_of::<js_sys::ArrayBuffer>());
        done(bytes.map(|b| js_sys::Uint8Array::new(&b).to_vec()))
    });
    reader.set_onloadend(Some(loaded.unchecked_ref()));
    let _ = reader.read_as_array_buffer(&file);
}

/// `bytes` as GB18030 (GBK's superset) through the browser's
/// `TextDecoder`, when every byte of them reads as it.
#[cfg(target_arch = "wasm32")]
pub fn gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn gb18030(_bytes: &[u8]) -> Option<String> {
    None
}
