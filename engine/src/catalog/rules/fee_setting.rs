//! What the given tables set for the one-off fee rule (`fees[].line_kinds`,
//! `fees[].origins`), in words, for the rule table (`list.rs`).
use super::super::{Catalog, OneOffFee};
use crate::text::{Lang, Text};

fn each(c: &Catalog, say: impl Fn(&OneOffFee, Lang) -> String) -> Text {
    super::per_item::per_item(c.fees.iter(), |f| &f.name, say)
}

pub(super) fn line_kinds(c: &Catalog) -> Text {
    each(c, |f, lang| {
        if f.line_kinds.is_empty() {
            return match lang {
                Lang::ZhCn => "不限（套餐每号一次，融合套餐每套一次）".into(),
                Lang::En => "any (once per plan line, once per bundle instance)".into(),
            };
        }
        let names: Vec<String> = f
            .line_kinds
            .iter()
            .map(|k| k.name().get(lang).to_string())
            .collect();
        names.join(if lang == Lang::ZhCn { "、" } else { ", " })
    })
}

pub(super) fn origins(c: &Catalog) -> Text {
    each(c, |f, lang| {
        if f.origins.is_empty() {
            return match lang {
                Lang::ZhCn => "全部号码".into(),
                Lang::En => "every line".into(),
            };
        }
        let names: Vec<String> = f
            .origins
            .iter()
            .map(|o| o.name().get(lang).to_string())
            .collect();
        names.join(if lang == Lang::ZhCn { "、" } else { ", " })
    })
}
