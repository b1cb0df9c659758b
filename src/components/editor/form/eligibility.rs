//! Who may order an item (segments, line counts, tenure): its field table,
//! keys relative to the part (`min_lines`).
use proposal_engine::catalog::Eligibility;

use super::codec::{OPT_WHOLE, SEGMENT_LIST};
use super::field::{field, Field};
use crate::i18n::editor_form::{F, U};

pub fn eligibility_fields() -> Vec<Field<Eligibility>> {
    vec![
        field!(Eligibility, segments, SEGMENT_LIST, F::Segments),
        field!(Eligibility, min_lines, OPT_WHOLE, F::MinLines, U::Lines),
        field!(Eligibility, max_lines, OPT_WHOLE, F::MaxLines, U::Lines),
        field!(
            Eligibility,
            min_tenure_months,
            OPT_WHOLE,
            F::MinTenure,
            U::Months
        ),
    ]
}
