//! What the given tables set for each bundle rule, in words (the third
//! column of [`super::list::pricing_rules`]), rendered per bundle from the
//! tables themselves.
use super::super::{Bundle, Catalog, FreeCallScope, HandsetFeeShare};
use crate::text::{Lang, Text};

/// `say` for each bundle, `名称：…` joined; `无` / `none` without bundles.
fn per_bundle(c: &Catalog, say: impl Fn(&Bundle, Lang) -> String) -> Text {
    super::per_item::per_item(c.bundles.iter(), |b| &b.name, say)
}

/// Which calls each bundle frees (`free_calls_scope`).
pub(super) fn free_calls_scope(c: &Catalog) -> Text {
    per_bundle(c, |b, lang| {
        let zh_en = match (b.free_calls_among_members, b.free_calls_scope) {
            (false, _) => ("成员间通话不免费", "no free calls"),
            (true, FreeCallScope::SameInstance) => {
                ("same_instance：同一份内成员间", "same_instance")
            }
            (true, FreeCallScope::AllOwnLines) => ("all_own_lines：所有自有号码", "all_own_lines"),
        };
        pick(zh_en, lang)
    })
}

/// Whether each bundle's free calls include long distance.
pub(super) fn free_calls_long_distance(c: &Catalog) -> Text {
    per_bundle(c, |b, lang| {
        let zh_en = if b.free_calls_long_distance {
            ("含长途", "true")
        } else {
            ("仅本地", "false")
        };
        pick(zh_en, lang)
    })
}

/// Each bundle's per-account limit.
pub(super) fn max_instances(c: &Catalog) -> Text {
    per_bundle(c, |b, lang| match (b.max_instances, lang) {
        (0, Lang::ZhCn) => "不限".to_string(),
        (0, Lang::En) => "0 (no limit)".to_string(),
        (n, Lang::ZhCn) => format!("每户限办 {n} 份"),
        (n, Lang::En) => n.to_string(),
    })
}

/// What counts toward each bundle's members' handset minimum.
pub(super) fn handset_fee_share(c: &Catalog) -> Text {
    per_bundle(c, |b, lang| {
        let zh_en = match b.handset_fee_share {
            HandsetFeeShare::Shared => ("shared：成员月费 + 套餐月费分摊", "shared"),
            HandsetFeeShare::MemberFee => ("member_fee：只计成员月费", "member_fee"),
        };
        pick(zh_en, lang)
    })
}

fn pick((zh, en): (&str, &str), lang: Lang) -> String {
    match lang {
        Lang::ZhCn => zh.to_string(),
        Lang::En => en.to_string(),
    }
}
