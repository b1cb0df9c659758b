//! An add-on's fields as text: kind, scope, fee, the line kinds it fits,
//! what a pack adds, and who may order it.
use proposal_engine::catalog::{AddOn, AddOnKind, Scope};
use proposal_engine::{Catalog, ItemId, Lang, LineKind, Text};

use super::super::form::choices::{ADDON_KINDS, LINE_KIND_NAMES, SCOPES};
use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{from_snake, money, names, parse_names, snake};
use super::super::form::parts::{self, sub, ALLOWANCE, ELIGIBILITY};
use super::super::form::Item;
use super::super::yuan_text;
use crate::i18n::editor_form::{F, U};

const HEAD: [Field; 5] = [
    f("id", F::Id, None, K::Text),
    f("kind", F::Kind, None, K::Choice(ADDON_KINDS)),
    f("scope", F::Scope, None, K::Choice(SCOPES)),
    f("monthly_fee", F::MonthlyFee, Some(U::YuanMonth), K::Money),
    f("line_kinds", F::LineKinds, None, K::Names(LINE_KIND_NAMES)),
];

impl Item for AddOn {
    const PREFIX: &'static str = "addon";
    const TITLE: F = F::EditingAddOn;
    const LIST: &'static str = "addons";

    list_access!(addons);
    fn entries(&self) -> Vec<Entry> {
        let mut out = parts::opening(&HEAD, true);
        out.extend(parts::section(F::AddsTitle, "adds", &ALLOWANCE));
        out.extend(parts::section(
            F::EligibilityTitle,
            "eligibility",
            &ELIGIBILITY,
        ));
        out
    }
    fn get(&self, key: &str) -> String {
        parts::get_text(key, &self.name, Some(&self.description))
            .or_else(|| parts::get_allowance(&self.adds, sub(key, "adds")?))
            .or_else(|| parts::get_eligibility(&self.eligibility, sub(key, "eligibility")?))
            .unwrap_or_else(|| match key {
                "id" => self.id.0.clone(),
                "kind" => snake(&self.kind),
                "scope" => snake(&self.scope),
                "monthly_fee" => yuan_text(self.monthly_fee),
                "line_kinds" => names(&self.line_kinds),
                _ => String::new(),
            })
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        if parts::set_text(key, text, &mut self.name, Some(&mut self.description)) {
            return Ok(());
        }
        let part = sub(key, "adds")
            .and_then(|k| parts::set_allowance(&mut self.adds, k, text))
            .or_else(|| {
                parts::set_eligibility(&mut self.eligibility, sub(key, "eligibility")?, text)
            });
        if let Some(result) = part {
            return result;
        }
        match key {
            "id" => self.id = ItemId::new(text.trim()),
            "kind" => self.kind = from_snake::<AddOnKind>(text)?,
            "scope" => self.scope = from_snake::<Scope>(text)?,
            "monthly_fee" => self.monthly_fee = money(text)?,
            "line_kinds" => self.line_kinds = parse_names::<LineKind>(text)?,
            _ => {}
        }
        Ok(())
    }
}
