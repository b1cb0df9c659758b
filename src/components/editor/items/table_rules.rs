//! The tables' own rule fields outside any item (`credit_cap`, 送话费不超
//! 当月话费50%): a form of its own in the brand tab, beside the policy.
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::PERCENT;
use super::super::form::field::{field, Entry};
use super::super::form::parts;
use super::super::form::Item;
use crate::i18n::editor_form::{FormMsg, UnitMsg};

impl Item for Catalog {
    const PREFIX: &'static str = "tables";
    const TITLE: FormMsg = FormMsg::EditTableRules;
    /// The advanced JSON edits the one value (`"credit_cap": 5000`).
    const LIST: &'static str = "credit_cap";

    /// The fields are the tables' own: `credit_cap`, with no item before it.
    fn path(_index: usize) -> String {
        String::new()
    }
    fn json_index(_index: usize) -> Option<usize> {
        None
    }
    fn at(c: &Catalog, _index: usize) -> Option<&Self> {
        Some(c)
    }
    fn at_mut(c: &mut Catalog, _index: usize) -> Option<&mut Self> {
        Some(c)
    }
    /// The heading says it all: no item name after it.
    fn title(&self, _lang: Lang) -> String {
        String::new()
    }
    fn entries(&self) -> Vec<Entry<Self>> {
        parts::entries([field!(
            Catalog,
            credit_cap,
            PERCENT,
            FormMsg::CreditCap,
            UnitMsg::Percent
        )])
    }
}
