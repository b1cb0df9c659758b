//! The words of a bundle's stated rules, printed in its tariff terms: which
//! members pay no member fee. Each sentence reads one field of the tables,
//! so a rep can defend the figure from the tables alone.
use crate::catalog::Slot;
use crate::text::Text;

/// `，每份前 1 条（主卡）免成员月费` after a slot's fee, or nothing.
pub(super) fn free_seats(s: &Slot) -> Text {
    if s.free_members == 0 || s.member_fee.0 == 0 {
        return Text::new("", "");
    }
    Text::new(
        format!("，每份前 {} 条（主卡）免成员月费", s.free_members),
        format!(
            ", the first {} of each instance (main card) without it",
            s.free_members
        ),
    )
}
