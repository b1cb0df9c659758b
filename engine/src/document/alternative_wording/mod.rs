//! Words for the optimizer's results: why no proposal is possible
//! (`blocked.rs`), what each alternative is called (`title.rs`), the sentence
//! a rep reads out (here), and why each line got what it got
//! (`line_reason.rs`). The optimizer calls them once an alternative's badges
//! are final; the ranking itself is `optimize/ranking.rs`.
mod blocked;
mod line_reason;
mod title;

use crate::catalog::{Catalog, ItemId};
use crate::customer::Customer;
use crate::money::Money;
use crate::text::{Lang, Text};

use crate::optimize::{Alternative, Badge};

pub use blocked::{missing_lines, why_none};

fn item_name<'a>(catalog: &'a Catalog, id: &ItemId) -> &'a Text {
    static EMPTY: Text = Text {
        zh: String::new(),
        en: String::new(),
    };
    catalog.name_of(id).unwrap_or(&EMPTY)
}

/// Writes the title, the sentence and the per-line reasons.
pub fn describe(catalog: &Catalog, customer: &Customer, a: &mut Alternative) {
    a.title = title::title(catalog, &a.proposal);
    // The same packages now and at the contract's end are two options: the
    // title says which.
    if let Some(later) = &a.start {
        let m = later.start_month;
        a.title.zh.push_str(&format!("（第 {m} 个月起）"));
        a.title.en.push_str(&format!(" (from month {m})"));
    }
    let p = &a.priced;
    let money = |m: Money| m.format(Lang::ZhCn);
    let h = p.horizon;
    let saves = p.savings.horizon.0 >= 0;
    let amount = money(Money(p.savings.horizon.0.abs()));
    let monthly = money(Money(p.savings.average_month.0.abs()));
    let (zh_core, en_core) = if saves {
        (
            format!("{h} 个月共省 {amount}，平均每月省 {monthly}"),
            format!("saves {amount} over {h} months, {monthly} a month on average"),
        )
    } else {
        (
            format!("{h} 个月共多付 {amount}"),
            format!("costs {amount} more over {h} months"),
        )
    };
    a.reason = match a.badges.first() {
        Some(Badge::Keep) => Text::new(
            format!(
                "保持现状：每月 {}，{h} 个月共 {}。",
                money(p.current_monthly),
                money(p.current_total)
            ),
            format!(
                "Keep what you have: {} a month, {} over {h} months.",
                money(p.current_monthly),
                money(p.current_total)
            ),
        ),
        Some(Badge::Robust) => Text::new(
            format!(
                "推荐：用量上下浮动 {}% 仍然省钱，{zh_core}。",
                a.band.percent
            ),
            format!(
                "Recommended: still saves if usage is {}% off either way; {en_core}.",
                a.band.percent
            ),
        ),
        Some(Badge::Cheapest) => match a.unproven_by {
            None => Text::new(
                format!("最省的方案：{zh_core}。"),
                format!("The cheapest proposal: {en_core}."),
            ),
            // The search could not prove it the least (a credit capped by a
            // small month's bill): say the proven margin, never more.
            Some(by) => Text::new(
                format!(
                    "找到的最省方案：{zh_core}；已证明任何方案都不会比它便宜超过 {}。",
                    money(by)
                ),
                format!(
                    "The cheapest proposal found: {en_core}; proven: none is more than {} cheaper.",
                    money(by)
                ),
            ),
        },
        Some(Badge::Premium) => Text::new(
            format!("最高配置，适合重点客户：{zh_core}。"),
            format!("The richest option for a key account: {en_core}."),
        ),
        _ if a.badges.contains(&Badge::BestValue) => Text::new(
            format!("性价比最高：每多付一元得到的流量和通话最多；{zh_core}。"),
            format!("Best value: the most allowance for each extra yuan; {en_core}."),
        ),
        _ => Text::new(
            format!("备选方案：{zh_core}。"),
            format!("An alternative: {en_core}."),
        ),
    };
    let why = if a.badges.contains(&Badge::Premium) {
        line_reason::PlanWhy::Premium
    } else if a.priced.savings.horizon.0 > 0 {
        line_reason::PlanWhy::Cheapest
    } else {
        line_reason::PlanWhy::Chosen
    };
    a.line_reasons = a
        .proposal
        .lines
        .iter()
        .zip(&customer.lines)
        .map(|(c, line)| line_reason::line_reason(catalog, &a.proposal, c, line, why))
        .collect();
}
