//! Component tests for the shared form controls: a number field shows its
//! error at the field (and marks itself invalid), a stepper stays in bounds.
#![cfg(target_arch = "wasm32")]

use proposal_app::components::number_field::{NumberField, NumberFieldProps};
use proposal_app::components::stepper::{Stepper, StepperProps};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
async fn number_field_shows_its_error_at_the_field() {
    let root = root();
    let props = NumberFieldProps {
        id: "fee".into(),
        label: "月费".into(),
        value: "12x".into(),
        unit: "元/月".into(),
        inputmode: "decimal".into(),
        placeholder: AttrValue::default(),
        error: Some(AttrValue::from("请输入金额，例如 128.50")),
        warning: None,
        oninput: Callback::noop(),
    };
    yew::Renderer::<NumberField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let input = root.query_selector("input").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("decimal"));
    let input: web_sys::HtmlInputElement = input.dyn_into().unwrap();
    assert_eq!(input.value(), "12x", "the raw text is kept, not zeroed");
    let error = root.query_selector(".field-error").unwrap().unwrap();
    assert_eq!(error.text_content().unwrap(), "请输入金额，例如 128.50");
    assert_eq!(
        root.query_selector(".unit")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "元/月"
    );
}

/// A warning (an implausible fee) is shown at the field but does not mark it
/// invalid; the placeholder shows in an empty field.
#[wasm_bindgen_test]
async fn number_field_warns_without_blocking() {
    let root = root();
    let props = NumberFieldProps {
        id: "fee".into(),
        label: "月费".into(),
        value: "99999".into(),
        unit: "元/月".into(),
        inputmode: "decimal".into(),
        placeholder: "约 800".into(),
        error: None,
        warning: Some(AttrValue::from("偏高，请核对")),
        oninput: Callback::noop(),
    };
    yew::Renderer::<NumberField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let input = root.query_selector("input").unwrap().unwrap();
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("fee-warning")
    );
    assert_eq!(
        input.get_attribute("placeholder").as_deref(),
        Some("约 800")
    );
    let warning = root.query_selector(".field-warning").unwrap().unwrap();
    assert_eq!(warning.text_content().unwrap(), "偏高，请核对");
    assert!(root.query_selector(".field-error").unwrap().is_none());
}

/// Renders a stepper (1 to 5, `step` a tap) at `value`; returns its − and + buttons and
/// what a tap sent (`None`: nothing).
async fn stepper_at(
    value: u32,
    step: u32,
) -> (
    web_sys::HtmlButtonElement,
    web_sys::HtmlButtonElement,
    Rc<Cell<Option<u32>>>,
) {
    let root = root();
    let seen = Rc::new(Cell::new(None));
    let sink = seen.clone();
    let props = StepperProps {
        label: "号码数".into(),
        name: None,
        value,
        min: 1,
        max: 5,
        step,
        onchange: Callback::from(move |v| sink.set(Some(v))),
    };
    yew::Renderer::<Stepper>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let buttons = root.query_selector_all(".stepper-button").unwrap();
    let minus: web_sys::HtmlButtonElement = buttons.get(0).unwrap().dyn_into().unwrap();
    let plus: web_sys::HtmlButtonElement = buttons.get(1).unwrap().dyn_into().unwrap();
    (minus, plus, seen)
}

#[wasm_bindgen_test]
async fn stepper_buttons_are_named_by_what_they_change() {
    // Outside the app's context the language is Chinese.
    let (minus, plus, _) = stepper_at(3, 1).await;
    assert_eq!(
        minus.get_attribute("aria-label").as_deref(),
        Some("减少 号码数")
    );
    assert_eq!(
        plus.get_attribute("aria-label").as_deref(),
        Some("增加 号码数")
    );
}

#[wasm_bindgen_test]
async fn stepper_stays_within_its_bounds() {
    // At the minimum: − is disabled and a tap on it sends nothing; + sends 2.
    let (minus, plus, seen) = stepper_at(1, 1).await;
    assert!(minus.disabled(), "cannot go below the minimum");
    assert!(!plus.disabled());
    minus.click();
    assert_eq!(seen.get(), None, "a disabled − sends nothing");
    plus.click();
    assert_eq!(seen.get(), Some(2));

    // One below the maximum: + reaches it.
    let (_, plus, seen) = stepper_at(4, 1).await;
    assert!(!plus.disabled());
    plus.click();
    assert_eq!(seen.get(), Some(5), "+ reaches the maximum");

    // At the maximum: + is disabled and sends nothing; − sends 4.
    let (minus, plus, seen) = stepper_at(5, 1).await;
    assert!(plus.disabled(), "cannot go above the maximum");
    assert!(!minus.disabled());
    plus.click();
    assert_eq!(seen.get(), None, "a disabled + sends nothing");
    minus.click();
    assert_eq!(seen.get(), Some(4));

    // A tap moves by the step, and stops at the bounds.
    let (minus, plus, seen) = stepper_at(3, 2).await;
    plus.click();
    assert_eq!(seen.get(), Some(5), "3 + 2");
    minus.click();
    assert_eq!(seen.get(), Some(1), "3 − 2");
    let (minus, plus, seen) = stepper_at(4, 3).await;
    plus.click();
    assert_eq!(seen.get(), Some(5), "4 + 3 stops at the maximum");
    minus.click();
    assert_eq!(seen.get(), Some(1), "4 − 3 stops at the minimum");
}
