//! The fields of a contract handset and of a one-off fee, as text.
use proposal_engine::catalog::{Handset, OneOffFee};
use proposal_engine::{Catalog, ItemId, Lang, Text};

use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{money, whole};
use super::super::form::parts;
use super::super::form::Item;
use super::super::yuan_text;
use crate::i18n::editor_form::{F, U};

const HANDSET: [Field; 6] = [
    f("id", F::Id, None, K::Text),
    f("retail_price", F::RetailPrice, Some(U::Yuan), K::Money),
    f("contract_price", F::ContractPrice, Some(U::Yuan), K::Money),
    f(
        "min_monthly_fee",
        F::MinMonthlyFee,
        Some(U::YuanMonth),
        K::Money,
    ),
    f(
        "contract_months",
        F::ContractMonths,
        Some(U::Months),
        K::Whole,
    ),
    f("early_exit_fee", F::EarlyExit, Some(U::Yuan), K::Money),
];

impl Item for Handset {
    const PREFIX: &'static str = "handset";
    const TITLE: F = F::EditingHandset;
    const LIST: &'static str = "handsets";

    list_access!(handsets);
    fn entries(&self) -> Vec<Entry> {
        parts::opening(&HANDSET, false)
    }
    fn get(&self, key: &str) -> String {
        parts::get_text(key, &self.name, None).unwrap_or_else(|| match key {
            "id" => self.id.0.clone(),
            "retail_price" => yuan_text(self.retail_price),
            "contract_price" => yuan_text(self.contract_price),
            "min_monthly_fee" => yuan_text(self.min_monthly_fee),
            "contract_months" => self.contract_months.to_string(),
            "early_exit_fee" => yuan_text(self.early_exit_fee),
            _ => String::new(),
        })
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        if parts::set_text(key, text, &mut self.name, None) {
            return Ok(());
        }
        match key {
            "id" => self.id = ItemId::new(text.trim()),
            "retail_price" => self.retail_price = money(text)?,
            "contract_price" => self.contract_price = money(text)?,
            "min_monthly_fee" => self.min_monthly_fee = money(text)?,
            "contract_months" => self.contract_months = whole(text)?,
            "early_exit_fee" => self.early_exit_fee = money(text)?,
            _ => {}
        }
        Ok(())
    }
}

const FEE: [Field; 2] = [
    f("id", F::Id, None, K::Text),
    f("amount", F::Amount, Some(U::Yuan), K::Money),
];

impl Item for OneOffFee {
    const PREFIX: &'static str = "fee";
    const TITLE: F = F::EditingFee;
    const LIST: &'static str = "fees";

    list_access!(fees);
    fn entries(&self) -> Vec<Entry> {
        parts::opening(&FEE, false)
    }
    fn get(&self, key: &str) -> String {
        parts::get_text(key, &self.name, None).unwrap_or_else(|| match key {
            "id" => self.id.0.clone(),
            "amount" => yuan_text(self.amount),
            _ => String::new(),
        })
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        if parts::set_text(key, text, &mut self.name, None) {
            return Ok(());
        }
        match key {
            "id" => self.id = ItemId::new(text.trim()),
            "amount" => self.amount = money(text)?,
            _ => {}
        }
        Ok(())
    }
}
