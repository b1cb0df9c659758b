//! The brand and contact the proposal's letterhead prints: its field table.
use proposal_engine::catalog::Brand;
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::TEXT;
use super::super::form::field::{field, part, Entry};
use super::super::form::parts::{self, text_fields};
use super::super::form::Item;
use crate::i18n::editor_form::F;

impl Item for Brand {
    const PREFIX: &'static str = "brand";
    const TITLE: F = F::EditBrand;
    const LIST: &'static str = "brand";

    fn path(_index: usize) -> String {
        Self::LIST.into()
    }
    fn json_index(_index: usize) -> Option<usize> {
        None
    }
    fn at(c: &Catalog, _index: usize) -> Option<&Self> {
        Some(&c.brand)
    }
    fn at_mut(c: &mut Catalog, _index: usize) -> Option<&mut Self> {
        Some(&mut c.brand)
    }
    fn title(&self, lang: Lang) -> String {
        self.operator.get(lang).to_string()
    }
    fn entries(&self) -> Vec<Entry<Self>> {
        parts::entries(
            part!(Brand, operator, text_fields(F::OperatorZh, F::OperatorEn))
                .chain([
                    field!(Brand, hotline, TEXT, F::Hotline),
                    field!(Brand, website, TEXT, F::Website),
                ])
                .chain(part!(
                    Brand,
                    address,
                    text_fields(F::AddressZh, F::AddressEn)
                )),
        )
    }
}
