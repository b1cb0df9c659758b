//! An exclusion group's fields as text: at most one of its members may be
//! in a proposal (组合互斥).
use proposal_engine::catalog::ExclusionGroup;
use proposal_engine::{Catalog, ItemId, Lang, Text};

use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{ids, ids_text};
use super::super::form::parts;
use super::super::form::Item;
use crate::i18n::editor_form::F;

const GROUP: [Field; 2] = [
    f("id", F::Id, None, K::Text),
    f("members", F::Members, None, K::Ids),
];

impl Item for ExclusionGroup {
    const PREFIX: &'static str = "group";
    const TITLE: F = F::EditingGroup;
    const LIST: &'static str = "exclusion_groups";

    list_access!(exclusion_groups);
    fn entries(&self) -> Vec<Entry> {
        parts::opening(&GROUP, false)
    }
    fn get(&self, key: &str) -> String {
        parts::get_text(key, &self.name, None).unwrap_or_else(|| match key {
            "id" => self.id.0.clone(),
            "members" => ids_text(&self.members),
            _ => String::new(),
        })
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        if !parts::set_text(key, text, &mut self.name, None) {
            match key {
                "id" => self.id = ItemId::new(text.trim()),
                "members" => self.members = ids(text),
                _ => {}
            }
        }
        Ok(())
    }
}
