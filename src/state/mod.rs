//! The app's state, each part in its own `use_reducer` shared through
//! context: the language (here), the rep's session at the counter
//! ([`session`]) and the managers' package tables ([`editor`]). Every action
//! returns a new `Rc` so Yew re-renders; reducers never touch storage: an
//! effect saves each part after it changed ([`autosave`]).
use std::rc::Rc;

use yew::prelude::*;

pub mod autosave;
pub mod book;
pub mod catalog;
pub mod deferred;
pub mod editor;
pub mod history;
pub mod intake;
pub mod line_fields;
pub mod persist;
pub mod presets;
pub mod rep;
pub mod session;
pub mod session_tables;
pub mod share_link;

use crate::i18n::Lang;
use crate::storage;

const LANG_KEY: &str = "lang";

/// What every page can read.
#[derive(Clone, PartialEq, Debug)]
pub struct AppState {
    pub lang: Lang,
}

/// What a user can ask of the app-wide state.
pub enum Action {
    SetLang(Lang),
}

impl AppState {
    /// The state a fresh page starts from: the language remembered on this
    /// device, else Chinese (the counter's language).
    pub fn restore() -> Self {
        let lang = match storage::load(LANG_KEY).as_deref() {
            Some("en") => Lang::En,
            _ => Lang::ZhCn,
        };
        AppState { lang }
    }

    /// Remembers the language on this device; false when storage refused.
    pub fn save(&self) -> bool {
        storage::save(LANG_KEY, crate::i18n::html_lang(self.lang))
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLang(lang) if lang == self.lang => self,
            Action::SetLang(lang) => Rc::new(AppState { lang }),
        }
    }
}

/// The handle pages and components take from context.
pub type AppContext = UseReducerHandle<AppState>;

/// The current language, for components that only need to translate.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<AppContext>()
        .map(|s| s.lang)
        .unwrap_or(Lang::ZhCn)
}

/// Host tests (the storage stand-in exists only off wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
