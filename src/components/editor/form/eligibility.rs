//! Who may order an item, and when (segments, line counts, tenure, the
//! calendar window, audiences): its field table,
//! keys relative to the part (`min_lines`).
use proposal_engine::catalog::Eligibility;

use super::codec::{AUDIENCE_LIST, OPT_DATE, OPT_WHOLE, SEGMENT_LIST};
use super::field::{field, Field};
use crate::i18n::editor_form::{FormMsg, UnitMsg};

pub fn eligibility_fields() -> Vec<Field<Eligibility>> {
    vec![
        field!(Eligibility, segments, SEGMENT_LIST, FormMsg::Segments),
        field!(
            Eligibility,
            min_lines,
            OPT_WHOLE,
            FormMsg::MinLines,
            UnitMsg::Lines
        ),
        field!(
            Eligibility,
            max_lines,
            OPT_WHOLE,
            FormMsg::MaxLines,
            UnitMsg::Lines
        ),
        field!(
            Eligibility,
            min_tenure_months,
            OPT_WHOLE,
            FormMsg::MinTenure,
            UnitMsg::Months
        ),
        field!(Eligibility, on_sale_from, OPT_DATE, FormMsg::OnSaleFrom),
        field!(Eligibility, on_sale_until, OPT_DATE, FormMsg::OnSaleUntil),
        field!(Eligibility, audiences, AUDIENCE_LIST, FormMsg::Audiences),
        field!(
            Eligibility,
            contract_ending_within_months,
            OPT_WHOLE,
            FormMsg::ContractEndingMonths,
            UnitMsg::Months
        ),
    ]
}
