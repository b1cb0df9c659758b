//! Issue 15's suggestions at the counter, on the host: a hotel's
//! suggestions come from the tables, a tap adds the service where it fits
//! (and nothing is added without it), and a taken one is not shown again.
use proposal_engine::catalog::{default_catalog, ItemId, LineKind};
use proposal_engine::screen::suggestions::suggestions;
use yew::Reducible;

use crate::state::intake::{LineField, SegmentChoice};
use crate::state::session::{Session, SessionAction};

fn run(s: Session, actions: impl IntoIterator<Item = SessionAction>) -> Session {
    let mut s = std::rc::Rc::new(s);
    for a in actions {
        s = s.reduce(a);
    }
    (*s).clone()
}

#[test]
fn a_tap_adds_the_suggested_service_where_it_fits_and_only_then() {
    use SessionAction::*;
    let catalog = default_catalog();
    let hotel = run(
        Session::default(),
        [
            Segment(SegmentChoice::Business),
            Industry("酒店".into()),
            AddLine(LineKind::Mobile),
            SetField(0, LineField::Count, "6".into()),
            SetField(0, LineField::Fee, "50".into()),
            AddLine(LineKind::Landline),
            SetField(1, LineField::Fee, "60".into()),
        ],
    );
    let customer = hotel.intake.parse_for(&catalog).0.unwrap();
    assert!(
        customer.lines.iter().all(|l| l.features.is_empty()),
        "nothing added by itself"
    );
    assert!(customer.account_features.is_empty());
    let shown = suggestions(&catalog, &customer);
    let taps: Vec<_> = shown.iter().filter_map(|s| s.accept.clone()).collect();
    assert_eq!(taps.len(), 2, "switchboard and push-to-talk: {shown:?}");
    let after = run(hotel, taps.into_iter().map(Accept));
    let c = after.intake.parse_for(&catalog).0.unwrap();
    assert_eq!(c.account_features, vec![ItemId::new("addon.switchboard")]);
    assert_eq!(
        c.lines
            .iter()
            .filter(|l| l.features == vec![ItemId::new("addon.ptt")])
            .count(),
        6
    );
    assert!(
        c.lines[6].features.is_empty(),
        "the landline takes no push-to-talk"
    );
    // Taken: only the featured package (a marker) is left.
    let left = suggestions(&catalog, &c);
    assert!(left.iter().all(|s| s.accept.is_none()), "{left:?}");
}
