//! The intake as typed: a bad or blank value is an error at its field, never
//! a silent zero; a good one becomes the engine's customer.
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{LineOrigin, Segment, UsageField::*};
use proposal_engine::Money;

use crate::state::intake::{IntakeDraft, LineDraft, LineField, SegmentChoice};
use crate::state::presets::{preset, Preset};

fn one_mobile(edit: impl FnOnce(&mut LineDraft)) -> IntakeDraft {
    let mut line = LineDraft::new(0, LineKind::Mobile);
    line.fee = "58".into();
    edit(&mut line);
    IntakeDraft {
        lines: vec![line],
        next_id: 1,
        ..IntakeDraft::default()
    }
}

#[test]
fn a_blank_fee_is_an_error_at_its_field_not_zero() {
    let draft = one_mobile(|l| l.fee = "  ".into());
    let (customer, errors) = draft.parse();
    assert!(customer.is_none());
    assert!(errors.contains_key(&draft.lines[0].field_id(LineField::Fee)));
}

#[test]
fn text_that_is_not_an_amount_is_an_error_at_its_field() {
    let draft = one_mobile(|l| l.fee = "12x".into());
    let (customer, errors) = draft.parse();
    assert!(customer.is_none());
    assert_eq!(
        errors.keys().collect::<Vec<_>>(),
        vec![&draft.lines[0].field_id(LineField::Fee)]
    );
}

#[test]
fn a_good_line_becomes_the_customer_with_fen_and_megabytes() {
    let draft = one_mobile(|l| {
        l.fee = "58.50".into();
        l.usage.0.insert(DataMb, "2.5".into());
        l.usage.0.insert(DomesticMin, "300".into());
        l.usage.0.insert(OwnCalls, "40".into());
    });
    let (customer, errors) = draft.parse();
    assert!(errors.is_empty(), "{errors:?}");
    let line = &customer.unwrap().lines[0];
    assert_eq!(line.current_monthly_fee, Money(5_850));
    assert_eq!(line.usage.data_mb, 2_560);
    assert_eq!(line.usage.domestic_min, 300);
    assert_eq!(line.usage.own_calls.0, 4_000);
}

#[test]
fn a_share_of_own_calls_past_100_percent_is_refused() {
    let draft = one_mobile(|l| l.set(LineField::Usage(OwnCalls), "101".into()));
    let (customer, errors) = draft.parse();
    assert!(customer.is_none());
    assert!(errors.contains_key(&draft.lines[0].field_id(LineField::Usage(OwnCalls))));
}

#[test]
fn bad_data_is_an_error_at_the_data_field() {
    let draft = one_mobile(|l| l.set(LineField::Usage(DataMb), "lots".into()));
    let (_, errors) = draft.parse();
    assert!(errors.contains_key(&draft.lines[0].field_id(LineField::Usage(DataMb))));
}

#[test]
fn no_lines_is_no_customer_and_no_error() {
    let (customer, errors) = IntakeDraft::default().parse();
    assert!(customer.is_none());
    assert!(errors.is_empty());
}

#[test]
fn tenure_in_years_becomes_months_and_a_business_keeps_its_industry() {
    let mut draft = one_mobile(|_| {});
    draft.tenure_years = "3".into();
    draft.segment = SegmentChoice::Business;
    draft.industry = " 餐饮 ".into();
    let customer = draft.parse().0.unwrap();
    assert_eq!(customer.tenure_months, 36);
    match customer.segment {
        Segment::Business { industry, .. } => assert_eq!(industry, "餐饮"),
        other => panic!("expected a business, got {other:?}"),
    }
}

#[test]
fn every_line_field_reads_back_what_was_set_and_has_its_own_id() {
    let fields: Vec<LineField> = LineField::all().collect();
    let mut line = LineDraft::new(7, LineKind::Mobile);
    for (i, f) in fields.iter().enumerate() {
        line.set(*f, format!("v{i}"));
    }
    for (i, f) in fields.iter().enumerate() {
        assert_eq!(line.get(*f), format!("v{i}"), "{f:?}");
    }
    let ids: std::collections::BTreeSet<String> =
        fields.iter().map(|f| line.field_id(*f)).collect();
    assert_eq!(ids.len(), fields.len());
    assert!(ids.iter().all(|id| id.starts_with("line-7-")));
}

#[test]
fn a_customer_opened_from_a_link_types_back_to_the_same_customer() {
    for p in [Preset::Family, Preset::StreetShop, Preset::Office] {
        let customer = preset(p).parse().0.unwrap();
        let again = IntakeDraft::from_customer(&customer).parse().0.unwrap();
        assert_eq!(again, customer, "{p:?}");
    }
}

#[test]
fn a_new_broadband_line_asks_for_300_mbps_and_a_mobile_for_none() {
    let speed = LineField::Usage(MinSpeedMbps);
    assert_eq!(LineDraft::new(0, LineKind::Broadband).get(speed), "300");
    assert_eq!(LineDraft::new(0, LineKind::Mobile).get(speed), "0");
    assert_eq!(
        LineDraft::new(0, LineKind::Mobile).fee,
        "",
        "the fee is never prefilled"
    );
}

#[test]
fn every_number_field_on_the_card_is_checked_when_parsed() {
    for field in LineField::all() {
        let Some(card) = field.on_card() else {
            continue;
        };
        let mut draft = one_mobile(|_| {});
        draft.lines[0].kind = card.kinds[0];
        draft.lines[0].set(field, "x1".into());
        let (customer, errors) = draft.parse();
        assert!(customer.is_none(), "{field:?}: bad text was accepted");
        assert!(
            errors.contains_key(&draft.lines[0].field_id(field)),
            "{field:?}"
        );
    }
}

