//! Component tests in headless Chromium: the proposal page renders the
//! engine's document for the session's chosen proposal (its saving to the
//! fen, checked against figures worked out by hand from the default tables
//! and against the engine), its quote number and every item's terms,
//! refuses a bad phone number at the field with the reason, and says what
//! to do when nothing is chosen.
#![cfg(target_arch = "wasm32")]

use proposal_app::app::ProposalApp;
use proposal_app::state::presets::{preset, Preset};
use proposal_app::state::session::Session;
use proposal_app::storage;
use proposal_engine::document::build_document;
use proposal_engine::{default_catalog, optimize, Lang, Options};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Saves a session (as the counter would) and mounts `proposal.html`'s app on `#/proposal`.
async fn open_proposal(session: &Session) -> web_sys::Element {
    storage::save("session.v1", &serde_json::to_string(session).unwrap());
    storage::remove("rep.v1");
    let window = web_sys::window().unwrap();
    window.location().set_hash("/proposal").unwrap();
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<ProposalApp>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn family_with_cheapest() -> (Session, proposal_engine::Alternative) {
    let intake = preset(Preset::Family);
    let customer = intake.parse().0.expect("the preset is complete");
    let best = optimize(&default_catalog(), &customer, &Options::default())
        .unwrap()
        .alternatives
        .remove(0);
    let session = Session {
        intake,
        chosen: Some(best.proposal.clone()),
        ..Session::default()
    };
    (session, best)
}

#[wasm_bindgen_test]
async fn the_document_shows_the_engines_saving_and_a_quote_number() {
    let (session, best) = family_with_cheapest();
    let root = open_proposal(&session).await;
    // By hand (catalog/default.json, the family preset): today 128 + 88 + 58
    // + 100 = ¥374 a month, ×24 = ¥8,976.00; 家庭融合129元 over its 24-month
    // contract: 12 × ¥82.20 (20% off the bundle's own fee: 103.20; the first
    // mobile the main card at ¥0, the two others ¥10 members untouched; ¥50
    // prepay credit back; ¥9 of minutes beyond the allowance: 103.20 + 20 + 9
    // − 50) + 12 × ¥158.00 (129 + 20 + 9) = 986.40 + 1,896 = ¥2,882.40, no
    // installation (every line is with this operator: fee.bb-install and
    // fee.sim are for lines from another operator or new); the saving
    // 8,976 − 2,882.40 = ¥6,093.60.
    assert_eq!(text(&root, "[data-testid=doc-title]"), "家庭融合129元");
    assert_eq!(text(&root, "[data-testid=doc-total]"), "¥2,882.40");
    assert_eq!(text(&root, "[data-testid=doc-horizon-saving]"), "¥6,093.60");
    assert_eq!(text(&root, "[data-testid=doc-current-total]"), "¥8,976.00");
    assert_eq!(text(&root, "[data-testid=doc-one-offs]"), "¥0.00");
    assert_eq!(
        text(&root, "[data-testid=doc-horizon-saving]"),
        best.priced.savings.horizon.format(Lang::ZhCn)
    );
    assert_eq!(
        text(&root, "[data-testid=doc-total]"),
        best.priced.total.format(Lang::ZhCn)
    );
    // Today's date and the digest of these tables, this customer and this
    // proposal: a reprint carries the same number.
    let customer = session.intake.parse().0.unwrap();
    let today = proposal_app::state::rep::today();
    let quote = text(&root, "[data-testid=quote-number]");
    assert!(
        quote.starts_with(&format!("Q-{}-", today.compact())),
        "{quote}"
    );
    let doc = build_document(
        &default_catalog(),
        &customer,
        &best.proposal,
        &Options::default(),
        today,
    )
    .unwrap();
    assert_eq!(quote, doc.quote_number);
    assert_eq!(text(&root, "[data-testid=doc-title]"), best.title.zh);
    // Every item proposed has its terms, each once: the bundle, then its promotions.
    let terms = root.query_selector_all(".terms h3").unwrap();
    let headings: Vec<String> = (0..terms.length())
        .map(|i| terms.get(i).unwrap().text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        headings,
        [
            "融合套餐 · 家庭融合129元",
            "优惠活动 · 预存600元，每月返50元",
            "优惠活动 · 家庭融合首年8折"
        ]
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_bad_phone_number_is_refused_at_its_field() {
    let (session, _) = family_with_cheapest();
    let root = open_proposal(&session).await;
    let phone: web_sys::HtmlInputElement = root
        .query_selector("#rep-phone")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    phone.set_value("call me");
    phone
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(phone.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        text(&root, ".rep-details .field-error"),
        "电话号码只能包含数字、空格、+、-，共 5–20 位。"
    );
    phone.set_value("0755-8888 6666");
    phone
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        phone.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert!(root
        .query_selector(".rep-details .field-error")
        .unwrap()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn without_a_chosen_proposal_the_page_says_so() {
    let root = open_proposal(&Session::default()).await;
    assert!(root
        .query_selector("[data-testid=no-proposal]")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("[data-testid=proposal-doc]")
        .unwrap()
        .is_none());
    root.remove();
}

/// Switching at the current contract's end: ¥65 a month today, 5 months
/// left, a ¥300 exit fee, 250 minutes and 8 GB. The page prints the start
/// month and the engine's figures: by hand, 5G 29 is ¥29 + 50 minutes over
/// × ¥0.15 = ¥36.50 a month; from month 6: 5 × ¥65 + 19 × ¥36.50 =
/// ¥325 + ¥693.50 = ¥1,018.50, no exit fee; switching now would be
/// 24 × ¥36.50 + ¥300 = ¥1,176, so waiting saves ¥157.50 more.
#[wasm_bindgen_test]
async fn a_proposal_at_the_contracts_end_prints_its_start_month() {
    let customer: proposal_engine::Customer = serde_json::from_value(serde_json::json!({
        "segment": {"type": "individual"},
        "lines": [{"kind": "mobile", "current_monthly_fee": 6500,
                   "usage": {"domestic_min": 250, "data_mb": 8192}}],
        "contract": {"months_left": 5, "exit_fee": 30000},
    }))
    .unwrap();
    let found = optimize(&default_catalog(), &customer, &Options::default()).unwrap();
    let later = found.contract_end().expect("offered").clone();
    assert_eq!(later.proposal.start_month, 6);
    let session = Session {
        intake: proposal_app::state::intake::IntakeDraft::from_customer(&customer),
        chosen: Some(later.proposal.clone()),
        ..Session::default()
    };
    let root = open_proposal(&session).await;
    assert_eq!(
        text(&root, "[data-testid=doc-starts]"),
        "第 6 个月起办理（现有合约到期后）"
    );
    assert_eq!(text(&root, "[data-testid=doc-total]"), "¥1,018.50");
    assert_eq!(text(&root, "[data-testid=doc-one-offs]"), "¥0.00");
    assert!(
        text(&root, ".doc-conditions").contains("多省 ¥157.50"),
        "{}",
        text(&root, ".doc-conditions")
    );
    root.remove();
}
