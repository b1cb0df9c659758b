//! The book's reducer and its storage on the device (the in-memory
//! stand-in): kept across a reload, a damaged copy falls back to the
//! backup, an unreadable one is kept aside, a refused save is said, the
//! counter's hand-over is taken in once, delete is undone.
use std::rc::Rc;

use proposal_engine::book::{Outcome, Status, Visit};
use proposal_engine::catalog::LineKind;
use proposal_engine::Date;
use yew::Reducible;

use super::{inbox, save, sync, BookAction, BookState, StorageNotice, BOOK_STORE};
use crate::state::session::{Session, SessionAction};
use crate::storage;

fn today() -> Date {
    Date::parse("2026-12-03").unwrap()
}

fn tables() -> proposal_engine::Catalog {
    crate::browser::json::default_tables()
}

fn customer(name: &str) -> Session {
    let s = Rc::new(Session::default());
    let s = s.reduce(SessionAction::Name(name.into()));
    let s = s.reduce(SessionAction::AddLine(LineKind::Mobile));
    (*s).clone()
}

#[test]
fn the_counters_customers_are_kept_across_a_reload_and_never_overwrite_each_other() {
    let a = customer("张记餐馆");
    let (book, id_a) = sync::absorb(&Default::default(), &[], &a, &tables(), today());
    let id_a = id_a.unwrap();
    save(&book).unwrap();
    // "新客户": the counter hands A over and starts B.
    let mut a_kept = a.clone();
    a_kept.customer_id = id_a.clone();
    assert!(inbox::push(&a_kept));
    let b = customer("李氏五金");
    let state = BookState::restore_with_inbox(&tables(), today());
    assert_eq!(inbox::waiting(), Vec::<String>::new(), "taken in once");
    let (book, id_b) = sync::absorb(&state.book, &[], &b, &tables(), today());
    assert_ne!(id_b.unwrap(), id_a);
    save(&book).unwrap();
    let again = BookState::restore();
    assert_eq!(again.book.customers.len(), 2);
    assert_eq!(again.notice, None);
    let reopened = sync::session_of(again.book.get(&id_a).unwrap(), &tables()).unwrap();
    assert_eq!(reopened.intake, a.intake);
    assert_eq!(reopened.customer_id, id_a);
}

#[test]
fn a_blank_counter_is_nobody() {
    let (book, id) = sync::absorb(
        &Default::default(),
        &[],
        &Session::default(),
        &tables(),
        today(),
    );
    assert!(book.customers.is_empty() && id.is_none());
}

#[test]
fn delete_is_undone_and_a_visit_sets_the_status() {
    let (book, id) = sync::absorb(
        &Default::default(),
        &[],
        &customer("甲"),
        &tables(),
        today(),
    );
    let id = id.unwrap();
    let s = Rc::new(BookState::default()).reduce(BookAction::Replace(book.clone()));
    let s = s.reduce(BookAction::Delete(id.clone()));
    assert!(s.book.customers.is_empty());
    let s = s.reduce(BookAction::Undo);
    assert_eq!(*s.book, book);
    let visit = Visit {
        outcome: Outcome::FollowUp,
        follow_up: Some(today()),
        ..Visit::default()
    };
    let s = s.reduce(BookAction::Visit(id.clone(), Box::new(visit)));
    assert_eq!(s.book.get(&id).unwrap().status, Status::FollowUp);
}

#[test]
fn damaged_storage_falls_back_or_is_kept_aside_and_a_refused_save_is_said() {
    let (book, _) = sync::absorb(
        &Default::default(),
        &[],
        &customer("甲"),
        &tables(),
        today(),
    );
    save(&book).unwrap();
    save(&book).unwrap();
    storage::save(BOOK_STORE.key, "v1\n{broken");
    let s = BookState::restore();
    assert_eq!(*s.book, book);
    assert!(matches!(s.notice, Some(StorageNotice::Restored(_))));
    storage::remove("book.backup");
    let s = BookState::restore();
    assert!(s.book.customers.is_empty());
    assert!(matches!(s.notice, Some(StorageNotice::Corrupted(_))));
    assert_eq!(
        storage::load("book.damaged").as_deref(),
        Some("v1\n{broken")
    );
    storage::refuse_saves(true);
    let refused = save(&book);
    storage::refuse_saves(false);
    let s = Rc::new(BookState::default()).reduce(BookAction::Saved(refused));
    assert_eq!(s.notice, Some(StorageNotice::Refused));
    let s = s.reduce(BookAction::Saved(Ok(())));
    assert_eq!(s.notice, None);
}

