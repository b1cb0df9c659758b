//! Component tests in headless Chromium (wasm-bindgen-test): the app shell
//! renders its header, navigation and language switch, and switching the
//! language changes the visible text.
#![cfg(target_arch = "wasm32")]

use proposal_app::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app on the counter (`#/`), in the default language.
fn mount() -> web_sys::Element {
    proposal_app::storage::remove("lang");
    web_sys::window().unwrap().location().set_hash("/").unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn header_shows_product_name_and_four_entry_points() {
    let root = mount();
    yew::scheduler::flush().await;
    let nav = root.query_selector_all(".app-nav a").unwrap();
    let labels: Vec<String> = (0..nav.length())
        .map(|i| nav.get(i).unwrap().text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        labels,
        ["柜台", "建议书", "资费表", "客户簿"],
        "Counter, Proposal, Package tables, Customer book"
    );
    assert_eq!(text_of(&root, ".brand-name"), "资费方案计算器");
    assert_eq!(
        text_of(&root, ".nav-link.active"),
        "柜台",
        "the counter is the start page"
    );
    assert_eq!(text_of(&root, "main h1"), "柜台受理");
    root.remove();
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_header() {
    let root = mount();
    yew::scheduler::flush().await;
    let buttons = root.query_selector_all(".lang-option").unwrap();
    let zh: web_sys::HtmlElement = buttons.get(0).unwrap().dyn_into().unwrap();
    let en: web_sys::HtmlElement = buttons.get(1).unwrap().dyn_into().unwrap();
    en.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".brand-name"), "Proposal Calculator");
    assert_eq!(text_of(&root, ".nav-link.active"), "Counter");
    assert_eq!(en.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(zh.get_attribute("aria-pressed").as_deref(), Some("false"));
    zh.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".brand-name"), "资费方案计算器");
    root.remove();
}
