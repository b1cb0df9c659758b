//! A bundle's field table: its own fields, then each member slot's (in
//! `bundle_slot`, with add and remove), rates, terms and who may order.
use proposal_engine::catalog::{Bundle, ItemList};
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{FREE_CALL_SCOPE, HANDSET_SHARE, ID, IDS, MONEY, WHOLE, YES_OR_NO};
use super::super::form::field::{field, part, section, Entry, Shape};
use super::super::form::parts::{
    self, description_fields, eligibility_fields, name_fields, rates_fields,
};
use super::super::form::Item;
use super::bundle_slot;
use crate::i18n::editor_form::{FormMsg, UnitMsg};

impl Item for Bundle {
    const PREFIX: &'static str = "bundle";
    const TITLE: FormMsg = FormMsg::EditingBundle;

    list_item!(ItemList::Bundles, bundles);
    fn entries(&self) -> Vec<Entry<Self>> {
        let mut out = parts::entries(
            [field!(Bundle, id, ID, FormMsg::Id)]
                .into_iter()
                .chain(part!(Bundle, name, name_fields()))
                .chain([
                    field!(
                        Bundle,
                        monthly_fee,
                        MONEY,
                        FormMsg::MonthlyFee,
                        UnitMsg::YuanMonth
                    ),
                    field!(
                        Bundle,
                        free_calls_among_members,
                        YES_OR_NO,
                        FormMsg::FreeCalls
                    ),
                    field!(
                        Bundle,
                        free_calls_scope,
                        FREE_CALL_SCOPE,
                        FormMsg::FreeCallScope
                    ),
                    field!(
                        Bundle,
                        free_calls_long_distance,
                        YES_OR_NO,
                        FormMsg::FreeCallsLongDistance
                    ),
                    field!(Bundle, max_instances, WHOLE, FormMsg::MaxInstances),
                    field!(
                        Bundle,
                        handset_fee_share,
                        HANDSET_SHARE,
                        FormMsg::HandsetFeeShare
                    ),
                ])
                .chain(part!(Bundle, description, description_fields())),
        );
        out.extend(bundle_slot::slot_entries(&self.slots));
        out.extend(section!(Bundle, rates, FormMsg::RatesTitle, rates_fields()));
        out.push(parts::heading(FormMsg::TermsTitle));
        out.extend(parts::entries([
            field!(
                Bundle,
                contract_months,
                WHOLE,
                FormMsg::ContractMonths,
                UnitMsg::Months
            ),
            field!(
                Bundle,
                early_exit_fee,
                MONEY,
                FormMsg::EarlyExit,
                UnitMsg::Yuan
            ),
            field!(Bundle, includes, IDS, FormMsg::Includes),
            field!(Bundle, one_off_fees, IDS, FormMsg::OneOffFees),
        ]));
        out.extend(section!(
            Bundle,
            eligibility,
            FormMsg::EligibilityTitle,
            eligibility_fields()
        ));
        out
    }
    fn act(&mut self, shape: Shape) {
        bundle_slot::act(&mut self.slots, shape);
    }
}
