//! The translation table: every UI string, in zh-CN and en, reached through
//! one function, `t(lang, msg)`. Each area of the app keeps its strings in its
//! own file (an enum implementing [`Translate`]) so areas grow independently:
//! [`Msg`] the shell, [`CounterMsg`], [`ProposalMsg`], [`SharedMsg`] (the link
//! and self-check), [`EditorMsg`], and the editor's forms in [`editor_form`]
//! (`FormMsg` labels, `UnitMsg` units, `ChoiceMsg` choices).
mod counter;
mod editor;
pub mod editor_form;
mod proposal;
mod shared;
mod shell;
mod whole;

pub use counter::CounterMsg;
pub use editor::EditorMsg;
pub use proposal::ProposalMsg;
pub use shared::SharedMsg;
pub use shell::Msg;
pub use whole::WholeMsg;

pub use proposal_engine::Lang;

/// A UI string with its two translations.
pub trait Translate: Copy {
    /// `(zh-CN, en)`.
    fn pair(self) -> (&'static str, &'static str);
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: impl Translate) -> &'static str {
    let (zh, en) = msg.pair();
    match lang {
        Lang::ZhCn => zh,
        Lang::En => en,
    }
}

/// `t` with `{}` replaced by `value` (a month number, a percentage).
pub fn tf(lang: Lang, msg: impl Translate, value: impl std::fmt::Display) -> String {
    t(lang, msg).replacen("{}", &value.to_string(), 1)
}

/// `t` with the first two `{}` replaced by `a` and `b` ("months 3–6").
pub fn tf2(
    lang: Lang,
    msg: impl Translate,
    a: impl std::fmt::Display,
    b: impl std::fmt::Display,
) -> String {
    t(lang, msg)
        .replacen("{}", &a.to_string(), 1)
        .replacen("{}", &b.to_string(), 1)
}

/// The BCP 47 tag of `lang`, for `<html lang>` so fonts and screen readers follow.
pub fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "zh-CN",
        Lang::En => "en",
    }
}
