//! A promotion's fields as text: its type (and the type's own fields, in
//! `promotion_kind`), the months it runs, what it applies to, and who may
//! grant and get it.
use proposal_engine::catalog::Promotion;
use proposal_engine::{Catalog, ItemId, Lang, Text};

use super::super::form::choices::{AUTHORITY, PROMOTION_KINDS};
use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{ids, ids_text, whole};
use super::super::form::parts::{self, sub, ELIGIBILITY};
use super::super::form::Item;
use super::promotion_kind;
use crate::i18n::editor_form::{F, U};

const HEAD: [Field; 6] = [
    f("id", F::Id, None, K::Text),
    f("kind.type", F::PromoKind, None, K::Choice(PROMOTION_KINDS)),
    f("from_month", F::FromMonth, Some(U::MonthNo), K::Whole),
    f("to_month", F::ToMonth, Some(U::MonthNo), K::Whole),
    f("authority_level", F::Authority, None, K::Choice(AUTHORITY)),
    f("applies_to", F::AppliesTo, None, K::Ids),
];

impl Item for Promotion {
    const PREFIX: &'static str = "promotion";
    const TITLE: F = F::EditingPromotion;
    const LIST: &'static str = "promotions";

    list_access!(promotions);
    fn entries(&self) -> Vec<Entry> {
        let mut out = parts::opening(&HEAD[..2], false);
        out.extend(promotion_kind::entries(&self.kind));
        out.extend(HEAD[2..].iter().cloned().map(Entry::Field));
        out.extend(parts::DESCRIPTION.iter().cloned().map(Entry::Field));
        out.extend(parts::section(
            F::EligibilityTitle,
            "eligibility",
            &ELIGIBILITY,
        ));
        out
    }
    fn get(&self, key: &str) -> String {
        parts::get_text(key, &self.name, Some(&self.description))
            .or_else(|| promotion_kind::get(&self.kind, sub(key, "kind")?))
            .or_else(|| parts::get_eligibility(&self.eligibility, sub(key, "eligibility")?))
            .unwrap_or_else(|| match key {
                "id" => self.id.0.clone(),
                "from_month" => self.from_month.to_string(),
                "to_month" => self.to_month.to_string(),
                "authority_level" => self.authority_level.to_string(),
                "applies_to" => ids_text(&self.applies_to),
                _ => String::new(),
            })
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        if parts::set_text(key, text, &mut self.name, Some(&mut self.description)) {
            return Ok(());
        }
        if let Some(k) = sub(key, "kind") {
            return promotion_kind::set(&mut self.kind, k, text);
        }
        if let Some(result) = sub(key, "eligibility")
            .and_then(|k| parts::set_eligibility(&mut self.eligibility, k, text))
        {
            return result;
        }
        match key {
            "id" => self.id = ItemId::new(text.trim()),
            "from_month" => self.from_month = whole(text)?,
            "to_month" => self.to_month = whole(text)?,
            "authority_level" => {
                // Past 255 stays out of range for the validator to explain.
                self.authority_level = u8::try_from(whole(text)?).unwrap_or(u8::MAX)
            }
            "applies_to" => self.applies_to = ids(text),
            _ => {}
        }
        Ok(())
    }
    fn act(&mut self, action: &str) {
        promotion_kind::act(&mut self.kind, action);
    }
}
