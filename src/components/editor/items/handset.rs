//! The field tables of a contract handset and of a one-off fee.
use proposal_engine::catalog::{Handset, ItemList, OneOffFee};
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{ID, MONEY, WHOLE};
use super::super::form::field::{field, part, Entry};
use super::super::form::parts::{self, name_fields};
use super::super::form::Item;
use crate::i18n::editor_form::{F, U};

impl Item for Handset {
    const PREFIX: &'static str = "handset";
    const TITLE: F = F::EditingHandset;

    list_item!(ItemList::Handsets, handsets);
    fn entries(&self) -> Vec<Entry<Self>> {
        parts::entries(
            [field!(Handset, id, ID, F::Id)]
                .into_iter()
                .chain(part!(Handset, name, name_fields()))
                .chain([
                    field!(Handset, retail_price, MONEY, F::RetailPrice, U::Yuan),
                    field!(Handset, contract_price, MONEY, F::ContractPrice, U::Yuan),
                    field!(
                        Handset,
                        min_monthly_fee,
                        MONEY,
                        F::MinMonthlyFee,
                        U::YuanMonth
                    ),
                    field!(
                        Handset,
                        contract_months,
                        WHOLE,
                        F::ContractMonths,
                        U::Months
                    ),
                    field!(Handset, early_exit_fee, MONEY, F::EarlyExit, U::Yuan),
                ]),
        )
    }
}

impl Item for OneOffFee {
    const PREFIX: &'static str = "fee";
    const TITLE: F = F::EditingFee;

    list_item!(ItemList::Fees, fees);
    fn entries(&self) -> Vec<Entry<Self>> {
        parts::entries(
            [field!(OneOffFee, id, ID, F::Id)]
                .into_iter()
                .chain(part!(OneOffFee, name, name_fields()))
                .chain([field!(OneOffFee, amount, MONEY, F::Amount, U::Yuan)]),
        )
    }
}
