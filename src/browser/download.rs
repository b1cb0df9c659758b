//! A file the page makes (the package tables' workbook) handed to the
//! browser as a download: a `data:` URL on a link that is clicked at once,
//! so no server and no object URL to revoke. On the host the last download
//! is kept for the tests.
use base64::Engine;

/// The `data:` URL of `bytes` as `mime`.
pub fn data_url(mime: &str, bytes: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    format!("data:{mime};base64,{b64}")
}

/// Downloads `bytes` as the file `name`.
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", &data_url(mime, bytes));
    let _ = a.set_attribute("download", name);
    let _ = a.set_attribute("hidden", "");
    if let (Some(body), Ok(link)) = (doc.body(), a.dyn_into::<web_sys::HtmlElement>()) {
        let _ = body.append_child(&link);
        link.click();
        link.remove();
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static LAST: std::cell::RefCell<Option<(String, Vec<u8>)>> = const { std::cell::RefCell::new(None) };
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(name: &str, _mime: &str, bytes: &[u8]) {
    LAST.with(|l| *l.borrow_mut() = Some((name.to_string(), bytes.to_vec())));
}

/// The last download's name and bytes (host only, for tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn last() -> Option<(String, Vec<u8>)> {
    LAST.with(|l| l.borrow().clone())
}

/// The workbook's MIME type.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn a_download_is_its_bytes_as_base64() {
        assert_eq!(
            super::data_url("text/plain", b"hi"),
            "data:text/plain;base64,aGk="
        );
        super::download("t.xlsx", super::XLSX, b"PK");
        assert_eq!(super::last(), Some(("t.xlsx".into(), b"PK".to_vec())));
    }
}
