//! The parts of a promotion's tariff terms that issue 13 made fields of the
//! package tables: which fees it touches, how often a credit counts and on
//! which bill its cap is measured, which lines a tier counts, whether every
//! line must move, and how discounts in one month combine. Printed so a rep
//! can defend every figure from the tables alone.
use crate::catalog::{
    CapBase, Catalog, CreditBasis, FeeRoles, LinesCounted, Promotion, PromotionKind, Stacking,
};
use crate::text::Text;

/// "plan fees, bundle fees, members' fees" (and the lines' add-on fees
/// with `fees.addons`), as the promotion touches them.
pub fn fee_words(f: FeeRoles) -> Text {
    let parts = [
        (f.plan, "套餐月费", "plan fees"),
        (f.bundle, "融合套餐月费", "bundle fees"),
        (f.members, "融合成员月费", "members' fees"),
        (
            f.addons,
            "所适用号码的叠加包（流量包、长途包）和功能月费",
            "the add-on fees (packs, features) of the lines it applies to",
        ),
    ];
    let (zh, en): (Vec<&str>, Vec<&str>) = parts.iter().filter(|p| p.0).map(|p| (p.1, p.2)).unzip();
    Text::new(zh.join("、"), en.join(", "))
}

/// How two discounts in one month combine (`policy.stacking`).
pub fn stacking_words(s: Stacking) -> Text {
    match s {
        Stacking::Compound => Text::new(
            "同月多项折扣依次计算（折上折）",
            "several discounts in one month apply in turn, each off what is left",
        ),
        Stacking::Add => Text::new(
            "同月多项折扣的折扣率相加（最多100%）",
            "several discounts in one month add their percentages (at most 100%)",
        ),
    }
}

/// The bill the credit cap is measured on (`policy.credit_cap_on`).
pub fn cap_words(catalog: &Catalog, p: &Promotion) -> Text {
    let cap = catalog.credit_cap.format(crate::Lang::En);
    let account =
        catalog.policy.credit_cap_on == CapBase::Account || p.credit_per == CreditBasis::Account;
    if account {
        Text::new(
            format!("不超过账户当月新套餐话费合计的 {cap}"),
            format!("never above {cap} of the account's whole new bill that month"),
        )
    } else {
        Text::new(
            format!("不超过该套餐当月话费的 {cap}"),
            format!("never above {cap} of that package's bill that month"),
        )
    }
}

/// The rule's conditions beyond its months: what it touches and how it counts.
pub fn terms(catalog: &Catalog, p: &Promotion) -> Text {
    let mut zh = Vec::new();
    let mut en = Vec::new();
    let mut push = |t: Text| {
        zh.push(t.zh);
        en.push(t.en);
    };
    if p.kind.is_credit() {
        push(match p.credit_per {
            CreditBasis::Account => Text::new("每户每月赠送一次", "given once a month per account"),
            CreditBasis::Unit => Text::new(
                "每个套餐（号码套餐或融合套餐）各赠送一次",
                "given on each package (each plan line, each bundle)",
            ),
        });
        push(cap_words(catalog, p));
    } else {
        let fees = fee_words(p.fees);
        push(Text::new(
            format!("适用于{}", fees.zh),
            format!("on {}", fees.en),
        ));
        if !matches!(p.kind, PromotionKind::FreeMonths) {
            push(stacking_words(catalog.policy.stacking));
        }
    }
    if matches!(p.kind, PromotionKind::VolumeDiscount { .. }) {
        push(match p.lines_counted {
            LinesCounted::All => {
                Text::new("按账户全部号码数计档", "tier by every line of the account")
            }
            LinesCounted::Moved => Text::new(
                "按办理新套餐的号码数计档（保留原套餐的号码不计）",
                "tier by the lines moved onto new packages (kept lines do not count)",
            ),
        });
    }
    if p.whole_account {
        push(Text::new(
            "须整体办理：全部号码办理新套餐",
            "whole account only: every line must move",
        ));
    }
    Text::new(zh.join("；"), en.join("; "))
}
