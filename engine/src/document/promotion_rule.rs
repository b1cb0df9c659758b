//! A promotion's rule in one sentence, as the customer must read it.
use crate::catalog::{Catalog, Promotion, PromotionKind};
use crate::text::Text;

use super::promotion_terms::{cap_words, terms};
use super::yuan;

/// What the promotion does, in which months, with the credit cap, the fees
/// it touches and how it counts stated (`promotion_terms`).
pub fn promotion_rule(p: &Promotion, catalog: &Catalog) -> Text {
    let rule = sentence(p, catalog);
    let more = terms(catalog, p);
    Text::new(
        format!("{}；{}", rule.zh, more.zh),
        format!("{}; {}", rule.en, more.en),
    )
}

fn sentence(p: &Promotion, catalog: &Catalog) -> Text {
    let (a, b) = (p.from_month, p.to_month);
    let cap = cap_words(catalog, p);
    match &p.kind {
        PromotionKind::FreeMonths => Text::new(
            format!("第 {a}–{b} 个月免月费（超出用量照常收费）"),
            format!("monthly fees waived in months {a}–{b} (usage beyond the allowance is still charged)"),
        ),
        PromotionKind::PercentOff { discount } => {
            let d = discount.format(crate::Lang::En);
            Text::new(
                format!("第 {a}–{b} 个月月费减 {d}"),
                format!("{d} off the monthly fees in months {a}–{b}"),
            )
        }
        PromotionKind::PrepayCredit { prepay, credit_per_month } => Text::new(
            format!(
                "一次预存 {}，第 {a}–{b} 个月每月赠送话费 {}（{}）",
                yuan(*prepay),
                yuan(*credit_per_month),
                cap.zh
            ),
            format!(
                "prepay {} once; a credit of {} each month in months {a}–{b} ({})",
                yuan(*prepay),
                yuan(*credit_per_month),
                cap.en
            ),
        ),
        PromotionKind::TenureCredit { min_tenure_months, credit_per_month } => Text::new(
            format!(
                "网龄满 {min_tenure_months} 个月，第 {a}–{b} 个月每月赠送话费 {}（{}）",
                yuan(*credit_per_month),
                cap.zh
            ),
            format!(
                "for customers of {min_tenure_months}+ months: a credit of {} a month in months {a}–{b} ({})",
                yuan(*credit_per_month),
                cap.en
            ),
        ),
        PromotionKind::VolumeDiscount { tiers } => {
            let zh: Vec<String> = tiers
                .iter()
                .map(|t| format!("{} 条起减 {}", t.min_lines, t.discount.format(crate::Lang::ZhCn)))
                .collect();
            let en: Vec<String> = tiers
                .iter()
                .map(|t| format!("{} off from {} lines", t.discount.format(crate::Lang::En), t.min_lines))
                .collect();
            Text::new(
                format!("第 {a}–{b} 个月按线路数减月费：{}", zh.join("，")),
                format!("monthly fees reduced by line count in months {a}–{b}: {}", en.join(", ")),
            )
        }
    }
}
