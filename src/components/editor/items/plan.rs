//! A plan's fields as text: read for the form and the CSV, written back from
//! what a manager typed.
use proposal_engine::catalog::Plan;
use proposal_engine::{Catalog, ItemId, Lang, LineKind, Money, Text};

use super::super::form::choices::LINE_KINDS;
use super::super::form::field::{f, Entry, Field, FieldKind as K};
use super::super::form::parse::{from_snake, ids, ids_text, money, snake, whole};
use super::super::form::parts::{self, sub, ALLOWANCE, DESCRIPTION, ELIGIBILITY, NAME, RATES};
use super::super::form::Item;
use super::super::yuan_text;
use crate::i18n::editor_form::{F, U};

const HEAD: [Field; 3] = [
    f("id", F::Id, None, K::Text),
    f("kind", F::Kind, None, K::Choice(LINE_KINDS)),
    f("monthly_fee", F::MonthlyFee, Some(U::YuanMonth), K::Money),
];

const TERMS: [Field; 5] = [
    f("speed_mbps", F::Speed, Some(U::Mbps), K::Whole),
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

/// Every field of a plan, in CSV order (the CSV's header is their keys).
pub fn fields() -> Vec<Field> {
    let under = |prefix: &str, part: &[Field]| -> Vec<Field> {
        part.iter()
            .map(|x| x.under(&format!("{prefix}.")))
            .collect()
    };
    let mut out = vec![HEAD[0].clone()];
    out.extend(NAME.iter().chain(&DESCRIPTION).cloned());
    out.extend(HEAD[1..].iter().cloned());
    out.extend(under("allowance", &ALLOWANCE));
    out.extend(under("rates", &RATES));
    out.extend(TERMS.iter().cloned());
    out.extend(under("eligibility", &ELIGIBILITY));
    out
}

/// The field `key` of `plan` as text.
pub fn get(plan: &Plan, key: &str) -> String {
    let (name, desc) = (&plan.name, Some(&plan.description));
    parts::get_text(key, name, desc)
        .or_else(|| parts::get_allowance(&plan.allowance, sub(key, "allowance")?))
        .or_else(|| parts::get_rates(&plan.rates, sub(key, "rates")?))
        .or_else(|| parts::get_eligibility(&plan.eligibility, sub(key, "eligibility")?))
        .unwrap_or_else(|| match key {
            "id" => plan.id.0.clone(),
            "kind" => snake(&plan.kind),
            "monthly_fee" => yuan_text(plan.monthly_fee),
            "speed_mbps" => plan.speed_mbps.to_string(),
            "contract_months" => plan.contract_months.to_string(),
            "early_exit_fee" => yuan_text(plan.early_exit_fee),
            "includes" => ids_text(&plan.includes),
            "one_off_fees" => ids_text(&plan.one_off_fees),
            _ => String::new(),
        })
}

/// Writes `text` into the field `key` of `plan`; the error says what was expected.
pub fn set(plan: &mut Plan, key: &str, text: &str) -> Result<(), Text> {
    if parts::set_text(key, text, &mut plan.name, Some(&mut plan.description)) {
        return Ok(());
    }
    let part = sub(key, "allowance")
        .and_then(|k| parts::set_allowance(&mut plan.allowance, k, text))
        .or_else(|| parts::set_rates(&mut plan.rates, sub(key, "rates")?, text))
        .or_else(|| parts::set_eligibility(&mut plan.eligibility, sub(key, "eligibility")?, text));
    if let Some(result) = part {
        return result;
    }
    match key {
        "id" => plan.id = ItemId::new(text.trim()),
        "kind" => plan.kind = from_snake::<LineKind>(text)?,
        "monthly_fee" => plan.monthly_fee = money(text)?,
        "speed_mbps" => plan.speed_mbps = whole(text)?,
        "contract_months" => plan.contract_months = whole(text)?,
        "early_exit_fee" => plan.early_exit_fee = money(text)?,
        "includes" => plan.includes = ids(text),
        "one_off_fees" => plan.one_off_fees = ids(text),
        _ => {}
    }
    Ok(())
}

/// A new plan with a free id, for "add a plan".
pub fn blank(existing: &[Plan]) -> Plan {
    let mut n = existing.len() + 1;
    while existing.iter().any(|p| p.id.0 == format!("plan-{n}")) {
        n += 1;
    }
    Plan {
        id: ItemId::new(format!("plan-{n}")),
        name: Text::new(format!("新套餐 {n}"), format!("New plan {n}")),
        description: Text::default(),
        kind: LineKind::Mobile,
        monthly_fee: Money(0),
        allowance: Default::default(),
        rates: Default::default(),
        speed_mbps: 0,
        contract_months: 0,
        early_exit_fee: Money(0),
        includes: Vec::new(),
        one_off_fees: Vec::new(),
        eligibility: Default::default(),
    }
}

impl Item for Plan {
    const PREFIX: &'static str = "plan";
    const TITLE: F = F::EditingPlan;
    const LIST: &'static str = "plans";

    list_access!(plans);
    fn entries(&self) -> Vec<Entry> {
        let mut out = parts::opening(&HEAD, true);
        out.extend(parts::section(F::AllowanceTitle, "allowance", &ALLOWANCE));
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
        get(self, key)
    }
    fn set(&mut self, key: &str, text: &str) -> Result<(), Text> {
        set(self, key, text)
    }
}
