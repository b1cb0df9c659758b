//! An add-on's field table: kind, scope, fee, the line kinds it fits, what
//! a pack adds, and who may order it.
use proposal_engine::catalog::{AddOn, ItemList};
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{ADDON_KIND, ID, LINE_KIND_LIST, MONEY, SCOPE};
use super::super::form::field::{field, part, section, Entry};
use super::super::form::parts::{
    self, allowance_fields, description_fields, eligibility_fields, name_fields,
};
use super::super::form::Item;
use crate::i18n::editor_form::{F, U};

impl Item for AddOn {
    const PREFIX: &'static str = "addon";
    const TITLE: F = F::EditingAddOn;

    list_item!(ItemList::AddOns, addons);
    fn entries(&self) -> Vec<Entry<Self>> {
        let mut out = parts::entries(
            [field!(AddOn, id, ID, F::Id)]
                .into_iter()
                .chain(part!(AddOn, name, name_fields()))
                .chain([
                    field!(AddOn, kind, ADDON_KIND, F::Kind),
                    field!(AddOn, scope, SCOPE, F::Scope),
                    field!(AddOn, monthly_fee, MONEY, F::MonthlyFee, U::YuanMonth),
                    field!(AddOn, line_kinds, LINE_KIND_LIST, F::LineKinds),
                ])
                .chain(part!(AddOn, description, description_fields())),
        );
        out.extend(section!(AddOn, adds, F::AddsTitle, allowance_fields()));
        out.extend(section!(
            AddOn,
            eligibility,
            F::EligibilityTitle,
            eligibility_fields()
        ));
        out
    }
}
