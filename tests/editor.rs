//! Component tests of the package-table editor: names render as text, a
//! typed value is validated at its field, every change is saved and undoable,
//! bad imports are rejected with line and field, CSV and JSON round-trip,
//! the diff names old → new, and a damaged store falls back to the backup.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use proposal_app::components::editor::csv::{plans_from_csv, plans_to_csv};
use proposal_app::components::editor::diff::{diff, Change};
use proposal_app::components::editor::editor_page::EditorPage;
use proposal_app::components::editor::import::{import_csv, import_json};
use proposal_app::state::editor::{Editor, EditorContext, StorageNotice, DRAFT_STORE};
use proposal_app::storage;
use proposal_engine::catalog::fingerprint;
use proposal_engine::{default_catalog, Catalog, Lang, Money};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn clear_store() {
    for k in [
        "tables.draft",
        "tables.draft.backup",
        "tables.published",
        "tables.published.backup",
    ] {
        storage::remove(k);
    }
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    catalog: Rc<Catalog>,
}

#[component]
fn Harness(props: &HarnessProps) -> Html {
    let c = props.catalog.clone();
    let editor = use_reducer(move || Editor::from_parts(c, None, None));
    html! {
        <ContextProvider<EditorContext> context={editor}>
            <EditorPage />
        </ContextProvider<EditorContext>>
    }
}

