//! Undo and redo: every change a step, keystrokes in one field one step.
use crate::state::history::{History, MAX_STEPS};

#[test]
fn undo_and_redo_walk_the_steps_and_a_new_change_drops_the_redo_steps() {
    let mut h = History::new(1);
    h.push(2);
    h.push(3);
    assert!(h.undo());
    assert_eq!(**h.present(), 2);
    assert!(h.redo());
    assert_eq!(**h.present(), 3);
    assert!(h.undo() && h.undo());
    assert!(!h.undo(), "nothing before the first state");
    h.push(7);
    assert!(!h.can_redo());
    assert_eq!(**h.present(), 7);
}

#[test]
fn keystrokes_in_one_field_are_one_step_until_another_field() {
    let mut h = History::new(0);
    h.push_field(1, "fee");
    h.push_field(12, "fee");
    h.push_field(123, "fee");
    h.push_field(5, "name");
    assert!(h.undo());
    assert_eq!(**h.present(), 123);
    assert!(h.undo());
    assert_eq!(**h.present(), 0, "the three keystrokes were one step");
    assert!(!h.can_undo());
}

#[test]
fn leaving_the_field_ends_its_step() {
    let mut h = History::new(0);
    h.push_field(1, "fee");
    assert!(h.commit());
    assert!(!h.commit(), "nothing open any more");
    h.push_field(2, "fee");
    assert!(h.undo());
    assert_eq!(**h.present(), 1);
}

#[test]
fn typing_a_field_back_to_where_it_began_leaves_no_step() {
    let mut h = History::new(1);
    h.push_field(2, "a");
    h.push_field(1, "a");
    assert!(!h.can_undo());
}

#[test]
fn only_the_last_steps_are_kept() {
    let mut h = History::new(0);
    for i in 1..=(MAX_STEPS + 10) {
        h.push(i);
    }
    let mut undone = 0;
    while h.undo() {
        undone += 1;
    }
    assert_eq!(undone, MAX_STEPS);
    assert_eq!(**h.present(), 10);
}
