//! The translation table: every UI string, in zh-CN and en, reached through
//! one function, `t(lang, msg)`. Each area of the app keeps its strings in its
//! own file (an enum implementing [`Translate`]) so areas grow independently.
mod shell;

pub use shell::Msg;

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

/// The BCP 47 tag of `lang`, for `<html lang>` so fonts and screen readers follow.
pub fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "zh-CN",
        Lang::En => "en",
    }
}
