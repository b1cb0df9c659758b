//! Component test: the QR code renders as an SVG of a valid QR size, and a
//! longer link needs a larger code (the share-link size budget matters).
#![cfg(target_arch = "wasm32")]

use proposal_app::components::qr_code::{qr_path, QrCodeImage, QrCodeProps};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn qr_width_is_a_valid_qr_version_and_grows_with_the_link() {
    let (_, short) = qr_path("https://example.cn/#/p/abc").unwrap();
    let (_, long) = qr_path(&format!("https://example.cn/#/p/{}", "x".repeat(300))).unwrap();
    assert_eq!((short - 21) % 4, 0, "QR widths are 21 + 4k modules");
    assert!(long > short);
}

#[wasm_bindgen_test]
async fn qr_code_renders_an_accessible_svg() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = QrCodeProps {
        data: "https://example.cn/#/p/abc".into(),
        label: "扫码查看".into(),
    };
    yew::Renderer::<QrCodeImage>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let svg = root.query_selector("svg.qr-code").unwrap().expect("an svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.get_attribute("aria-label").as_deref(), Some("扫码查看"));
    let path = root.query_selector("svg.qr-code path").unwrap().unwrap();
    assert!(path.get_attribute("d").unwrap().starts_with('M'));
}
