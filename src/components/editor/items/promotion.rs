//! A promotion's field table: its type (and the type's own fields, in
//! `promotion_kind`), the months it runs, what it applies to, and who may
//! grant and get it.
use proposal_engine::catalog::{ItemList, Promotion};
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{AUTHORITY_LEVEL, ID, IDS, WHOLE};
use super::super::form::field::{field, part, section, Entry, Shape};
use super::super::form::parts::{self, description_fields, eligibility_fields, name_fields};
use super::super::form::Item;
use super::promotion_kind;
use crate::i18n::editor_form::{F, U};

impl Item for Promotion {
    const PREFIX: &'static str = "promotion";
    const TITLE: F = F::EditingPromotion;

    list_item!(ItemList::Promotions, promotions);
    fn entries(&self) -> Vec<Entry<Self>> {
        let mut out = parts::entries(
            [field!(Promotion, id, ID, F::Id)]
                .into_iter()
                .chain(part!(Promotion, name, name_fields()))
                .chain([promotion_kind::type_field()]),
        );
        out.extend(promotion_kind::type_fields(&self.kind));
        out.extend(parts::entries(
            [
                field!(Promotion, from_month, WHOLE, F::FromMonth, U::MonthNo),
                field!(Promotion, to_month, WHOLE, F::ToMonth, U::MonthNo),
                field!(Promotion, authority_level, AUTHORITY_LEVEL, F::Authority),
                field!(Promotion, applies_to, IDS, F::AppliesTo),
            ]
            .into_iter()
            .chain(part!(Promotion, description, description_fields())),
        ));
        out.extend(section!(
            Promotion,
            eligibility,
            F::EligibilityTitle,
            eligibility_fields()
        ));
        out
    }
    fn act(&mut self, shape: Shape) {
        promotion_kind::act(&mut self.kind, shape);
    }
}
