//! A problem found by validation: where (`plans[3].monthly_fee`) and what, in
//! plain words in both languages, so the managers' editor shows the Chinese
//! text in the Chinese UI and the command-line tool prints the one `--lang`
//! asks for. Validation returns every problem at once, never a panic.
use serde::{Deserialize, Serialize};

use crate::text::{Lang, Text};

mod json;
pub use json::{json_detail, json_problem};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The field, as a JSON path (`lines[2].usage.data_mb`); empty for the
    /// whole document (a syntax error).
    pub path: String,
    pub message: Text,
}

impl Problem {
    pub fn new(path: impl Into<String>, zh: impl Into<String>, en: impl Into<String>) -> Problem {
        Problem {
            path: path.into(),
            message: Text::new(zh, en),
        }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        self.message.get(lang)
    }

    /// `path: message` in `lang`, or the message alone for the whole document.
    pub fn line(&self, lang: Lang) -> String {
        match self.path.as_str() {
            "" => self.get(lang).to_string(),
            path => format!("{path}: {}", self.get(lang)),
        }
    }
}

/// English, for logs and test failures; users see [`Problem::line`] in their language.
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// Collects problems under a path prefix.
#[derive(Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// A problem at `path`, in Chinese and English.
    pub fn add(&mut self, path: impl Into<String>, zh: impl Into<String>, en: impl Into<String>) {
        self.0.push(Problem::new(path, zh, en));
    }

    /// Adds the message (`zh`, `en`) at `path` when `bad`.
    pub fn check(&mut self, bad: bool, path: impl FnOnce() -> String, zh: &str, en: &str) {
        if bad {
            self.add(path(), zh, en);
        }
    }

    pub fn into_result(self) -> Result<(), Vec<Problem>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// Problems listed one a line in `lang` (`path: message`): the form a file's
/// refusal takes in the command-line tool and a stored document's check.
pub fn lines(problems: &[Problem], lang: Lang) -> Vec<String> {
    problems.iter().map(|p| p.line(lang)).collect()
}
