//! Where a validator's problem is, in a manager's words: the item by its
//! list and name, the field by the form's label (`融合套餐「家庭融合129元」·
//! 月费`), never the internal path (`bundles[4].monthly_fee`). The lists come
//! from the engine's list of item lists ([`ItemList`]), the labels from the
//! editor's field tables ([`Item::entries`]), so a new field is named here
//! as soon as its form shows it.
use proposal_engine::catalog::{
    AddOn, Brand, Bundle, ExclusionGroup, Handset, ItemList, OneOffFee, Plan, Policy, Promotion,
};
use proposal_engine::{Catalog, Lang, Problem, Text};

use super::form::field::Entry;
use super::form::Item;
use super::tab::Tab;
use crate::i18n::{EditorMsg, Translate};

/// Whether `path` is `key` itself or inside it (`key.x`, `key[1]`).
fn within(path: &str, key: &str) -> bool {
    !key.is_empty()
        && path
            .strip_prefix(key)
            .is_some_and(|r| r.is_empty() || r.starts_with('.') || r.starts_with('['))
}

/// `label` (with its number: `成员 2`) in both languages.
fn labelled(label: impl Translate, number: Option<usize>) -> Text {
    let (zh, en) = label.pair();
    match number {
        Some(n) => Text::new(format!("{zh} {n}"), format!("{en} {n}")),
        None => Text::new(zh, en),
    }
}

/// The form's words for `rest` inside `item` (`monthly_fee`,
/// `slots[1].max`): the heading of the part it is in, then the field's label.
pub fn field_label<T: Item>(item: &T, rest: &str) -> Option<Text> {
    let mut group: Option<(usize, Text)> = None;
    let mut field: Option<(usize, Text)> = None;
    for entry in item.entries() {
        let (len, text, slot) = match entry {
            Entry::Field(f) if within(rest, &f.key) => {
                (f.key.len(), labelled(f.label, None), &mut field)
            }
            Entry::Group {
                label, number, key, ..
            } if within(rest, &key) => (key.len(), labelled(label, number), &mut group),
            _ => continue,
        };
        if slot.as_ref().is_none_or(|(n, _)| len > *n) {
            *slot = Some((len, text));
        }
    }
    match (group, field) {
        (Some((_, g)), Some((_, f))) => Some(Text::new(
            format!("{} · {}", g.zh, f.zh),
            format!("{} · {}", g.en, f.en),
        )),
        (g, f) => f.or(g).map(|(_, t)| t),
    }
}

/// `融合套餐「家庭融合129元」· 月费` for item `index` of type `T`.
fn in_item<T: Item>(c: &Catalog, tab: Tab, index: usize, rest: &str) -> Option<Text> {
    let item = T::at(c, index)?;
    let (list_zh, list_en) = tab.label().pair();
    let (zh, en) = (item.title(Lang::ZhCn), item.title(Lang::En));
    let mut place = Text::new(format!("{list_zh}「{zh}」"), format!("{list_en} \"{en}\""));
    if let Some(label) = field_label(item, rest) {
        place = Text::new(
            // `」· 月费`: the closing bracket already stands apart.
            format!("{}· {}", place.zh, label.zh),
            format!("{} · {}", place.en, label.en),
        );
    }
    Some(place)
}

/// The place of `path` in `c` in words; none for the whole file (an empty
/// path) or a path the editor has no words for.
pub fn place(c: &Catalog, path: &str) -> Option<Text> {
    let cut = path.find(['[', '.']).unwrap_or(path.len());
    let (head, tail) = path.split_at(cut);
    if let Some(rest) = tail.strip_prefix('[') {
        let (i, rest) = rest.split_once(']')?;
        let index: usize = i.parse().ok()?;
        let rest = rest.trim_start_matches('.');
        let list = ItemList::ALL.into_iter().find(|l| l.key() == head)?;
        let tab = Tab::List(list);
        return match list {
            ItemList::Plans => in_item::<Plan>(c, tab, index, rest),
            ItemList::Bundles => in_item::<Bundle>(c, tab, index, rest),
            ItemList::AddOns => in_item::<AddOn>(c, tab, index, rest),
            ItemList::Promotions => in_item::<Promotion>(c, tab, index, rest),
            ItemList::Handsets => in_item::<Handset>(c, tab, index, rest),
            ItemList::Fees => in_item::<OneOffFee>(c, tab, index, rest),
            ItemList::ExclusionGroups => in_item::<ExclusionGroup>(c, tab, index, rest),
        };
    }
    let rest = tail.trim_start_matches('.');
    match head {
        "brand" => in_item::<Brand>(c, Tab::Brand, 0, rest),
        "policy" => in_item::<Policy>(c, Tab::Brand, 0, rest),
        "credit_cap" => Some(labelled(EditorMsg::CreditCap, None)),
        "fingerprint" => Some(labelled(EditorMsg::Fingerprint, None)),
        "version" => Some(labelled(EditorMsg::Version, None)),
        "effective_from" => Some(labelled(EditorMsg::EffectiveFrom, None)),
        _ => None,
    }
}

/// `place：message` in both languages; the message alone when the path
/// names nothing the editor shows (never the path itself).
pub fn problem_text(c: &Catalog, p: &Problem) -> Text {
    match place(c, &p.path) {
        Some(at) => Text::new(
            format!("{}：{}", at.zh, p.message.zh),
            format!("{}: {}", at.en, p.message.en),
        ),
        None => p.message.clone(),
    }
}

/// [`problem_text`] in `lang`.
pub fn problem_line(c: &Catalog, p: &Problem, lang: Lang) -> String {
    problem_text(c, p).get(lang).to_string()
}
