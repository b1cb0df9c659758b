//! Component test: the QR code the app draws reads back as the link it was
//! given (decoded from the SVG path with an independent QR reader), at a
//! valid QR size that grows with the link (the share-link size budget
//! matters), as an accessible SVG.
#![cfg(target_arch = "wasm32")]

use proposal_app::components::qr_code::{qr_path, QrCodeImage, QrCodeProps};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Pixels per module, and the quiet zone in modules, of the image decoded.
const SCALE: usize = 4;
const QUIET: usize = 4;

/// The dark modules of an SVG path of `M{x} {y}h1v1h-1z` squares.
fn modules(d: &str, width: usize) -> Vec<bool> {
    let mut dark = vec![false; width * width];
    for square in d.split('M').filter(|s| !s.is_empty()) {
        let corner = square
            .strip_suffix("h1v1h-1z")
            .unwrap_or_else(|| panic!("not a module square: {square}"));
        let (x, y) = corner.split_once(' ').expect("x y");
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        assert!(x < width && y < width, "module ({x}, {y}) inside the code");
        dark[y * width + x] = true;
    }
    dark
}

/// Decodes the code drawn by `d` as a camera would see it: black squares on
/// white, with the quiet zone.
fn read_back(d: &str, width: usize) -> String {
    let dark = modules(d, width);
    let side = (width + 2 * QUIET) * SCALE;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let inside = (QUIET..QUIET + width).contains(&mx) && (QUIET..QUIET + width).contains(&my);
        if inside && dark[(my - QUIET) * width + (mx - QUIET)] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code is found");
    let (_, content) = grids[0].decode().expect("the code decodes");
    content
}

#[wasm_bindgen_test]
fn the_drawn_code_reads_back_as_the_link() {
    for link in [
        "https://example.cn/#/p/abc".to_string(),
        format!("https://example.cn/#/p/{}", "AZaz09-_".repeat(40)),
    ] {
        let (d, width) = qr_path(&link).unwrap();
        assert_eq!(read_back(&d, width), link);
    }
}

#[wasm_bindgen_test]
fn qr_width_is_a_valid_qr_version_and_grows_with_the_link() {
    // Byte mode, error correction M (ISO/IEC 18004 capacities): 26 bytes fit
    // version 2 (17 + 4·2 = 25 modules, up to 26 bytes); 323 bytes need
    // version 13 (17 + 4·13 = 69 modules, 288 to 331 bytes).
    let (_, short) = qr_path("https://example.cn/#/p/abc").unwrap();
    let (_, long) = qr_path(&format!("https://example.cn/#/p/{}", "x".repeat(300))).unwrap();
    assert_eq!(short, 25, "version 2");
    assert_eq!(long, 69, "version 13");
}

#[wasm_bindgen_test]
async fn qr_code_renders_an_accessible_svg() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let link = "https://example.cn/#/p/abc";
    let props = QrCodeProps {
        data: link.into(),
        label: "扫码查看".into(),
    };
    yew::Renderer::<QrCodeImage>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let svg = root.query_selector("svg.qr-code").unwrap().expect("an svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(svg.get_attribute("aria-label").as_deref(), Some("扫码查看"));
    // 25 modules and a quiet zone of 4 on each side.
    assert_eq!(svg.get_attribute("viewBox").as_deref(), Some("-4 -4 33 33"));
    let path = root.query_selector("svg.qr-code path").unwrap().unwrap();
    let d = path.get_attribute("d").unwrap();
    assert_eq!(
        read_back(&d, 25),
        link,
        "the rendered path reads back as the link"
    );
}
