//! A plan's field table: read for the form and the CSV (its columns, in
//! this order), written back from what a manager typed.
use proposal_engine::catalog::{ItemList, Plan};
use proposal_engine::{Catalog, ItemId, Lang, LineKind, Money, Text};

use super::super::form::codec::{ID, IDS, LINE_KIND, MONEY, WHOLE};
use super::super::form::field::{field, part, section, Entry, Field};
use super::super::form::parts::{
    self, allowance_fields, description_fields, eligibility_fields, name_fields, rates_fields,
};
use super::super::form::Item;
use crate::i18n::editor_form::{F, U};

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

/// Every field of a plan, in form and CSV order (the CSV's header is their keys).
pub fn fields() -> Vec<Field<Plan>> {
    blank(&[]).fields()
}

impl Item for Plan {
    const PREFIX: &'static str = "plan";
    const TITLE: F = F::EditingPlan;

    list_item!(ItemList::Plans, plans);
    fn entries(&self) -> Vec<Entry<Self>> {
        let mut out = parts::entries(
            [field!(Plan, id, ID, F::Id)]
                .into_iter()
                .chain(part!(Plan, name, name_fields()))
                .chain([
                    field!(Plan, kind, LINE_KIND, F::Kind),
                    field!(Plan, monthly_fee, MONEY, F::MonthlyFee, U::YuanMonth),
                ])
                .chain(part!(Plan, description, description_fields())),
        );
        out.extend(section!(
            Plan,
            allowance,
            F::AllowanceTitle,
            allowance_fields()
        ));
        out.extend(section!(Plan, rates, F::RatesTitle, rates_fields()));
        out.push(parts::heading(F::TermsTitle));
        out.extend(parts::entries([
            field!(Plan, speed_mbps, WHOLE, F::Speed, U::Mbps),
            field!(Plan, contract_months, WHOLE, F::ContractMonths, U::Months),
            field!(Plan, early_exit_fee, MONEY, F::EarlyExit, U::Yuan),
            field!(Plan, includes, IDS, F::Includes),
            field!(Plan, one_off_fees, IDS, F::OneOffFees),
        ]));
        out.extend(section!(
            Plan,
            eligibility,
            F::EligibilityTitle,
            eligibility_fields()
        ));
        out
    }
}
