//! The quick starts and the spend-band path give complete intakes.
use proposal_engine::catalog::LineKind;
use proposal_engine::Money;

use crate::state::presets::{from_spend, preset, Preset};

fn kinds(p: Preset) -> Vec<LineKind> {
    preset(p).lines.iter().map(|l| l.kind).collect()
}

#[test]
fn every_quick_start_parses_without_an_error() {
    for p in [Preset::Family, Preset::StreetShop, Preset::Office] {
        let (customer, errors) = preset(p).parse();
        assert!(errors.is_empty(), "{p:?}: {errors:?}");
        assert!(customer.is_some(), "{p:?}");
    }
}

#[test]
fn the_family_is_three_mobiles_and_broadband() {
    use LineKind::*;
    assert_eq!(
        kinds(Preset::Family),
        vec![Mobile, Mobile, Mobile, Broadband]
    );
}

#[test]
fn the_office_has_40_lines_with_distinct_ids_and_the_next_id_after_them() {
    let draft = preset(Preset::Office);
    assert_eq!(draft.lines.len(), 40);
    let ids: std::collections::BTreeSet<u32> = draft.lines.iter().map(|l| l.id).collect();
    assert_eq!(ids.len(), 40);
    assert_eq!(draft.next_id, 40);
    let landlines = kinds(Preset::Office)
        .iter()
        .filter(|k| **k == LineKind::Landline)
        .count();
    assert_eq!(landlines, 4);
}

#[test]
fn a_spend_band_splits_the_bill_over_the_mobiles() {
    let draft = from_spend(Money(30_000), 3);
    assert_eq!(draft.lines.len(), 3);
    let customer = draft.parse().0.unwrap();
    assert!(customer
        .lines
        .iter()
        .all(|l| l.current_monthly_fee == Money(10_000)));
    assert_eq!(customer.current_monthly_bill(), Money(30_000));
}

#[test]
fn a_spend_band_for_no_mobiles_still_has_one_line() {
    assert_eq!(from_spend(Money(5_000), 0).lines.len(), 1);
    assert_eq!(from_spend(Money(5_000), 1_000).lines.len(), 200);
}

#[test]
fn a_larger_bill_per_line_means_more_usage() {
    let usage = |fee| from_spend(Money(fee), 1).parse().0.unwrap().lines[0].usage;
    let (small, large) = (usage(3_000), usage(20_000));
    assert!(large.domestic_min > small.domestic_min);
    assert!(large.data_mb > small.data_mb);
}
