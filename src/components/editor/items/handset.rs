//! The field tables of a contract handset and of a one-off fee.
use proposal_engine::catalog::{Handset, ItemList, OneOffFee};
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{ID, LINE_KIND_LIST, MONEY, ORIGIN_LIST, WHOLE};
use super::super::form::field::{field, part, Entry};
use super::super::form::parts::{self, name_fields};
use super::super::form::Item;
use crate::i18n::editor_form::{FormMsg, UnitMsg};

impl Item for Handset {
    const PREFIX: &'static str = "handset";
    const TITLE: FormMsg = FormMsg::EditingHandset;

    list_item!(ItemList::Handsets, handsets);
    fn entries(&self) -> Vec<Entry<Self>> {
        parts::entries(
            [field!(Handset, id, ID, FormMsg::Id)]
                .into_iter()
                .chain(part!(Handset, name, name_fields()))
                .chain([
                    field!(
                        Handset,
                        retail_price,
                        MONEY,
                        FormMsg::RetailPrice,
                        UnitMsg::Yuan
                    ),
                    field!(
                        Handset,
                        contract_price,
                        MONEY,
                        FormMsg::ContractPrice,
                        UnitMsg::Yuan
                    ),
                    field!(
                        Handset,
                        min_monthly_fee,
                        MONEY,
                        FormMsg::MinMonthlyFee,
                        UnitMsg::YuanMonth
                    ),
                    field!(
                        Handset,
                        contract_months,
                        WHOLE,
                        FormMsg::ContractMonths,
                        UnitMsg::Months
                    ),
                    field!(
                        Handset,
                        early_exit_fee,
                        MONEY,
                        FormMsg::EarlyExit,
                        UnitMsg::Yuan
                    ),
                ]),
        )
    }
}

impl Item for OneOffFee {
    const PREFIX: &'static str = "fee";
    const TITLE: FormMsg = FormMsg::EditingFee;

    list_item!(ItemList::Fees, fees);
    fn entries(&self) -> Vec<Entry<Self>> {
        parts::entries(
            [field!(OneOffFee, id, ID, FormMsg::Id)]
                .into_iter()
                .chain(part!(OneOffFee, name, name_fields()))
                .chain([
                    field!(OneOffFee, amount, MONEY, FormMsg::Amount, UnitMsg::Yuan),
                    // Issue 13: only where something new is installed.
                    field!(OneOffFee, line_kinds, LINE_KIND_LIST, FormMsg::FeeLineKinds),
                    field!(OneOffFee, origins, ORIGIN_LIST, FormMsg::FeeOrigins),
                ]),
        )
    }
}