async fn render(catalog: Catalog) -> web_sys::Element {
    let root = root();
    yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps {
            catalog: Rc::new(catalog),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

async fn click(root: &web_sys::Element, selector: &str) {
    let el: web_sys::HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    el.click();
    yew::scheduler::flush().await;
}

async fn type_into(root: &web_sys::Element, selector: &str, text: &str) {
    // `value` is the same property on an input and a textarea.
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_plan_name_with_markup_is_shown_as_text() {
    clear_store();
    let mut c = default_catalog();
    c.plans[0].name.zh = "<img src=x onerror=alert(1)>".into();
    let root = render(c).await;
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "no element was injected"
    );
    assert!(text_of(&root, "[data-testid=table-plans]").contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
async fn editing_a_fee_validates_at_the_field_saves_and_undoes() {
    clear_store();
    let c = default_catalog();
    let first_fee = c.plans[0].monthly_fee;
    let root = render(c).await;
    click(
        &root,
        "[data-testid=table-plans] tbody tr[data-index='0'] button",
    )
    .await;
    assert!(root
        .query_selector("[data-testid=plan-form]")
        .unwrap()
        .is_some());
    assert!(
        text_of(&root, "[data-testid=plan-form]").contains("元/月"),
        "units are shown"
    );

    type_into(&root, "#plan-monthly_fee", "12x").await;
    assert!(
        text_of(&root, "#plan-monthly_fee-error").contains("12x"),
        "the parse error is at the field"
    );
    assert_eq!(
        DRAFT_STORE.load(),
        proposal_app::state::persist::Loaded::Empty,
        "a bad value changes nothing"
    );

    type_into(&root, "#plan-monthly_fee", "-5").await;
    assert!(
        !text_of(&root, "#plan-monthly_fee-error").is_empty(),
        "the validator's message is at the field"
    );
    assert!(text_of(&root, "[data-testid=problems]").contains("plans[0].monthly_fee"));

    type_into(&root, "#plan-monthly_fee", "9.90").await;
    assert!(text_of(&root, "[data-testid=problems]").contains("草稿校验通过"));
    let saved = match DRAFT_STORE.load() {
        proposal_app::state::persist::Loaded::Current(doc) => Catalog::from_json(&doc).unwrap(),
        other => panic!("not saved: {other:?}"),
    };
    assert_eq!(saved.plans[0].monthly_fee, Money(990), "saved at once");
    assert!(text_of(&root, "[data-testid=diff]").contains("monthly_fee"));

    click(&root, ".editor-toolbar button:first-child").await; // undo 9.90
    click(&root, ".editor-toolbar button:first-child").await; // undo -5
    let saved = match DRAFT_STORE.load() {
        proposal_app::state::persist::Loaded::Current(doc) => Catalog::from_json(&doc).unwrap(),
        other => panic!("not saved: {other:?}"),
    };
    assert_eq!(saved.plans[0].monthly_fee, first_fee, "undo is saved too");
    assert!(text_of(&root, "[data-testid=diff]").contains("草稿与已发布版本相同"));
}

#[wasm_bindgen_test]
async fn the_table_sorts_and_filters() {
    clear_store();
    let c = default_catalog();
    let first = c.plans[0].id.0.clone();
    let root = render(c.clone()).await;
    let rows = || {
        root.query_selector_all("[data-testid=table-plans] tbody tr")
            .unwrap()
            .length()
    };
    assert_eq!(rows() as usize, c.plans.len());
    type_into(&root, "#filter-plans", &first).await;
    assert!(rows() >= 1 && (rows() as usize) < c.plans.len().max(2));
    type_into(&root, "#filter-plans", "").await;
    click(&root, "[data-testid=table-plans] th:nth-child(4) button").await;
    let fees: Vec<i64> = {
        let mut v: Vec<i64> = c.plans.iter().map(|p| p.monthly_fee.0).collect();
        v.sort();
        v
    };
    let first_row = text_of(
        &root,
        "[data-testid=table-plans] tbody tr:first-child td:nth-child(4)",
    );
    assert_eq!(
        first_row,
        Money(fees[0]).format(Lang::ZhCn),
        "sorted by fee, cheapest first"
    );
}

#[wasm_bindgen_test]
fn json_round_trip_is_identical_and_bad_files_name_line_and_field() {
    let c = default_catalog();
    let back = import_json(&c.to_json()).unwrap();
    assert_eq!(fingerprint(&back), fingerprint(&c));
    let err = import_json("{\n  \"plans\": [").unwrap_err();
    assert!(err[0].contains("line 2"), "{err:?}");

    let csv = plans_to_csv(&c);
    let (plans, _) = plans_from_csv(&csv, Lang::En).unwrap();
    assert_eq!(plans, c.plans, "CSV round trip");
    let mut lines: Vec<String> = csv.lines().map(String::from).collect();
    lines[2] = lines[2].replacen(
        &format!(
            ",{},",
            proposal_app::components::editor::yuan_text(c.plans[1].monthly_fee)
        ),
        ",12x,",
        1,
    );
    let err = import_csv(&c, &lines.join("\n"), Lang::En).unwrap_err();
    assert!(
        err.iter()
            .any(|e| e.starts_with("line 3, field monthly_fee")),
        "{err:?}"
    );
}

#[wasm_bindgen_test]
fn the_diff_names_old_and_new() {
    let c = default_catalog();
    let mut d = c.clone();
    d.plans[0].monthly_fee = Money(12_345);
    d.plans.pop();
    let changes = diff(&c, &d);
    assert!(changes.iter().any(|x| matches!(x, Change::Field { path, new, .. } if path.ends_with("monthly_fee") && new == "12345")), "{changes:?}");
    assert!(changes.iter().any(|x| matches!(x, Change::Removed(_))));
}

#[wasm_bindgen_test]
fn a_damaged_draft_is_restored_from_the_backup() {
    clear_store();
    let mut c = default_catalog();
    c.plans[0].monthly_fee = Money(111);
    DRAFT_STORE.save(&c.to_json()).unwrap();
    c.plans[0].monthly_fee = Money(222);
    DRAFT_STORE.save(&c.to_json()).unwrap();
    storage::save("tables.draft", "garbage");
    let editor = Editor::restore();
    assert!(matches!(editor.notice, Some(StorageNotice::Restored(_))));
    assert_eq!(editor.current().plans[0].monthly_fee, Money(111));
    storage::save("tables.draft.backup", "garbage");
    let editor = Editor::restore();
    assert!(matches!(editor.notice, Some(StorageNotice::Corrupted(_))));
    clear_store();
}

#[wasm_bindgen_test]
async fn publishing_bumps_the_version_and_empties_the_diff() {
    clear_store();
    let c = default_catalog();
    let version = c.version;
    let root = render(c).await;
    assert!(text_of(&root, "[data-testid=diff]").contains("草稿与已发布版本相同"));
    click(
        &root,
        "[data-testid=table-plans] tbody tr[data-index='0'] button",
    )
    .await;
    type_into(&root, "#filter-plans", "plan").await;
    type_into(&root, "#plan-monthly_fee", "1.23").await;
    assert!(
        root.query_selector("#plan-monthly_fee").unwrap().is_some(),
        "the form stays open"
    );
    let input: web_sys::HtmlInputElement = root
        .query_selector("#filter-plans")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "plan", "the filter survives an edit");
    assert!(
        text_of(&root, "[data-testid=diff]").contains("¥1.23"),
        "amounts read as money"
    );
    type_into(&root, "#publish-date", "2027-01-01").await;
    click(&root, "[data-testid=diff] .row button").await;
    let diff_text = text_of(&root, "[data-testid=diff]");
    assert!(diff_text.contains("草稿与已发布版本相同"), "{diff_text}");
    assert!(
        diff_text.contains(&format!("{} · 2027-01-01", version + 1)),
        "{diff_text}"
    );
    assert!(
        storage::load("tables.published").is_some(),
        "the published tables are stored"
    );
    clear_store();
}

#[wasm_bindgen_test]
async fn a_promotion_is_added_and_edited_with_errors_at_the_field() {
    clear_store();
    let c = default_catalog();
    let n = c.promotions.len();
    let root = render(c).await;
    let tabs = root.query_selector_all(".editor-tabs button").unwrap();
    let promotions: web_sys::HtmlElement = tabs.item(3).unwrap().dyn_into().unwrap();
    promotions.click();
    yew::scheduler::flush().await;
    click(&root, ".editor-table > button").await;
    let rows = root
        .query_selector_all("[data-testid=table-promotions] tbody tr")
        .unwrap()
        .length() as usize;
    assert_eq!(rows, n + 1, "a promotion was added");
    assert!(text_of(&root, "[data-testid=diff]").contains("新增"));
    let textarea: web_sys::HtmlInputElement = root
        .query_selector("#item-json")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let json = textarea.value();
    assert!(json.contains("\"from_month\""), "{json}");

    type_into(&root, "#item-json", "{ \"id\": ").await;
    assert!(
        text_of(&root, "#item-json-error").contains("line 1"),
        "the syntax error is at the field"
    );

    let mut item: serde_json::Value = serde_json::from_str(&json).unwrap();
    item["to_month"] = serde_json::json!(0);
    type_into(&root, "#item-json", &item.to_string()).await;
    assert!(
        text_of(&root, "#item-json-error").contains("to_month"),
        "the validator's message is at the item: {}",
        text_of(&root, "#item-json-error")
    );
    let saved = match DRAFT_STORE.load() {
        proposal_app::state::persist::Loaded::Current(doc) => Catalog::from_json(&doc).unwrap(),
        other => panic!("not saved: {other:?}"),
    };
    assert_eq!(saved.promotions.len(), n + 1);
    assert_eq!(saved.promotions[n].to_month, 0);
    clear_store();
}

#[wasm_bindgen_test]
fn a_rep_link_carries_the_tables_exactly() {
    use proposal_app::components::editor::adopt::{pct, unpct};
    let c = default_catalog();
    let json = serde_json::to_string(&c).unwrap();
    let back = Catalog::from_json(&unpct(&pct(&json)).unwrap()).unwrap();
    assert_eq!(fingerprint(&back), fingerprint(&c));
    assert_eq!(unpct("%E4%B8%AD"), Some("中".into()));
    assert_eq!(unpct("%ZZ"), None, "a damaged link is refused, not misread");
}
