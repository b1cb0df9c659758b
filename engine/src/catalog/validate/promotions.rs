//! Checks of promotions: months, kinds, targets, authority.
use super::{eligibility, money, optional_text, refs, text, MAX_MONTHS};
use crate::catalog::{Catalog, CreditBasis, ItemId, LinesCounted, Promotion, PromotionKind};
use crate::problem::Problems;

pub(super) fn promotions(catalog: &Catalog, p: &mut Problems) {
    for (i, promo) in catalog.promotions.iter().enumerate() {
        let at = |f: &str| format!("promotions[{i}].{f}");
        text(p, &at("name"), &promo.name);
        optional_text(p, &at("description"), &promo.description);
        p.check(
            promo.from_month == 0,
            || at("from_month"),
            "月份从 1 开始",
            "months count from 1",
        );
        p.check(
            promo.to_month < promo.from_month,
            || at("to_month"),
            "不能早于开始月份",
            "must not be before from_month",
        );
        p.check(
            promo.to_month > MAX_MONTHS,
            || at("to_month"),
            "最多 120 个月",
            "at most 120 months",
        );
        p.check(
            !(1..=3).contains(&promo.authority_level),
            || at("authority_level"),
            "只能是 1（营业员）、2（主管）或 3（经理）",
            "must be 1 (rep), 2 (supervisor) or 3 (manager)",
        );
        eligibility(p, &at("eligibility"), &promo.eligibility);
        rules(p, &at, promo);
        let target = |id: &ItemId| catalog.plan(id).is_some() || catalog.bundle(id).is_some();
        refs(p, &at("applies_to"), &promo.applies_to, &target);
        match &promo.kind {
            PromotionKind::FreeMonths => {}
            PromotionKind::PercentOff { discount } => {
                p.check(
                    discount.0 == 0 || discount.0 > 10_000,
                    || at("kind.discount"),
                    "须在 0.01% 到 100% 之间",
                    "must be between 0.01% and 100%",
                );
            }
            PromotionKind::PrepayCredit {
                prepay,
                credit_per_month,
            } => {
                money(p, &at("kind.prepay"), *prepay);
                money(p, &at("kind.credit_per_month"), *credit_per_month);
                p.check(
                    credit_per_month.0 == 0,
                    || at("kind.credit_per_month"),
                    "必须大于 0",
                    "must be more than zero",
                );
            }
            PromotionKind::TenureCredit {
                min_tenure_months,
                credit_per_month,
            } => {
                money(p, &at("kind.credit_per_month"), *credit_per_month);
                p.check(
                    credit_per_month.0 == 0,
                    || at("kind.credit_per_month"),
                    "必须大于 0",
                    "must be more than zero",
                );
                p.check(
                    *min_tenure_months > 1_200,
                    || at("kind.min_tenure_months"),
                    "最多 1,200 个月",
                    "at most 1,200 months",
                );
            }
            PromotionKind::VolumeDiscount { tiers } => {
                p.check(
                    tiers.is_empty(),
                    || at("kind.tiers"),
                    "至少要有一档",
                    "needs at least one tier",
                );
                for (j, t) in tiers.iter().enumerate() {
                    p.check(
                        t.discount.0 == 0 || t.discount.0 > 10_000,
                        || at(&format!("kind.tiers[{j}].discount")),
                        "须在 0.01% 到 100% 之间",
                        "must be between 0.01% and 100%",
                    );
                    p.check(
                        t.min_lines == 0,
                        || at(&format!("kind.tiers[{j}].min_lines")),
                        "至少为 1",
                        "must be 1 or more",
                    );
                }
                let ascending = tiers.windows(2).all(|w| w[0].min_lines < w[1].min_lines);
                p.check(
                    !ascending,
                    || at("kind.tiers"),
                    "各档须按号码数从小到大排列",
                    "tiers must go up by line count",
                );
            }
        }
    }
}

/// The rules of issue 13 (`catalog::rules`): each stated so it can be priced.
fn rules(p: &mut Problems, at: &dyn Fn(&str) -> String, promo: &Promotion) {
    let f = promo.fees;
    p.check(
        !(f.plan || f.bundle || f.members || f.addons),
        || at("fees"),
        "至少要作用于一项费用：套餐、融合套餐、成员费或叠加包",
        "must touch at least one fee: plan, bundle, members or addons",
    );
    let credit = promo.kind.is_credit();
    p.check(
        credit && f.addons,
        || at("fees.addons"),
        "赠款不减免叠加包和功能费：只有免费月、百分比折扣和阶梯折扣可以作用于叠加包",
        "a credit gift does not reduce add-on fees: only free months, percentage and volume discounts touch addons",
    );
    p.check(
        credit && !(f.plan || f.bundle),
        || at("fees"),
        "赠款只能抵扣套餐或融合套餐本身的费用：请勾选套餐或融合套餐",
        "a credit lands on a plan line or a bundle's own bill: touch plan or bundle",
    );
    let account = promo.credit_per == CreditBasis::Account;
    p.check(
        account && !credit,
        || at("credit_per"),
        "只有赠款可以按账户只算一次",
        "only a credit gift counts once per account",
    );
    p.check(
        account && credit && !promo.applies_to.is_empty(),
        || at("applies_to"),
        "按账户只算一次的赠款适用于整个账户：适用范围请留空",
        "a credit counted once per account is for the whole account: leave it empty",
    );
    p.check(
        account && credit && !(f.plan && f.bundle),
        || at("fees"),
        "按账户只算一次的赠款须同时作用于套餐和融合套餐的费用",
        "a credit counted once per account touches plan and bundle bills",
    );
    let tiers = match &promo.kind {
        PromotionKind::VolumeDiscount { tiers } => Some(tiers),
        _ => None,
    };
    let moved = promo.lines_counted == LinesCounted::Moved;
    p.check(
        moved && tiers.is_none(),
        || at("lines_counted"),
        "只有按号码数优惠才统计号码数",
        "only a volume discount counts lines",
    );
    // The optimizer searches one tier at a time and relies on a higher
    // tier never costing more (see `optimize::search`).
    // (Only once they go up by line count, which is checked above.)
    let rising = tiers.is_none_or(|t| {
        t.windows(2)
            .all(|w| w[0].min_lines >= w[1].min_lines || w[0].discount <= w[1].discount)
    });
    p.check(
        moved && !rising,
        || at("kind.tiers"),
        "按转入的号码计数时，号码数更多的一档优惠不能更少",
        "counting moved lines, a tier for more lines must not give less",
    );
}
