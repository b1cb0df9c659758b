//! Issue 15 at the counter, on the host: a line's count, services, handset
//! and current plan, the account's services, extras and tenure months,
//! field checks at their fields in the engine's words, the approval in the
//! session, and a group reopened from its customer as one card.
use proposal_engine::catalog::{default_catalog, ItemId, LineKind};
use proposal_engine::customer::HandsetMode;
use proposal_engine::figures::FieldProblem;
use proposal_engine::optimize::authority::Approval;
use proposal_engine::Money;
use yew::Reducible;

use crate::state::intake::{IntakeDraft, LineDraft, LineField, SegmentChoice};
use crate::state::session::{Session, SessionAction};

fn run(actions: impl IntoIterator<Item = SessionAction>) -> Session {
    let mut s = std::rc::Rc::new(Session::default());
    for a in actions {
        s = s.reduce(a);
    }
    (*s).clone()
}

/// The hotel restaurant of issue 15 as a rep enters it.
fn hotel() -> Session {
    use SessionAction::*;
    run([
        Segment(SegmentChoice::Business),
        AddLine(LineKind::Mobile),
        SetField(0, LineField::Count, "2".into()),
        SetField(0, LineField::Fee, "199".into()),
        AddLine(LineKind::Mobile),
        SetField(1, LineField::Count, "6".into()),
        SetField(1, LineField::Fee, "50".into()),
        ToggleService(1, ItemId::new("addon.ptt")),
        AddLine(LineKind::Landline),
        SetField(2, LineField::Fee, "60".into()),
        SetField(2, LineField::CurrentPlan, "商务固话旧版".into()),
        ToggleAccountService(ItemId::new("addon.switchboard")),
        AccountFee("50".into()),
        Tenure("4".into()),
        TenureMonths("11".into()),
    ])
}

#[test]
fn a_group_card_is_that_many_lines_with_its_services_and_the_account_extras() {
    let s = hotel();
    let (c, errors) = s.intake.parse_for(&default_catalog());
    assert!(errors.is_empty(), "{errors:?}");
    let c = c.unwrap();
    assert_eq!(c.lines.len(), 9, "2 + 6 + 1 lines");
    assert_eq!(c.groups(), vec![(0, 2), (2, 6), (8, 1)]);
    assert!(c.lines[2..8]
        .iter()
        .all(|l| l.features == vec![ItemId::new("addon.ptt")]));
    assert_eq!(c.lines[8].current_plan, "商务固话旧版");
    assert_eq!(c.account_features, vec![ItemId::new("addon.switchboard")]);
    assert_eq!(c.current_account_fee, Money(5_000));
    assert_eq!(c.tenure_months, 59, "4 years and 11 months: not 48");
    // Reopened (a link at the counter): one card per group, as typed.
    let again = IntakeDraft::from_customer(&c);
    assert_eq!(again.lines.len(), 3);
    assert_eq!(again.lines[1].count, "6");
    assert_eq!(again.tenure_months, "11");
    assert_eq!(again.account_fee, "50");
    assert_eq!(again.parse().0.unwrap(), c);
}

#[test]
fn a_count_of_0_or_over_the_line_limit_is_refused_at_its_field() {
    for bad in ["0", "5001", "two"] {
        let s = run([
            SessionAction::AddLine(LineKind::Mobile),
            SessionAction::SetField(0, LineField::Fee, "50".into()),
            SessionAction::SetField(0, LineField::Count, bad.into()),
        ]);
        let (c, errors) = s.intake.parse();
        assert!(c.is_none(), "{bad}");
        let id = s.intake.lines[0].field_id(LineField::Count);
        assert_eq!(errors.get(&id), Some(&FieldProblem::LineCount), "{bad}");
    }
    // Two cards of 3,000: over the limit together, said at the last count.
    let mut s = run([
        SessionAction::AddLine(LineKind::Mobile),
        SessionAction::AddLine(LineKind::Mobile),
    ]);
    for l in &mut s.intake.lines {
        l.fee = "10".into();
        l.count = "3000".into();
    }
    let (c, errors) = s.intake.parse();
    assert!(c.is_none());
    assert!(errors.contains_key(&s.intake.lines[1].field_id(LineField::Count)));
}

#[test]
fn a_service_that_does_not_fit_or_a_handset_on_a_landline_is_said_at_its_field() {
    let cat = default_catalog();
    let mut desk = LineDraft::new(0, LineKind::Landline);
    desk.fee = "60".into();
    desk.services = vec![ItemId::new("addon.ptt")];
    desk.handset = Some(ItemId::new("handset.redmi"));
    let draft = IntakeDraft {
        lines: vec![desk.clone()],
        next_id: 1,
        ..IntakeDraft::default()
    };
    let (c, errors) = draft.parse_for(&cat);
    assert!(
        c.is_none(),
        "never priced with the service silently dropped"
    );
    let said = |id: &str| errors.get(id).map(|e| e.message());
    let services = said(&desk.services_id()).unwrap();
    assert_eq!(services.zh, "天翼对讲不适用于固话");
    assert!(!services.en.is_empty());
    assert!(said(&desk.handset_id())
        .unwrap()
        .zh
        .contains("固话不能配手机"));
}

#[test]
fn a_handset_and_its_mode_reach_the_customer_and_an_approval_is_kept_until_a_new_customer() {
    use SessionAction::*;
    let s = run([
        AddLine(LineKind::Mobile),
        SetField(0, LineField::Fee, "129".into()),
        SetHandset(0, Some(ItemId::new("handset.nova"))),
        SetHandsetMode(0, HandsetMode::Outright),
        Approve(Approval::new(2, "王主管")),
    ]);
    let c = s.intake.parse_for(&default_catalog()).0.unwrap();
    assert_eq!(c.lines[0].wants_handset, Some(ItemId::new("handset.nova")));
    assert_eq!(c.lines[0].handset_mode, HandsetMode::Outright);
    assert_eq!(s.approval.as_ref().map(|a| a.level), Some(2));
    // Saved and restored with the session.
    let json = serde_json::to_string(&s).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    let s = std::rc::Rc::new(s).reduce(SessionAction::Reset);
    assert_eq!(s.approval, None);
    // A blank approver's name is no approval.
    assert_eq!(Approval::new(2, "  "), None);
}

#[test]
fn a_session_saved_before_issue_15_still_loads() {
    let old = r#"{"intake":{"name":"","segment":"Business","cluster":null,"industry":"","tenure_years":"3","months_left":"","exit_fee":"","lines":[{"id":0,"kind":"mobile","label":"","fee":"58","origin":"this_operator","domestic_min":"300"}],"next_id":1},"chosen":null}"#;
    let s: Session = serde_json::from_str(old).unwrap();
    assert_eq!(s.intake.lines[0].count, "");
    assert!(s.intake.lines[0].services.is_empty());
    assert_eq!(s.approval, None);
    let c = s.intake.parse().0.unwrap();
    assert_eq!(c.lines.len(), 1);
    assert_eq!(c.tenure_months, 36);
}
