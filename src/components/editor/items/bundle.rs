//! A bundle's fields as text: its own, then each member slot's (in
//! `bundle_slot`, with add and remove), rates, terms and who may order.
use proposal_engine::catalog::Bundle;
use proposal_engine::{Catalog, ItemId, Lang, Text};

use super::super::form::choices::YES_NO;
use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{ids, ids_text, indexed, money, whole};
use super::super::form::parts::{self, sub, ELIGIBILITY, RATES};
use super::super::form::Item;
use super::super::yuan_text;
use super::bundle_slot::{self, get_slot, set_slot, slot_entries};
use crate::i18n::editor_form::{F, U};

const HEAD: [Field; 3] = [
    f("id", F::Id, None, K::Text),
    f("monthly_fee", F::MonthlyFee, Some(U::YuanMonth), K::Money),
    f(
        "free_calls_among_members",
        F::FreeCalls,
        None,
        K::Choice(YES_NO),
    ),
];

const TERMS: [Field; 4] = [
    f(
        "contract_months",
        F::ContractMonths,
        Some(U::Months),
        K::Whole,
    ),
    f("early_exit_fee", F::EarlyExit, Some(U::Yuan), K::Money),
    f("includes", F::Includes, None, K::Ids),
    f("one_off_fees", F::OneOffFees, None, K::Ids),
];

impl Item for Bundle {
    const PREFIX: &'static str = "bundle";
    const TITLE: F = F::EditingBundle;
    const LIST: &'static str = "bundles";

    list_access!(bundles);
    fn entries(&self) -> Vec<Entry> {
        let mut out = parts::opening(&HEAD, true);
        out.push(Entry::Group {
            label: F::SlotsTitle,
            number: None,
            key: "slots".into(),
            remove: None,
        });
        out.extend((0..self.slots.len()).flat_map(slot_entries));
        out.push(Entry::Action {
            label: F::AddSlot,
            action: "slots+".into(),
        });
        out.extend(parts::section(F::RatesTitle, "rates", &RATES));
        out.push(parts::heading(F::TermsTitle));
        out.extend(TERMS.iter().cloned().map(Entry::Field));
        out.extend(parts::section(
            F::EligibilityTitle,
            "eligibility",
            &ELIGIBILITY,
        ));
        out
    }
    fn get(&self, key: &str) -> String {
        let slot = indexed(key, "slots").and_then(|(j, k)| get_slot(self.slots.get(j)?, k));
        slot.or_else(|| parts::get_text(key, &self.name, Some(&self.description)))
            .or_else(|| parts::get_rates(&self.rates, sub(key, "rates")?))
            .or_else(|| parts::get_eligibility(&self.eligibility, sub(key, "eligibility")?))
            .unwrap_or_else(|| match key {
                "id" => self.id.0.clone(),
                "monthly_fee" => yuan_text(self.monthly_fee),
                "free_calls_among_members" => self.free_calls_among_members.to_string(),
                "contract_months" => self.contract_months.to_string(),
                "early_exit_fee" => yuan_text(self.early_exit_fee),
                "includes" => ids_text(&self.includes),
                "one_off_fees" => ids_text(&self.one_off_fees),
                _ => String::new(),
            })
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        if let Some((j, k)) = indexed(key, "slots") {
            return match self.slots.get_mut(j) {
                Some(slot) => set_slot(slot, k, text),
                None => Ok(()),
            };
        }
        if parts::set_text(key, text, &mut self.name, Some(&mut self.description)) {
            return Ok(());
        }
        let part = sub(key, "rates")
            .and_then(|k| parts::set_rates(&mut self.rates, k, text))
            .or_else(|| {
                parts::set_eligibility(&mut self.eligibility, sub(key, "eligibility")?, text)
            });
        if let Some(result) = part {
            return result;
        }
        match key {
            "id" => self.id = ItemId::new(text.trim()),
            "monthly_fee" => self.monthly_fee = money(text)?,
            "free_calls_among_members" => self.free_calls_among_members = text == "true",
            "contract_months" => self.contract_months = whole(text)?,
            "early_exit_fee" => self.early_exit_fee = money(text)?,
            "includes" => self.includes = ids(text),
            "one_off_fees" => self.one_off_fees = ids(text),
            _ => {}
        }
        Ok(())
    }
    fn act(&mut self, action: &str) {
        bundle_slot::act(&mut self.slots, action);
    }
}
