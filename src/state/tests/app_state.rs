//! The language and the rep remembered on the device.
use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Lang;
use crate::state::rep::Rep;
use crate::state::{Action, AppState};
use crate::storage;

#[test]
fn the_language_is_chinese_until_english_was_chosen_and_saved() {
    assert_eq!(AppState::restore().lang, Lang::ZhCn);
    let s = Rc::new(AppState::restore()).reduce(Action::SetLang(Lang::En));
    assert_eq!(s.lang, Lang::En);
    assert_eq!(
        AppState::restore().lang,
        Lang::ZhCn,
        "the reducer does not save"
    );
    assert!(s.save());
    assert_eq!(AppState::restore().lang, Lang::En);
}

#[test]
fn choosing_the_language_in_use_changes_nothing() {
    let s = Rc::new(AppState { lang: Lang::ZhCn });
    let same = s.clone().reduce(Action::SetLang(Lang::ZhCn));
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn the_rep_is_remembered_on_the_device() {
    assert_eq!(Rep::restore(), Rep::default());
    let rep = Rep {
        name: "李四".into(),
        phone: "138 0000 0000".into(),
        role: crate::state::rep::Role::Supervisor,
    };
    assert!(rep.save());
    assert_eq!(Rep::restore(), rep);
    storage::save("rep.v1", "{broken");
    assert_eq!(Rep::restore(), Rep::default());
}

#[test]
fn a_phone_is_digits_spaces_and_signs_of_5_to_20_characters() {
    let problem = |phone: &str| {
        Rep {
            phone: phone.into(),
            ..Rep::default()
        }
        .phone_problem()
    };
    assert!(!problem(""), "not yet entered");
    assert!(!problem("+86 (10) 1000-0000"));
    assert!(problem("1234"), "too short");
    assert!(problem("123456789012345678901"), "too long");
    assert!(problem("10000a"));
    assert!(problem("-----"), "no digit");
}
