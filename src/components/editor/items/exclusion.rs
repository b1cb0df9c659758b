//! An exclusion group's field table: at most one of its members may be in
//! a proposal (组合互斥).
use proposal_engine::catalog::{ExclusionGroup, ItemList};
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{ID, IDS};
use super::super::form::field::{field, part, Entry};
use super::super::form::parts::{self, name_fields};
use super::super::form::Item;
use crate::i18n::editor_form::F;

impl Item for ExclusionGroup {
    const PREFIX: &'static str = "group";
    const TITLE: F = F::EditingGroup;

    list_item!(ItemList::ExclusionGroups, exclusion_groups);
    fn entries(&self) -> Vec<Entry<Self>> {
        parts::entries(
            [field!(ExclusionGroup, id, ID, F::Id)]
                .into_iter()
                .chain(part!(ExclusionGroup, name, name_fields()))
                .chain([field!(ExclusionGroup, members, IDS, F::Members)]),
        )
    }
}
