//! How a field reads in the form: its element id, placeholder, keypad,
//! choices, the text it shows, and the messages at it.
use proposal_engine::{Lang, Problem};
use yew::AttrValue;

use super::field::{Field, FieldKind};
use super::form_view::{Part, Shown};
use super::Item;
use crate::components::editor::at_field;
use crate::i18n::editor_form::{ChoiceMsg, FormMsg};
use crate::i18n::t;

/// `slots[1].max` as an element id part: `slots-1-max`.
/// A field's path in problems: `plans[0].monthly_fee`; the key alone for
/// the tables' own fields (an item whose path is empty).
pub fn field_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

pub fn id_part(key: &str) -> String {
    key.replace("].", "-")
        .replace(['[', '.'], "-")
        .replace(']', "")
}

pub fn hint<T>(field: &Field<T>, lang: Lang) -> Option<AttrValue> {
    let e = match field.kind {
        FieldKind::Ids if field.key == "applies_to" => FormMsg::AppliesToHint,
        FieldKind::Ids => FormMsg::IdsHint,
        FieldKind::OptWhole => FormMsg::OptionalHint,
        FieldKind::OptDate => FormMsg::DateHint,
        FieldKind::Percent if field.key == "credit_cap" => FormMsg::CreditCapHint,
        FieldKind::OptMoney => FormMsg::LongDistanceRateHint,
        _ => return None,
    };
    Some(t(lang, e).into())
}

pub fn inputmode(kind: FieldKind) -> Option<AttrValue> {
    match kind {
        FieldKind::Whole | FieldKind::OptWhole => Some("numeric".into()),
        // "512 MB" needs letters.
        FieldKind::DataMb => None,
        k if k.is_number() => Some("decimal".into()),
        _ => None,
    }
}

/// A choice's options in `lang`; none for a typed field.
pub fn options(kind: FieldKind, lang: Lang) -> Option<Vec<(AttrValue, AttrValue)>> {
    let (FieldKind::Choice(options) | FieldKind::Many(options)) = kind else {
        return None;
    };
    let label = |e: ChoiceMsg| AttrValue::from(t(lang, e));
    Some(
        options
            .iter()
            .map(|(v, e)| (AttrValue::from(*v), label(*e)))
            .collect(),
    )
}

/// What a field shows and its parse error: the text as typed while it does
/// not parse, or while it reads as the stored value (`9.9` for `9.90`);
/// else the stored value (after an undo, another field's edit).
pub fn shown<T: Item>(
    item: &T,
    field: &Field<T>,
    typed: Option<String>,
    lang: Lang,
) -> (String, Option<String>) {
    let model = field.get(item);
    let parsed = typed.as_ref().map(|text| {
        let mut x = item.clone();
        field.set(&mut x, text).map(|_| field.get(&x))
    });
    match (typed, parsed) {
        (Some(text), Some(Err(e))) => (text, Some(e.get(lang).to_string())),
        (Some(text), Some(Ok(v))) if v == model => (text, None),
        _ => (model, None),
    }
}

/// The validator's messages at `path` (the field itself, or inside it), in `lang`.
pub fn problems_at(problems: &[Problem], path: &str, lang: Lang) -> Option<String> {
    let found: Vec<String> = at_field(problems, path)
        .map(|p| p.get(lang).to_string())
        .collect();
    (!found.is_empty()).then(|| found.join("; "))
}

/// A field as the form shows it: `value` and its parse error from [`shown`],
/// else the validator's messages at `path.key`.
pub fn field_part<T>(
    field: &Field<T>,
    value: String,
    parse_error: Option<String>,
    lang: Lang,
    problems: &[Problem],
    path: &str,
    prefix: &str,
) -> Part {
    let key = field.key.to_string();
    let error = parse_error.or_else(|| problems_at(problems, &field_path(path, &key), lang));
    Part::Field(Shown {
        id: format!("{prefix}-{}", id_part(&key)),
        label: t(lang, field.label),
        unit: field.unit.map(|u| t(lang, u)),
        hint: hint(field, lang),
        inputmode: inputmode(field.kind),
        options: options(field.kind, lang),
        many: matches!(field.kind, FieldKind::Many(_)),
        date: field.kind == FieldKind::OptDate,
        // A rule of the whole tables keeps its help in view, not only as
        // the empty field's placeholder.
        note: (field.key == "credit_cap").then(|| t(lang, FormMsg::CreditCapHint).into()),
        error,
        value,
        key,
    })
}
