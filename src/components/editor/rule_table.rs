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
                            <tr><th scope="row"><code>{ f }</code></th><td>{ m }</td><td>{ s }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
