//! Who may order an item (segments, line counts, tenure): fields and text
//! get/set, keys relative to the part (`min_lines`).
use proposal_engine::catalog::{Eligibility, SegmentKind};
use proposal_engine::Text;

use super::field::{f, Field, FieldKind as K};
use super::parse::{names, opt_whole, opt_whole_text, parse_names};
use crate::i18n::editor_form::{F, U};

pub const SEGMENT_NAMES: &str = "individual, family, business, key_account";

pub const ELIGIBILITY: [Field; 4] = [
    f("segments", F::Segments, None, K::Names(SEGMENT_NAMES)),
    f("min_lines", F::MinLines, Some(U::Lines), K::OptWhole),
    f("max_lines", F::MaxLines, Some(U::Lines), K::OptWhole),
    f(
        "min_tenure_months",
        F::MinTenure,
        Some(U::Months),
        K::OptWhole,
    ),
];

pub fn get_eligibility(e: &Eligibility, key: &str) -> Option<String> {
    Some(match key {
        "segments" => names(&e.segments),
        "min_lines" => opt_whole_text(e.min_lines),
        "max_lines" => opt_whole_text(e.max_lines),
        "min_tenure_months" => opt_whole_text(e.min_tenure_months),
        _ => return None,
    })
}

pub fn set_eligibility(e: &mut Eligibility, key: &str, text: &str) -> Option<Result<(), Text>> {
    let slot = match key {
        "segments" => {
            return Some(parse_names::<SegmentKind>(text).map(|s| e.segments = s));
        }
        "min_lines" => &mut e.min_lines,
        "max_lines" => &mut e.max_lines,
        "min_tenure_months" => &mut e.min_tenure_months,
        _ => return None,
    };
    Some(opt_whole(text).map(|n| *slot = n))
}