#[test]
fn a_quick_start_over_a_typed_customer_hands_it_over_and_never_overwrites_it() {
    use crate::state::presets::Preset;
    // The counter's 陈记五金, already kept by the book under its id.
    let a = Rc::new(Session::default())
        .reduce(SessionAction::QuickStart(Preset::StreetShop))
        .reduce(SessionAction::Name("陈记五金".into()));
    let (book, id_a) = sync::absorb(&Default::default(), &[], &a, &tables(), today());
    let id_a = id_a.unwrap();
    save(&book).unwrap();
    let a = a.reduce(SessionAction::CustomerId(id_a.clone()));
    // A quick start over it: handed to the inbox, the new one has no id.
    assert!(inbox::keep_before_quick_start(&a));
    assert_eq!(inbox::waiting().len(), 1);
    let b = a
        .clone()
        .reduce(SessionAction::QuickStart(Preset::Family))
        .reduce(SessionAction::Name("李家".into()));
    assert_eq!(b.customer_id, "");
    // The book opens: the inbox, then the counter's new customer.
    let state = BookState::restore_with_inbox(&tables(), today());
    let (book, id_b) = sync::absorb(&state.book, &[], &b, &tables(), today());
    assert_ne!(id_b.unwrap(), id_a);
    let names: Vec<&str> = book.customers.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["李家", "陈记五金"], "both kept");
    let kept = sync::session_of(book.get(&id_a).unwrap(), &tables()).unwrap();
    assert_eq!(kept.intake, a.intake, "the first exactly as typed");
}

#[test]
fn quick_starts_on_an_empty_or_untyped_customer_hand_nobody_over() {
    use crate::state::presets::Preset;
    let empty = Rc::new(Session::default());
    assert!(inbox::keep_before_quick_start(&empty));
    let tried = empty.reduce(SessionAction::QuickStart(Preset::Office));
    assert!(inbox::keep_before_quick_start(&tried));
    let tried = tried.reduce(SessionAction::FromSpend(proposal_engine::Money(50_000), 3));
    assert!(inbox::keep_before_quick_start(&tried));
    assert_eq!(
        inbox::waiting(),
        Vec::<String>::new(),
        "the book is not flooded"
    );
    // Storage refusing: the typed customer stays at the counter.
    let typed = tried.reduce(SessionAction::Name("王记".into()));
    storage::refuse_saves(true);
    let kept = inbox::keep_before_quick_start(&typed);
    storage::refuse_saves(false);
    assert!(!kept, "the counter keeps the customer rather than lose it");
}

/// A proposal the rep chose under version 1 is kept in the book at version
/// 1's prices; once version 2 is in use it reopens at version 1's prices
/// (kept on the device, or built into the app) and is saved back at them,
/// until the rep re-prices it.
#[test]
fn a_saved_proposal_reopens_at_the_version_it_was_priced_with() {
    use crate::state::catalog::ActiveCatalog;
    use crate::state::session_tables::{earlier_in_use, priced_with, session_tables};
    use proposal_engine::{optimize, Money, Options};
    let v1 = tables();
    let mut v2 = v1.clone();
    v2.version = 2;
    for p in &mut v2.plans {
        p.monthly_fee = Money(p.monthly_fee.0 + 1_000);
    }
    for b in &mut v2.bundles {
        b.monthly_fee = Money(b.monthly_fee.0 + 1_000);
    }
    let s = Rc::new(customer("王记茶行"));
    let line = s.intake.lines[0].id;
    let s = s.reduce(SessionAction::SetField(
        line,
        crate::state::intake::LineField::Fee,
        "199".into(),
    ));
    let parsed = s.intake.parse_for(&v1).0.expect("a customer");
    let best = optimize(&v1, &parsed, &Options::default())
        .unwrap()
        .alternatives[0]
        .clone();
    let tables = priced_with(&s, &v1, &v1);
    let s = s.reduce(SessionAction::Choose(best.proposal.clone(), tables));
    assert_eq!(s.link_tables, Some(v1.reference()));
    let (book, id) = sync::absorb(&Default::default(), &[], &s, &v1, today());
    let id = id.unwrap();
    let saved = book.get(&id).unwrap().offer.clone().unwrap();
    assert_eq!(saved.term_saving, Some(best.priced.savings.horizon));
    // Version 2 is published: the book keeps version 1's saving…
    let (book, _) = sync::absorb(&book, &[], &s, &v2, today());
    assert_eq!(book.get(&id).unwrap().offer, Some(saved.clone()));
    // …and the record reopens at version 1's prices, marked.
    let reopened = sync::session_of(book.get(&id).unwrap(), &v2).unwrap();
    let current = ActiveCatalog(Rc::new(v2.clone()));
    let priced = session_tables("", reopened.link_tables.as_ref(), &current);
    assert_eq!(*priced.0, v1, "version 1 is built into the app");
    assert!(earlier_in_use(&reopened, &priced.0, &v2).is_some());
    // Re-priced: the current tables from then on, saved at their prices.
    let again = Rc::new(reopened).reduce(SessionAction::Reprice(Some(best.proposal.clone())));
    assert_eq!(again.link_tables, None);
    let (book, _) = sync::absorb(&book, &[], &again, &v2, today());
    let now = book.get(&id).unwrap().offer.clone().unwrap();
    assert!(now.term_saving < saved.term_saving, "¥10 a month dearer");
}