#[test]
fn the_card_asks_a_broadband_line_for_speed_and_a_mobile_for_data() {
    let asked = |kind| -> Vec<LineField> {
        LineField::all()
            .filter(|f| f.on_card().is_some_and(|c| c.kinds.contains(&kind)))
            .collect()
    };
    use LineField::{Count, Fee, Usage as U};
    assert_eq!(
        asked(LineKind::Broadband),
        vec![Count, Fee, U(MinSpeedMbps)]
    );
    assert_eq!(
        asked(LineKind::Mobile),
        vec![
            Count,
            Fee,
            U(DomesticMin),
            U(LongDistanceMin),
            U(DataMb),
            U(Sms),
            U(OwnCalls)
        ]
    );
    assert_eq!(
        asked(LineKind::Landline),
        vec![Count, Fee, U(DomesticMin), U(LongDistanceMin), U(OwnCalls)]
    );
}

#[test]
fn where_a_line_is_today_is_carried_into_the_customer_and_back() {
    let draft = one_mobile(|l| l.origin = LineOrigin::OtherOperator);
    let customer = draft.parse().0.unwrap();
    assert_eq!(customer.lines[0].origin, LineOrigin::OtherOperator);
    let again = IntakeDraft::from_customer(&customer);
    assert_eq!(again.lines[0].origin, LineOrigin::OtherOperator);
}

/// Sessions saved before the usage table named the usage texts after the
/// draft's own fields; they load into the same texts.
#[test]
fn a_line_saved_before_the_usage_table_still_loads() {
    let old = r#"{"id":3,"kind":"mobile","label":"","fee":"58","minutes":"300","long_distance":"20","data_gb":"2.5","sms":"0","own_calls_pct":"40","speed_mbps":"0"}"#;
    let line: LineDraft = serde_json::from_str(old).unwrap();
    assert_eq!(line.get(LineField::Usage(DomesticMin)), "300");
    assert_eq!(line.get(LineField::Usage(DataMb)), "2.5");
    assert_eq!(line.get(LineField::Usage(OwnCalls)), "40");
    assert_eq!(line.origin, LineOrigin::ThisOperator);
    let saved = serde_json::to_string(&line).unwrap();
    assert_eq!(serde_json::from_str::<LineDraft>(&saved).unwrap(), line);
}

/// Issue 14: a new line's minutes and data start blank, and a blank is
/// estimated from the fee and marked, never taken as zero.
#[test]
fn blank_usage_is_estimated_from_the_fee_and_marked() {
    let fresh = LineDraft::new(0, LineKind::Mobile);
    assert_eq!(fresh.get(LineField::Usage(DomesticMin)), "");
    assert_eq!(fresh.get(LineField::Usage(DataMb)), "");
    assert_eq!(fresh.get(LineField::Usage(LongDistanceMin)), "0");
    let draft = one_mobile(|l| l.fee = "128".into());
    let customer = draft.parse().0.unwrap();
    let line = &customer.lines[0];
    assert_eq!(
        (line.usage.domestic_min, line.usage.data_mb),
        (800, 30 * 1024)
    );
    assert_eq!(line.estimated, vec![DomesticMin, DataMb]);
    assert_eq!(
        draft.lines[0].estimate_of(DomesticMin).as_deref(),
        Some("800")
    );
    assert_eq!(
        draft.lines[0].estimate_words().unwrap().zh,
        "用量按每月 ¥128.00 估算：约 800 分钟、30 GB，请与客户核对"
    );
    // Typed figures are the rep's, and are not estimated.
    let typed = one_mobile(|l| l.set(LineField::Usage(DomesticMin), "300".into()));
    let line = &typed.parse().0.unwrap().lines[0];
    assert_eq!(line.usage.domestic_min, 300);
    assert_eq!(line.estimated, vec![DataMb]);
    // Reopened at the counter, an estimate stays blank (estimated again).
    let again = IntakeDraft::from_customer(&customer);
    assert_eq!(again.lines[0].get(LineField::Usage(DomesticMin)), "");
    assert_eq!(again.parse().0.unwrap(), customer);
}

/// Issue 14: a fee far above what one line costs is questioned, not refused.
#[test]
fn an_implausible_fee_is_a_warning_not_an_error() {
    let draft = one_mobile(|l| l.fee = "99999".into());
    let (customer, errors) = draft.parse();
    assert!(customer.is_some() && errors.is_empty());
    let w = draft.lines[0].fee_warning().unwrap();
    assert!(w.zh.contains("¥99,999.00 偏高"), "{}", w.zh);
    assert!(one_mobile(|l| l.fee = "128".into()).lines[0]
        .fee_warning()
        .is_none());
    // Full-width digits of a Chinese input method, in the fee and in the usage.
    let wide = one_mobile(|l| {
        l.fee = "１２８．５".into();
        l.set(LineField::Usage(DomesticMin), "１，２００".into());
        l.set(LineField::Usage(DataMb), "２．５".into());
    });
    let line = &wide.parse().0.unwrap().lines[0];
    assert_eq!(line.current_monthly_fee, Money(12_850));
    assert_eq!(
        (line.usage.domestic_min, line.usage.data_mb),
        (1_200, 2_560)
    );
}
