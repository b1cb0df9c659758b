//! 计价规则 / Pricing rules: every rule that decides a figure, its field,
//! what it means and what the draft sets, as the engine lists and words them
//! (`proposal_engine::catalog::pricing_rules`, the same list README's table
//! is checked against). The app only renders it; the settings follow the
//! draft as it is edited. Only the tables page uses it, so the reps' bundle
//! does not carry the rules' texts.
use proposal_engine::catalog::{pricing_rules, rule_table_headings};
use proposal_engine::Lang;
use yew::prelude::*;

use crate::state::editor::EditorContext;
use crate::state::use_lang;

/// The rows as the table shows them: field, meaning, setting in `lang`.
pub fn rule_rows(catalog: &proposal_engine::Catalog, lang: Lang) -> Vec<[String; 3]> {
    pricing_rules(catalog)
        .iter()
        .map(|r| {
            [
                r.field.label().get(lang).to_string(),
                r.meaning.get(lang).to_string(),
                r.setting.get(lang).to_string(),
            ]
        })
        .collect()
}

/// A run of a rule's text: words in the UI's language, or a stored value
/// (`compound`, `unit`) quoted in Chinese text, or a Chinese term quoted in
/// English text, each marked so a reader (and a screen reader's voice) knows
/// which it is.
#[derive(Clone, PartialEq, Debug)]
pub enum Run {
    Words(String),
    /// A stored value: shown as `<code>`.
    Value(String),
    /// A Chinese term in English text: `<span lang="zh-CN">`.
    Chinese(String),
}

/// `text` cut into runs: in Chinese, ASCII words that start lower-case
/// (`compound`, `same_instance`; not `GB`, `5G`, `Mbps`) are values; in
/// English, Han characters and full-width punctuation are Chinese.
pub fn runs(text: &str, lang: Lang) -> Vec<Run> {
    let chars: Vec<char> = text.chars().collect();
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out: Vec<Run> = Vec::new();
    let push = |out: &mut Vec<Run>, run: Run| match (out.last_mut(), run) {
        (Some(Run::Words(w)), Run::Words(more)) => w.push_str(&more),
        (_, run) => out.push(run),
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        match lang {
            Lang::ZhCn if word(c) => {
                while i < chars.len() && word(chars[i]) {
                    i += 1;
                }
                let piece: String = chars[start..i].iter().collect();
                if c.is_ascii_lowercase() {
                    push(&mut out, Run::Value(piece));
                } else {
                    push(&mut out, Run::Words(piece));
                }
            }
            Lang::En if chinese(c) => {
                while i < chars.len() && chinese(chars[i]) {
                    i += 1;
                }
                push(&mut out, Run::Chinese(chars[start..i].iter().collect()));
            }
            _ => {
                i += 1;
                push(&mut out, Run::Words(c.to_string()));
            }
        }
    }
    out
}

fn chinese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

pub fn marked(text: &str, lang: Lang) -> Html {
    runs(text, lang)
        .into_iter()
        .map(|r| match r {
            Run::Words(w) => html! { { w } },
            Run::Value(v) => html! { <code>{ v }</code> },
            Run::Chinese(z) => html! { <span lang="zh-CN">{ z }</span> },
        })
        .collect()
}

#[component]
pub fn RuleTable() -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let rows = rule_rows(editor.current(), lang);
    let [title, field, meaning, setting] = rule_table_headings().map(|h| h.get(lang).to_string());
    html! {
        <section class="card rule-table" data-testid="pricing-rules" aria-labelledby="pricing-rules-title">
            <h2 id="pricing-rules-title">{ title }</h2>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr><th scope="col">{ field }</th><th scope="col">{ meaning }</th><th scope="col">{ setting }</th></tr>
                    </thead>
                    <tbody>
                        { for rows.into_iter().map(|[f, m, s]| html! {
                            <tr><th scope="row"><code>{ f }</code></th><td>{ marked(&m, lang) }</td><td>{ marked(&s, lang) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_in_chinese_and_chinese_terms_in_english_are_marked() {
        assert_eq!(
            runs("compound：折上折", Lang::ZhCn),
            [Run::Value("compound".into()), Run::Words("：折上折".into())]
        );
        assert_eq!(
            runs("按 unit 计，5G 套餐", Lang::ZhCn),
            [
                Run::Words("按 ".into()),
                Run::Value("unit".into()),
                Run::Words(" 计，5G 套餐".into()),
            ]
        );
        assert_eq!(
            runs("compound (折上折)", Lang::En),
            [
                Run::Words("compound (".into()),
                Run::Chinese("折上折".into()),
                Run::Words(")".into())
            ]
        );
        assert_eq!(
            runs("plain words", Lang::En),
            [Run::Words("plain words".into())]
        );
    }
}
