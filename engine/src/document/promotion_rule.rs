//! A promotion's rule in one sentence, as the customer must read it.
use crate::catalog::{Promotion, PromotionKind};
use crate::money::Bps;
use crate::text::Text;

use super::yuan;

/// What the promotion does, in which months, with the credit cap stated.
pub fn promotion_rule(p: &Promotion, credit_cap: Bps) -> Text {
    let (a, b) = (p.from_month, p.to_month);
    let cap = credit_cap.format(crate::Lang::En);
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
                "一次预存 {}，第 {a}–{b} 个月每月赠送话费 {}（不超过当月话费的 {cap}）",
                yuan(*prepay),
                yuan(*credit_per_month)
            ),
            format!(
                "prepay {} once; a credit of {} each month in months {a}–{b} (never above {cap} of that month's bill)",
                yuan(*prepay),
                yuan(*credit_per_month)
            ),
        ),
        PromotionKind::TenureCredit { min_tenure_months, credit_per_month } => Text::new(
            format!(
                "网龄满 {min_tenure_months} 个月，第 {a}–{b} 个月每月赠送话费 {}（不超过当月话费的 {cap}）",
                yuan(*credit_per_month)
            ),
            format!(
                "for customers of {min_tenure_months}+ months: a credit of {} a month in months {a}–{b} (never above {cap} of that month's bill)",
                yuan(*credit_per_month)
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
                format!("第 {a}–{b} 个月按账户线路数减月费：{}", zh.join("，")),
                format!("monthly fees reduced by the account's line count in months {a}–{b}: {}", en.join(", ")),
            )
        }
    }
}
