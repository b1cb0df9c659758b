//! The host's published tables (`tables/current.json`) reaching a tablet:
//! a newer version is taken (the draft follows unless it holds unpublished
//! edits), the same one kept, a damaged or foreign file refused and said.
use std::rc::Rc;

use proposal_engine::screen::price_book::TablesSource;
use proposal_engine::{default_catalog, Catalog, Money};
use yew::Reducible;

use crate::state::editor::{Editor, EditorAction};

fn fresh() -> Rc<Editor> {
    Rc::new(Editor::from_parts(Rc::new(default_catalog()), None, None))
}

fn version_2() -> Catalog {
    let mut next = default_catalog();
    next.plans[0].monthly_fee = Money(4_200);
    next.version = 2;
    next.effective_from = "2026-12-15".into();
    next
}

fn host(e: Rc<Editor>, text: &str) -> Rc<Editor> {
    e.reduce(EditorAction::HostFile(text.into()))
}

#[test]
fn a_newer_version_on_the_host_is_priced_with_and_named() {
    let taken = host(fresh(), &version_2().to_published_json());
    assert_eq!(*taken.published, version_2());
    assert_eq!(*taken.active, version_2(), "the counter prices with it");
    assert_eq!(taken.source, TablesSource::Host);
    assert_eq!(taken.host_refused, None);
}

#[test]
fn the_same_version_changes_nothing() {
    let e = fresh();
    let kept = host(e.clone(), &default_catalog().to_published_json());
    assert_eq!(kept.published, e.published);
    assert_eq!(kept.draft, e.draft);
    assert!(kept.host_checked && !e.host_checked, "the host answered");
    let unreachable = e.reduce(EditorAction::HostUnreachable);
    assert!(unreachable.host_checked);
}

#[test]
fn unpublished_edits_stay_the_draft() {
    let mut edited = default_catalog();
    edited.plans[1].monthly_fee = Money(1);
    let e = fresh().reduce(EditorAction::Edit(edited.clone()));
    let taken = host(e, &version_2().to_published_json());
    assert_eq!(*taken.published, version_2());
    assert_eq!(
        **taken.current(),
        edited,
        "the manager's edits are not lost"
    );
}

#[test]
fn a_damaged_or_foreign_file_is_refused_and_the_tables_stay() {
    let mut foreign = version_2();
    foreign.id = "other".into();
    let mut tampered: serde_json::Value =
        serde_json::from_str(&version_2().to_published_json()).unwrap();
    tampered["plans"][0]["monthly_fee"] = 1.into();
    for text in [
        "{\"plans\": [".to_string(),
        foreign.to_published_json(),
        tampered.to_string(),
    ] {
        let refused = host(fresh(), &text);
        assert_eq!(*refused.published, default_catalog(), "{text:.40}");
        let why = refused.host_refused.clone().expect("said");
        assert!(why.zh.contains("继续使用第 1 版"), "{}", why.zh);
    }
}

#[test]
fn the_file_is_kept_as_it_came_and_the_next_start_prices_with_it() {
    let text = version_2().to_published_json();
    let taken = host(fresh(), &text);
    let file = taken.host_file.clone().expect("kept");
    assert_eq!(&*file.text, text.as_str());
    assert!(file.draft_followed);
    // What KeepTables saves, read back as the next start reads it.
    crate::state::editor::PUBLISHED_STORE
        .save(&file.text)
        .unwrap();
    crate::state::editor::DRAFT_STORE.save(&file.text).unwrap();
    let next = Editor::restore();
    assert_eq!(*next.published, version_2());
    assert_eq!(*next.active, version_2());
    assert_eq!(next.source, TablesSource::Device);
}

#[test]
fn every_version_is_kept_and_a_link_finds_exactly_its_own() {
    use crate::components::editor::history::known_versions;
    use crate::state::editor::versions::{keep_version, stored_link_version, stored_versions};
    let v1 = default_catalog();
    let v2 = version_2();
    assert!(keep_version(1, &v1.to_published_json()));
    assert!(keep_version(2, &v2.to_published_json()));
    assert_eq!(stored_versions(2), vec![v1.clone(), v2.clone()]);
    assert_eq!(stored_link_version(&v1.reference()), Some(v1.clone()));
    let mut other = v1.reference();
    other.fingerprint = "0000000000000000".into();
    assert_eq!(
        stored_link_version(&other),
        None,
        "same number, other tables"
    );
    let mut v3 = v2.clone();
    v3.version = 3;
    let known: Vec<u32> = known_versions(&v3).iter().map(|c| c.version).collect();
    assert_eq!(
        known,
        vec![1, 2, 3],
        "kept ones and the published, oldest first"
    );
}
