//! The counter's reducer: what each action does to the intake, and that
//! the reducer itself never writes to storage (the autosave does).
use proposal_engine::customer::UsageField;
use std::rc::Rc;

use proposal_engine::catalog::LineKind;
use yew::Reducible;

use crate::state::intake::LineField;
use crate::state::presets::Preset;
use crate::state::rep::Rep;
use crate::state::session::{LinkMeta, Session, SessionAction};
use crate::storage;

fn run(actions: impl IntoIterator<Item = SessionAction>) -> Rc<Session> {
    actions
        .into_iter()
        .fold(Rc::new(Session::default()), |s, a| s.reduce(a))
}

#[test]
fn added_lines_get_fresh_ids_that_survive_a_removal() {
    let s = run([
        SessionAction::AddLine(LineKind::Mobile),
        SessionAction::AddLine(LineKind::Landline),
        SessionAction::RemoveLine(0),
        SessionAction::AddLine(LineKind::Broadband),
    ]);
    let ids: Vec<u32> = s.intake.lines.iter().map(|l| l.id).collect();
    assert_eq!(ids, vec![1, 2]);
    assert_eq!(s.intake.lines[1].kind, LineKind::Broadband);
}

#[test]
fn changing_a_lines_kind_keeps_its_label_and_fee_and_resets_its_usage() {
    let s = run([
        SessionAction::AddLine(LineKind::Mobile),
        SessionAction::SetField(0, LineField::Label, "老板".into()),
        SessionAction::SetField(0, LineField::Fee, "99".into()),
        SessionAction::SetField(0, LineField::Usage(UsageField::DomesticMin), "500".into()),
        SessionAction::SetKind(0, LineKind::Broadband),
    ]);
    let line = &s.intake.lines[0];
    assert_eq!((line.label.as_str(), line.fee.as_str()), ("老板", "99"));
    assert_eq!(line.get(LineField::Usage(UsageField::DomesticMin)), "0");
    assert_eq!(line.get(LineField::Usage(UsageField::MinSpeedMbps)), "300");
}

#[test]
fn a_quick_start_forgets_what_a_shared_link_brought() {
    let meta = LinkMeta {
        rep: Rep {
            name: "王".into(),
            phone: "10000".into(),
            ..Rep::default()
        },
        valid_until: "2026-02-01".into(),
        edited_json: "{}".into(),
        customer: "CODE".into(),
        approval: None,
        tables: Some(proposal_engine::default_catalog().reference()),
    };
    let opened = run([SessionAction::Load(Box::new((
        Default::default(),
        None,
        meta,
    )))]);
    assert_eq!(opened.link_rep.as_ref().unwrap().name, "王");
    assert_eq!(opened.link_patch, "{}");
    assert_eq!(opened.valid_until, "2026-02-01");
    assert_eq!(opened.link_tables.as_ref().map(|t| t.version), Some(1));
    assert_eq!(
        opened.link_customer, "CODE",
        "the link's customer is kept as data"
    );
    let edited = opened.clone().reduce(SessionAction::Name("新".into()));
    assert_eq!(
        edited.link_customer, "",
        "an edit makes the typed intake the customer"
    );
    assert_eq!(
        opened
            .clone()
            .reduce(SessionAction::ValidUntil("2026-03-01".into()))
            .link_customer,
        "CODE",
        "not an intake edit"
    );
    let fresh = opened.reduce(SessionAction::QuickStart(Preset::Family));
    assert_eq!(fresh.link_rep, None);
    assert!(fresh.link_patch.is_empty());
    assert_eq!(fresh.intake.lines.len(), 4);
}

#[test]
fn a_link_without_a_rep_leaves_the_devices_rep() {
    let s = run([SessionAction::Load(Box::new((
        Default::default(),
        None,
        LinkMeta::default(),
    )))]);
    assert_eq!(s.link_rep, None);
}

#[test]
fn reset_starts_over() {
    let s = run([
        SessionAction::QuickStart(Preset::Office),
        SessionAction::ValidUntil("2026-03-01".into()),
        SessionAction::Reset,
    ]);
    assert_eq!(*s, Session::default());
}

#[test]
fn the_reducer_never_writes_to_storage() {
    run([
        SessionAction::QuickStart(Preset::Family),
        SessionAction::Name("张三".into()),
    ]);
    assert_eq!(storage::load("session.v1"), None);
}

#[test]
fn a_saved_session_restores_and_an_older_one_takes_defaults() {
    let s = run([
        SessionAction::QuickStart(Preset::StreetShop),
        SessionAction::Name("小店".into()),
    ]);
    assert!(s.save());
    assert_eq!(Session::restore(), *s);
    storage::save("session.v1", r#"{"intake":{"name":"旧"},"chosen":null}"#);
    let old = Session::restore();
    assert_eq!(old.intake.name, "旧");
    assert!(old.valid_until.is_empty() && old.link_rep.is_none());
    storage::save("session.v1", "not json");
    assert_eq!(Session::restore(), Session::default());
}

#[test]
fn a_quick_start_over_a_typed_customer_starts_a_new_one_with_no_id() {
    let typed = run([
        SessionAction::QuickStart(Preset::StreetShop),
        SessionAction::Name("陈记五金".into()),
        SessionAction::CustomerId("K20261203-1".into()),
        SessionAction::ValidUntil("2026-12-31".into()),
    ]);
    assert!(
        typed.typed(),
        "a name typed over a quick start is a customer"
    );
    for next in [
        typed
            .clone()
            .reduce(SessionAction::QuickStart(Preset::Family)),
        typed
            .clone()
            .reduce(SessionAction::FromSpend(proposal_engine::Money(30_000), 2)),
    ] {
        assert_eq!(next.customer_id, "", "a fresh id: the book keeps both");
        assert_eq!(next.intake.name, "");
        assert!(next.valid_until.is_empty() && next.chosen.is_none());
        assert!(!next.typed(), "only a quick start's so far");
    }
}

#[test]
fn quick_starts_tried_one_after_another_are_one_customer() {
    let tried = run([
        SessionAction::QuickStart(Preset::StreetShop),
        SessionAction::CustomerId("K20261203-1".into()),
    ]);
    assert!(!tried.typed());
    let next = tried.reduce(SessionAction::QuickStart(Preset::Office));
    assert_eq!(next.customer_id, "K20261203-1", "still the customer tried");
    assert!(!next.typed());
    assert!(!Session::default().typed(), "nobody typed");
    let edited = next.reduce(SessionAction::SetField(0, LineField::Fee, "60".into()));
    assert!(edited.typed(), "a figure typed makes it a customer");
    let saved = serde_json::to_string(&*run([SessionAction::AddLine(LineKind::Mobile)])).unwrap();
    assert!(
        !saved.contains("from_quick_start"),
        "not written when false: {saved}"
    );
}
