//! A file the page makes (the package tables' workbook) handed to the
//! browser as a download: a `data:` URL on a link that is clicked at once,
//! so no server and no object URL to revoke. The URL is made where the
//! bytes are (the workbook worker, feature `workbook-worker`: base64 stays
//! out of the page's wasm). On the host the last download is kept for the
//! tests.

/// The `data:` URL of `bytes` as `mime`.
#[cfg(feature = "workbook-worker")]
pub fn data_url(mime: &str, bytes: &[u8]) -> String {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    format!("data:{mime};base64,{b64}")
}

/// Downloads the `data:` URL `href` as the file `name`.
#[cfg(target_arch = "wasm32")]
pub fn download(name: &str, href: &str) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", href);
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
    static LAST: std::cell::RefCell<Option<(String, String)>> = const { std::cell::RefCell::new(None) };
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(name: &str, href: &str) {
    LAST.with(|l| *l.borrow_mut() = Some((name.to_string(), href.to_string())));
}

/// The last download's name and URL (host only, for tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn last() -> Option<(String, String)> {
    LAST.with(|l| l.borrow().clone())
}

/// The workbook's MIME type.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[cfg(all(test, feature = "workbook-worker", not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn a_download_is_its_bytes_as_base64() {
        let url = super::data_url("text/plain", b"hi");
        assert_eq!(url, "data:text/plain;base64,aGk=");
        super::download("t.txt", &url);
        assert_eq!(super::last(), Some(("t.txt".into(), url)));
    }
}
