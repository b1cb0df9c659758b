//! The tables' one promotion policy (`policy`): how two discounts in one
//! month combine and which bill the credit cap is measured on. Edited in
//! the brand tab, beside the other table-wide fields.
use proposal_engine::catalog::Policy;
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{CAP_BASE, STACKING};
use super::super::form::field::{field, Entry};
use super::super::form::parts;
use super::super::form::Item;
use crate::i18n::editor_form::FormMsg;

impl Item for Policy {
    const PREFIX: &'static str = "policy";
    const TITLE: FormMsg = FormMsg::EditPolicy;
    const LIST: &'static str = "policy";

    fn path(_index: usize) -> String {
        Self::LIST.into()
    }
    fn json_index(_index: usize) -> Option<usize> {
        None
    }
    fn at(c: &Catalog, _index: usize) -> Option<&Self> {
        Some(&c.policy)
    }
    fn at_mut(c: &mut Catalog, _index: usize) -> Option<&mut Self> {
        Some(&mut c.policy)
    }
    /// The heading says it all: no item name after it.
    fn title(&self, _lang: Lang) -> String {
        String::new()
    }
    fn entries(&self) -> Vec<Entry<Self>> {
        parts::entries([
            field!(Policy, stacking, STACKING, FormMsg::Stacking),
            field!(Policy, credit_cap_on, CAP_BASE, FormMsg::CreditCapOn),
        ])
    }
}
