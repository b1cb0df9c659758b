//! The editor's reducer and how it restores: undo steps, the tables the
//! counter prices with, publishing, adopting, and the storage notices.
use std::rc::Rc;

use proposal_engine::{default_catalog, Catalog, Money};
use yew::Reducible;

use crate::state::editor::{Editor, EditorAction, StorageNotice, DRAFT_STORE, PUBLISHED_STORE};
use crate::state::persist::{Loaded, SaveError};
use crate::storage;

fn fresh() -> Rc<Editor> {
    Rc::new(Editor::from_parts(Rc::new(default_catalog()), None, None))
}

fn with_fee(c: &Catalog, fen: i64) -> Catalog {
    let mut next = c.clone();
    next.plans[0].monthly_fee = Money(fen);
    next
}

#[test]
fn an_edit_is_one_undoable_step_and_an_unchanged_one_is_none() {
    let e = fresh();
    let same = e
        .clone()
        .reduce(EditorAction::Edit((**e.current()).clone()));
    assert!(Rc::ptr_eq(&e, &same));
    let edited = e
        .clone()
        .reduce(EditorAction::Edit(with_fee(e.current(), 990)));
    assert_eq!(edited.current().plans[0].monthly_fee, Money(990));
    let undone = edited.reduce(EditorAction::Undo);
    assert_eq!(undone.current(), e.current());
    assert!(undone.draft.can_redo());
}

#[test]
fn keystrokes_in_one_field_are_one_step_until_the_field_is_left() {
    let e = fresh();
    let field = || "plans[0].monthly_fee".to_string();
    let typed = [9, 99, 990].into_iter().fold(e.clone(), |e, fen| {
        let catalog = with_fee(e.current(), fen);
        e.reduce(EditorAction::EditField {
            catalog,
            field: field(),
        })
    });
    let left = typed.reduce(EditorAction::Commit);
    let next = with_fee(left.current(), 1_000);
    let again = left.reduce(EditorAction::EditField {
        catalog: next,
        field: field(),
    });
    let once = again.reduce(EditorAction::Undo);
    assert_eq!(once.current().plans[0].monthly_fee, Money(990));
    let twice = once.reduce(EditorAction::Undo);
    assert_eq!(twice.current(), e.current());
}

#[test]
fn the_counter_keeps_pricing_with_the_last_valid_draft() {
    let e = fresh();
    let valid = e.reduce(EditorAction::Edit(with_fee(&default_catalog(), 990)));
    let invalid = valid
        .clone()
        .reduce(EditorAction::Edit(with_fee(valid.current(), -5)));
    assert_eq!(invalid.current().plans[0].monthly_fee, Money(-5));
    assert_eq!(invalid.active.plans[0].monthly_fee, Money(990));
}

#[test]
fn publishing_bumps_the_version_and_takes_the_effective_date() {
    let e = fresh();
    let version = e.published.version;
    let edited = e.reduce(EditorAction::Edit(with_fee(&default_catalog(), 990)));
    let published = edited.reduce(EditorAction::Publish("2026-03-01".into()));
    assert_eq!(published.published.version, version + 1);
    assert_eq!(published.published.effective_from, "2026-03-01");
    assert_eq!(published.published.plans[0].monthly_fee, Money(990));
    assert_eq!(
        **published.current(),
        *published.published,
        "the draft is what was published"
    );
}

#[test]
fn adopted_tables_become_the_published_ones_and_the_draft() {
    let mut sent = with_fee(&default_catalog(), 4_200);
    sent.version = 9;
    let adopted = fresh().reduce(EditorAction::Adopt(sent.clone()));
    assert_eq!(*adopted.published, sent);
    assert_eq!(**adopted.current(), sent);
    assert!(adopted.draft.can_undo(), "the rep can step back");
}

#[test]
fn a_refused_save_is_reported_until_a_save_works_again() {
    let refused = fresh().reduce(EditorAction::Saved(Err(SaveError::Refused)));
    assert_eq!(refused.notice, Some(StorageNotice::Refused));
    let again = refused.reduce(EditorAction::Saved(Ok(())));
    assert_eq!(again.notice, None);
    let restored = Rc::new(Editor::from_parts(
        Rc::new(default_catalog()),
        None,
        Some(StorageNotice::Restored("why".into())),
    ));
    let kept = restored.clone().reduce(EditorAction::Saved(Ok(())));
    assert!(
        Rc::ptr_eq(&kept, &restored),
        "a restore notice stays until dismissed"
    );
    assert_eq!(kept.reduce(EditorAction::DismissNotice).notice, None);
}

#[test]
fn the_reducer_never_writes_to_storage() {
    let e = fresh().reduce(EditorAction::Edit(with_fee(&default_catalog(), 990)));
    e.reduce(EditorAction::Publish("2026-03-01".into()));
    assert_eq!(DRAFT_STORE.load(), Loaded::Empty);
    assert_eq!(PUBLISHED_STORE.load(), Loaded::Empty);
}

#[test]
fn a_fresh_device_edits_the_shipped_tables() {
    let e = Editor::restore();
    assert_eq!(*e.published, default_catalog());
    assert_eq!(**e.current(), default_catalog());
    assert_eq!(e.notice, None);
}

#[test]
fn a_stored_draft_is_restored_and_a_damaged_one_comes_from_its_backup() {
    let older = with_fee(&default_catalog(), 100);
    let newer = with_fee(&default_catalog(), 200);
    DRAFT_STORE.save(&older.to_json()).unwrap();
    DRAFT_STORE.save(&newer.to_json()).unwrap();
    assert_eq!(**Editor::restore().current(), newer);
    storage::save("tables.draft", "v1\n{damaged");
    let e = Editor::restore();
    assert_eq!(**e.current(), older);
    assert!(matches!(e.notice, Some(StorageNotice::Restored(_))));
}

#[test]
fn unreadable_tables_are_reported_and_the_shipped_ones_used() {
    storage::save("tables.draft", "garbage{");
    let e = Editor::restore();
    assert!(matches!(e.notice, Some(StorageNotice::Corrupted(_))));
    assert_eq!(**e.current(), default_catalog());
}
