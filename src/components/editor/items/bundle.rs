//! A bundle's field table: its own fields, then each member slot's (in
//! `bundle_slot`, with add and remove), rates, terms and who may order.
use proposal_engine::catalog::{Bundle, ItemList};
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{ID, IDS, MONEY, WHOLE, YES_OR_NO};
use super::super::form::field::{field, part, section, Entry, Shape};
use super::super::form::parts::{
    self, description_fields, eligibility_fields, name_fields, rates_fields,
};
use super::super::form::Item;
use super::bundle_slot;
use crate::i18n::editor_form::{F, U};

impl Item for Bundle {
    const PREFIX: &'static str = "bundle";
    const TITLE: F = F::EditingBundle;

    list_item!(ItemList::Bundles, bundles);
    fn entries(&self) -> Vec<Entry<Self>> {
        let mut out = parts::entries(
            [field!(Bundle, id, ID, F::Id)]
                .into_iter()
                .chain(part!(Bundle, name, name_fields()))
                .chain([
                    field!(Bundle, monthly_fee, MONEY, F::MonthlyFee, U::YuanMonth),
                    field!(Bundle, free_calls_among_members, YES_OR_NO, F::FreeCalls),
                ])
                .chain(part!(Bundle, description, description_fields())),
        );
        out.extend(bundle_slot::slot_entries(&self.slots));
        out.extend(section!(Bundle, rates, F::RatesTitle, rates_fields()));
        out.push(parts::heading(F::TermsTitle));
        out.extend(parts::entries([
            field!(Bundle, contract_months, WHOLE, F::ContractMonths, U::Months),
            field!(Bundle, early_exit_fee, MONEY, F::EarlyExit, U::Yuan),
            field!(Bundle, includes, IDS, F::Includes),
            field!(Bundle, one_off_fees, IDS, F::OneOffFees),
        ]));
        out.extend(section!(
            Bundle,
            eligibility,
            F::EligibilityTitle,
            eligibility_fields()
        ));
        out
    }
    fn act(&mut self, shape: Shape) {
        bundle_slot::act(&mut self.slots, shape);
    }
}
