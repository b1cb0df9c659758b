//! One rule's setting item by item, for the rule table: `名称：设置；…`.
use crate::text::{Lang, Text};

/// `say` for each of `items`, after its name (`name`), joined in each
/// language; `无` / `none` when there are none.
pub(super) fn per_item<'a, T: 'a>(
    items: impl Iterator<Item = &'a T> + Clone,
    name: impl Fn(&T) -> &Text,
    say: impl Fn(&T, Lang) -> String,
) -> Text {
    let each = |lang: Lang| {
        let rows: Vec<String> = items
            .clone()
            .map(|item| match lang {
                Lang::ZhCn => format!("{}：{}", name(item).zh, say(item, lang)),
                Lang::En => format!("{}: {}", name(item).en, say(item, lang)),
            })
            .collect();
        match (rows.is_empty(), lang) {
            (true, Lang::ZhCn) => "无".to_string(),
            (true, Lang::En) => "none".to_string(),
            (false, Lang::ZhCn) => rows.join("；"),
            (false, Lang::En) => rows.join("; "),
        }
    };
    Text::new(each(Lang::ZhCn), each(Lang::En))
}
