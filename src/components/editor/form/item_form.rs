//! The form of one item of any type: every field with its unit through one
//! field row; what was typed is kept, a value that does not parse is
//! explained at the field, and the engine's validator runs on every accepted
//! change with its message at the field. Keystrokes in one field are one undo
//! step until the field is left. Only this glue is built per item type; the
//! markup ([`form_view`]) is shared.
use std::collections::HashMap;
use std::rc::Rc;

use proposal_engine::{Catalog, Problem};
use yew::prelude::*;

use super::field::{Entry, Shape};
use super::field_view::{field_part, field_path, shown};
use super::form_view::{form_view, FormView, Part};
use super::Item;
use crate::components::editor::pending::use_pending_report;
use crate::i18n::t;
use crate::state::editor::{EditorAction, EditorContext};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ItemFormProps {
    pub index: usize,
    pub problems: Rc<Vec<Problem>>,
    pub onclose: Callback<()>,
}

/// The tables with item `index` replaced by `item`.
fn replaced<T: Item>(c: &Catalog, index: usize, item: T) -> Catalog {
    let mut next = c.clone();
    if let Some(slot) = T::at_mut(&mut next, index) {
        *slot = item;
    }
    next
}

#[component]
pub fn ItemForm<T: Item>(props: &ItemFormProps) -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let raw = use_state(HashMap::<String, String>::new);
    let catalog = editor.current().clone();
    let index = props.index;
    let item = T::at(&catalog, index).cloned();
    // Fields whose text does not parse: the problems list must not call the draft valid.
    let unread = item.iter().flat_map(|item| {
        let raw = &raw;
        item.fields().into_iter().filter_map(move |f| {
            let (_, error) = shown(item, &f, raw.get(&*f.key).cloned(), lang);
            error.map(|_| t(lang, f.label).to_string())
        })
    });
    use_pending_report(format!("{}-form", T::PREFIX), unread.collect());
    let Some(item) = item else {
        return html! {};
    };
    let path = T::path(index);
    let onact = {
        let (editor, catalog, item, raw) =
            (editor.clone(), catalog.clone(), item.clone(), raw.clone());
        Callback::from(move |shape: Shape| {
            let mut changed = item.clone();
            changed.act(shape);
            if changed != item {
                // Keys now name other parts: what was typed no longer applies.
                raw.set(HashMap::new());
                editor.dispatch(EditorAction::Edit(replaced(&catalog, index, changed)));
            }
        })
    };
    let entries = item.entries();
    let oninput = {
        let (raw, editor, catalog, item, path) = (
            raw.clone(),
            editor.clone(),
            catalog.clone(),
            item.clone(),
            path.clone(),
        );
        let fields: Vec<_> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Field(f) => Some(f.clone()),
                Entry::Group { .. } | Entry::Action { .. } => None,
            })
            .collect();
        Callback::from(move |(key, text, discrete): (String, String, bool)| {
            let mut typed = (*raw).clone();
            typed.insert(key.clone(), text.clone());
            raw.set(typed);
            let Some(field) = fields.iter().find(|f| f.key == key) else {
                return;
            };
            let mut x = item.clone();
            if field.set(&mut x, &text).is_ok() && x != item {
                let catalog = replaced(&catalog, index, x);
                editor.dispatch(if discrete {
                    EditorAction::Edit(catalog)
                } else {
                    let field = field_path(&path, &key);
                    EditorAction::EditField { catalog, field }
                });
            }
        })
    };
    let onleave = {
        let editor = editor.clone();
        Callback::from(move |_| editor.dispatch(EditorAction::Commit))
    };
    let parts = entries.into_iter().map(|entry| match entry {
        Entry::Field(field) => {
            let (value, parse_error) = shown(&item, &field, raw.get(&*field.key).cloned(), lang);
            field_part(
                &field,
                value,
                parse_error,
                lang,
                &props.problems,
                &path,
                T::PREFIX,
            )
        }
        Entry::Group {
            label,
            number,
            key,
            remove,
        } => {
            let at = field_path(&path, &key);
            let errors = props
                .problems
                .iter()
                .filter(|p| !key.is_empty() && p.path == at);
            Part::Group {
                title: format!(
                    "{}{}",
                    t(lang, label),
                    number.map(|n| format!(" {n}")).unwrap_or_default()
                ),
                sub: number.is_some(),
                errors: errors.map(|p| p.get(lang).to_string()).collect(),
                remove,
            }
        }
        Entry::Action { label, action } => Part::Action {
            label: t(lang, label),
            action,
        },
    });
    form_view(FormView {
        lang,
        testid: format!("{}-form", T::PREFIX),
        title: t(lang, T::TITLE),
        name: item.title(lang),
        parts: parts.collect(),
        oninput,
        onact,
        onleave,
        onclose: props.onclose.clone(),
        list: T::LIST,
        json_index: T::json_index(index),
        problems: props.problems.clone(),
    })
}
