//! Bilingual text: every name and description in the package tables carries
//! zh-CN and en, so the same tables serve a Chinese counter and an English UI.
use serde::{Deserialize, Serialize};

/// The two languages of the product.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The colon between a label and its value: full-width in Chinese.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::ZhCn => "：",
            Lang::En => ": ",
        }
    }
}

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// Both languages, `中文 / English`: for a message shown before a
    /// language is known (the command line's stderr, a link's refusal).
    pub fn both(&self) -> String {
        format!("{} / {}", self.zh, self.en)
    }

    /// The items as one list in each language's own punctuation: "、"
    /// between Chinese items, ", " between English ones.
    pub fn list<'a>(items: impl IntoIterator<Item = &'a Text>) -> Text {
        let (zh, en): (Vec<&str>, Vec<&str>) = items
            .into_iter()
            .map(|t| (t.zh.as_str(), t.en.as_str()))
            .unzip();
        Text::new(zh.join("、"), en.join(", "))
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.zh,
            Lang::En => &self.en,
        }
    }
}
