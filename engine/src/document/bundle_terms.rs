//! The words of a bundle's stated rules, printed in its tariff terms: which
//! calls are free, which members pay no member fee, what counts toward a
//! contract handset's minimum, how many instances an account may take. Each sentence reads one field of the tables,
//! so a rep can defend the figure from the tables alone.
use crate::catalog::{Bundle, FreeCallScope, HandsetFeeShare, Slot};
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

/// `；同一份套餐内成员之间通话免费…` after the members' allowances, or nothing.
pub(super) fn free_calls(b: &Bundle) -> Text {
    if !b.free_calls_among_members {
        return Text::new("", "");
    }
    let (ld_zh, ld_en) = if b.free_calls_long_distance {
        ("（含长途）", " (long distance included)")
    } else {
        (
            "（仅本地，长途照常计费）",
            " (domestic only; long distance billed as usual)",
        )
    };
    match b.free_calls_scope {
        FreeCallScope::SameInstance => Text::new(
            format!("；同一份套餐内成员之间通话免费{ld_zh}，打给套餐外号码照常计费：免费分钟按本份内其他成员占客户其他号码的比例计"),
            format!("; calls among members of the same instance are free{ld_en}, calls to lines outside it are billed: the free minutes are the share of own calls times the instance's other members over the customer's other lines"),
        ),
        FreeCallScope::AllOwnLines => Text::new(
            format!("；成员打给客户自有号码的通话免费{ld_zh}"),
            format!("; members' calls to the customer's own lines are free{ld_en}"),
        ),
    }
}

/// `；合约机最低月费计入…` after the free calls (`handset_fee_share`), or
/// nothing where only the member fee counts (tables before the field).
pub(super) fn handset_share(b: &Bundle) -> Text {
    match b.handset_fee_share {
        HandsetFeeShare::MemberFee => Text::new("", ""),
        HandsetFeeShare::Shared => Text::new(
            "；合约机的最低月费计入成员月费及本份套餐月费按成员数分摊的部分（分以下舍去）",
            "; toward a contract handset's minimum monthly fee count the member fee and the instance's fee divided among its members (rounded down to the fen)",
        ),
    }
}

/// `每户限办 1 份` for the conditions, or nothing.
pub(super) fn limit(b: &Bundle) -> Option<Text> {
    (b.max_instances > 0).then(|| {
        Text::new(
            format!("每户限办 {} 份", b.max_instances),
            format!("at most {} per account", b.max_instances),
        )
    })
}
