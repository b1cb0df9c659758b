//! The brand and contact the proposal's letterhead prints, as text.
use proposal_engine::catalog::Brand;
use proposal_engine::{Catalog, Lang, Text};

use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::Item;
use crate::i18n::editor_form::F;

const BRAND: [Field; 6] = [
    f("operator.zh", F::OperatorZh, None, K::Text),
    f("operator.en", F::OperatorEn, None, K::Text),
    f("hotline", F::Hotline, None, K::Text),
    f("website", F::Website, None, K::Text),
    f("address.zh", F::AddressZh, None, K::Text),
    f("address.en", F::AddressEn, None, K::Text),
];

impl Item for Brand {
    const PREFIX: &'static str = "brand";
    const TITLE: F = F::EditBrand;
    const LIST: &'static str = "brand";

    fn path(_index: usize) -> String {
        "brand".into()
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
    fn entries(&self) -> Vec<Entry> {
        BRAND.iter().cloned().map(Entry::Field).collect()
    }
    fn get(&self, key: &str) -> String {
        match key {
            "operator.zh" => self.operator.zh.clone(),
            "operator.en" => self.operator.en.clone(),
            "hotline" => self.hotline.clone(),
            "website" => self.website.clone(),
            "address.zh" => self.address.zh.clone(),
            "address.en" => self.address.en.clone(),
            _ => String::new(),
        }
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        let text = text.to_string();
        match key {
            "operator.zh" => self.operator.zh = text,
            "operator.en" => self.operator.en = text,
            "hotline" => self.hotline = text,
            "website" => self.website = text,
            "address.zh" => self.address.zh = text,
            "address.en" => self.address.en = text,
            _ => {}
        }
        Ok(())
    }
}
