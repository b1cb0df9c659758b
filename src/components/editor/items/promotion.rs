//! A promotion's field table: its type (and the type's own fields, in
//! `promotion_kind`), the months it runs, what it applies to, and who may
//! grant and get it.
use proposal_engine::catalog::{ItemList, Promotion};
use proposal_engine::{Catalog, Lang};

use super::super::form::codec::{AUTHORITY_LEVEL, CREDIT_BASIS, ID, IDS, LINES, WHOLE, YES_OR_NO};
use super::super::form::field::{field, part, section, Entry, Field, Shape};
use super::super::form::parts::{self, description_fields, eligibility_fields, name_fields};
use super::super::form::Item;
use super::promotion_kind;
use crate::i18n::editor_form::{FormMsg, UnitMsg};

impl Item for Promotion {
    const PREFIX: &'static str = "promotion";
    const TITLE: FormMsg = FormMsg::EditingPromotion;

    list_item!(ItemList::Promotions, promotions);
    fn entries(&self) -> Vec<Entry<Self>> {
        let mut out = parts::entries(
            [field!(Promotion, id, ID, FormMsg::Id)]
                .into_iter()
                .chain(part!(Promotion, name, name_fields()))
                .chain([promotion_kind::type_field()]),
        );
        out.extend(promotion_kind::type_fields(&self.kind));
        out.extend(parts::entries(
            [
                field!(
                    Promotion,
                    from_month,
                    WHOLE,
                    FormMsg::FromMonth,
                    UnitMsg::MonthNo
                ),
                field!(
                    Promotion,
                    to_month,
                    WHOLE,
                    FormMsg::ToMonth,
                    UnitMsg::MonthNo
                ),
                field!(
                    Promotion,
                    authority_level,
                    AUTHORITY_LEVEL,
                    FormMsg::Authority
                ),
                field!(Promotion, applies_to, IDS, FormMsg::AppliesTo),
            ]
            .into_iter()
            .chain(rule_fields())
            .chain(part!(Promotion, description, description_fields())),
        ));
        out.extend(section!(
            Promotion,
            eligibility,
            FormMsg::EligibilityTitle,
            eligibility_fields()
        ));
        out
    }
    fn act(&mut self, shape: Shape) {
        promotion_kind::act(&mut self.kind, shape);
    }
}

/// The rules the tables state for each promotion (issue 13; README's
/// "Pricing rules"): which fees it touches (add-on fees too), how a credit counts, which lines
/// a tier counts, whether every line must move.
fn rule_fields() -> Vec<Field<Promotion>> {
    let fee = |key: &'static str,
               label,
               get: fn(&Promotion) -> &bool,
               set: fn(&mut Promotion) -> &mut bool| {
        Field::at(
            key,
            label,
            None,
            YES_OR_NO,
            move |p: &Promotion| Some(get(p)),
            move |p: &mut Promotion| Some(set(p)),
        )
    };
    vec![
        fee(
            "fees.plan",
            FormMsg::FeesPlan,
            |p| &p.fees.plan,
            |p| &mut p.fees.plan,
        ),
        fee(
            "fees.bundle",
            FormMsg::FeesBundle,
            |p| &p.fees.bundle,
            |p| &mut p.fees.bundle,
        ),
        fee(
            "fees.members",
            FormMsg::FeesMembers,
            |p| &p.fees.members,
            |p| &mut p.fees.members,
        ),
        fee(
            "fees.addons",
            FormMsg::FeesAddons,
            |p| &p.fees.addons,
            |p| &mut p.fees.addons,
        ),
        field!(Promotion, credit_per, CREDIT_BASIS, FormMsg::CreditPer),
        field!(Promotion, lines_counted, LINES, FormMsg::LinesCounted),
        field!(Promotion, whole_account, YES_OR_NO, FormMsg::WholeAccount),
    ]
}
