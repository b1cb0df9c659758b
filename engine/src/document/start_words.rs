//! The words of a proposal that starts later than now (at the current
//! contract's end): its tag on the comparison card and the sentence a rep
//! reads out, with what waiting saves against switching now.
use crate::customer::Customer;
use crate::money::Money;
use crate::optimize::Alternative;
use crate::pricing::Priced;
use crate::text::Text;

use super::yuan;

/// "第 6 个月起办理（现有合约到期后）" and the sentence with the extra
/// saving `extra` (against the same packages now, over `horizon` months)
/// and the exit fee `avoided`.
pub fn later_start_words(
    customer: &Customer,
    start: u32,
    horizon: u32,
    extra: Money,
    avoided: Money,
) -> (Text, Text) {
    let at_end = avoided.0 > 0;
    let label = if at_end {
        Text::new(
            format!("第 {start} 个月起办理（现有合约到期后）"),
            format!("Starts in month {start}, when the current contract ends"),
        )
    } else {
        Text::new(
            format!("第 {start} 个月起办理"),
            format!("Starts in month {start}"),
        )
    };
    let before = start - 1;
    let months_before = if before == 1 {
        Text::new("第 1 个月", "month 1")
    } else {
        Text::new(format!("前 {before} 个月"), format!("months 1–{before}"))
    };
    let fee = if at_end {
        Text::new(
            format!("，免付现有合约的提前解约费 {}", yuan(avoided)),
            format!(
                ", with no early-exit fee ({}) on the current contract",
                yuan(avoided)
            ),
        )
    } else {
        Text::default()
    };
    let amount = yuan(Money(extra.0.saturating_abs()));
    let versus = if extra.0 > 0 {
        Text::new(
            format!("{horizon} 个月比现在就换同样的套餐多省 {amount}"),
            format!("{amount} less over {horizon} months than switching to the same packages now"),
        )
    } else if extra.0 < 0 {
        Text::new(
            format!("{horizon} 个月比现在就换同样的套餐多付 {amount}"),
            format!("{amount} more over {horizon} months than switching to the same packages now"),
        )
    } else {
        Text::new(
            format!("{horizon} 个月总价与现在就换同样的套餐相同"),
            format!("the same over {horizon} months as switching to the same packages now"),
        )
    };
    let left = customer.contract.months_left;
    let (zh_left, en_left) = if at_end {
        (
            format!("现有合约还剩 {left} 个月："),
            format!("The current contract has {left} months left: "),
        )
    } else {
        (String::new(), String::new())
    };
    let words = Text::new(
        format!(
            "{zh_left}{}照现在的套餐付费，第 {start} 个月起换用新套餐{}；{}。",
            months_before.zh, fee.zh, versus.zh
        ),
        format!(
            "{en_left}today's plans for {}, the new packages from month {start}{}; {}.",
            months_before.en, fee.en, versus.en
        ),
    );
    (label, words)
}

/// When `a`'s new packages start, in words: its later start's tag, or "now".
pub fn starts(a: &Alternative) -> Text {
    match &a.start {
        Some(s) => s.label.clone(),
        None if a.proposal.is_keep_all() => Text::new("保持现状", "Nothing changes"),
        None => Text::new("立即办理（第 1 个月起）", "Now (from month 1)"),
    }
}

/// The first month on the new packages, as the packages table heads it.
pub fn first_month_label(start: u32) -> Text {
    if start <= 1 {
        Text::new("首月", "Month 1")
    } else {
        Text::new(format!("第 {start} 个月"), format!("Month {start}"))
    }
}

/// The saving a month "now" as the document heads it: the saving of the
/// first month on the new packages when nothing is paid once then ("现在每月省",
/// or "第 6 个月起每月省" for a later start); when one-offs are paid in that
/// month, the saving of the month after it, said as "第 2 个月起每月省", so
/// the first month's figure never leaves out what is paid once in it. With
/// no month after it in the horizon, that month's saving with the one-offs.
pub fn saving_now(p: &Priced, start: u32) -> (Text, Money) {
    let saving_in = |month: u32| {
        p.months.get(month as usize - 1).map_or(Money::ZERO, |m| {
            Money(p.current_monthly.0.saturating_sub(m.bill.0))
        })
    };
    let paid_once = p.one_offs_total.0 > 0;
    if paid_once && start < p.horizon {
        let m = start + 1;
        let label = Text::new(
            format!("第 {m} 个月起每月省"),
            format!("A month, from month {m}"),
        );
        return (label, saving_in(m));
    }
    let label = match (paid_once, start) {
        (true, _) => Text::new(
            format!("第 {start} 个月省（含一次性费用）"),
            format!("Month {start}, one-offs included"),
        ),
        (false, 1) => Text::new("现在每月省", "A month, now"),
        (false, s) => Text::new(
            format!("第 {s} 个月起每月省"),
            format!("A month, from month {s}"),
        ),
    };
    let saving = saving_in(start);
    let saving = if paid_once {
        Money(saving.0.saturating_sub(p.one_offs_total.0))
    } else {
        saving
    };
    (label, saving)
}
