//! What the given tables set for each pricing rule, in words
//! ([`super::list::pricing_rules`]'s third column): rendered from the tables
//! themselves, so the managers' form shows a draft's own settings as they
//! are edited.
use super::super::{Catalog, Promotion, PromotionKind};
use super::{CapBase, CreditBasis, LinesCounted, Stacking};
use crate::money::Money;
use crate::text::{Lang, Text};

pub(super) fn credit_cap(c: &Catalog) -> Text {
    Text::new(
        c.credit_cap.format(Lang::ZhCn),
        c.credit_cap.format(Lang::En),
    )
}

pub(super) fn credit_cap_on(c: &Catalog) -> Text {
    match c.policy.credit_cap_on {
        CapBase::Unit => Text::new("unit：每个计费单元自己的账单", "unit: each unit's own bill"),
        CapBase::Account => Text::new(
            "account：账户当月全部新账单",
            "account: the account's whole new bill",
        ),
    }
}

pub(super) fn stacking(c: &Catalog) -> Text {
    match c.policy.stacking {
        Stacking::Compound => Text::new("compound：折上折", "compound (折上折)"),
        Stacking::Add => Text::new("add：百分比相加", "add: percentages added"),
    }
}

pub(super) fn fixed() -> Text {
    Text::new("固定，不随资费表变化", "fixed, the same for all tables")
}

pub(super) fn intake() -> Text {
    Text::new(
        "不是资费表字段：来自客户资料和方案",
        "not a table field: from the intake and the proposal",
    )
}

pub(super) fn fees(c: &Catalog) -> Text {
    per_promotion(
        c,
        |_| true,
        |p, lang| {
            let names = [
                (p.fees.plan, "套餐费", "plan"),
                (p.fees.bundle, "融合费", "bundle"),
                (p.fees.members, "成员费", "members"),
            ];
            let picked: Vec<&str> = names
                .iter()
                .filter(|(on, _, _)| *on)
                .map(|(_, zh, en)| if lang == Lang::ZhCn { *zh } else { *en })
                .collect();
            match (picked.is_empty(), lang) {
                (true, Lang::ZhCn) => "无".to_string(),
                (true, Lang::En) => "none".to_string(),
                (false, Lang::ZhCn) => picked.join("、"),
                (false, Lang::En) => picked.join(", "),
            }
        },
    )
}

pub(super) fn credit_per(c: &Catalog) -> Text {
    per_promotion(
        c,
        |p| p.kind.is_credit(),
        |p, lang| {
            let zh_en = match p.credit_per {
                CreditBasis::Unit => ("unit：按计费单元", "unit"),
                CreditBasis::Account => ("account：每户", "account"),
            };
            pick(zh_en, lang)
        },
    )
}

pub(super) fn lines_counted(c: &Catalog) -> Text {
    let volume = |p: &Promotion| matches!(p.kind, PromotionKind::VolumeDiscount { .. });
    per_promotion(c, volume, |p, lang| {
        let zh_en = match p.lines_counted {
            LinesCounted::All => ("all：全部线路", "all"),
            LinesCounted::Moved => ("moved：转入的线路", "moved"),
        };
        pick(zh_en, lang)
    })
}

pub(super) fn whole_account(c: &Catalog) -> Text {
    per_promotion(c, |p| p.whole_account, |_, lang| pick(("是", "true"), lang))
}

pub(super) fn handsets(c: &Catalog) -> Text {
    let each = |lang: Lang| {
        let rows: Vec<String> = c
            .handsets
            .iter()
            .map(|h| {
                let fee = h.min_monthly_fee.format(lang);
                let (price, retail) = (money(h.contract_price, lang), money(h.retail_price, lang));
                match lang {
                    Lang::ZhCn => format!(
                        "{}：月费 ≥ {fee}，合约价 {price}（零售价 {retail}）",
                        h.name.zh
                    ),
                    Lang::En => format!(
                        "{}: fee ≥ {fee}, contract price {price} (retail {retail})",
                        h.name.en
                    ),
                }
            })
            .collect();
        joined(rows, lang)
    };
    Text::new(each(Lang::ZhCn), each(Lang::En))
}

fn money(m: Money, lang: Lang) -> String {
    m.format(lang)
}

fn pick((zh, en): (&str, &str), lang: Lang) -> String {
    match lang {
        Lang::ZhCn => zh.to_string(),
        Lang::En => en.to_string(),
    }
}

/// `名称：设置；…` over the promotions `which` picks; "none" when none is.
fn per_promotion(
    c: &Catalog,
    which: impl Fn(&Promotion) -> bool,
    say: impl Fn(&Promotion, Lang) -> String,
) -> Text {
    super::per_item::per_item(c.promotions.iter().filter(|p| which(p)), |p| &p.name, say)
}

fn joined(rows: Vec<String>, lang: Lang) -> String {
    match (rows.is_empty(), lang) {
        (true, Lang::ZhCn) => "无".to_string(),
        (true, Lang::En) => "none".to_string(),
        (false, Lang::ZhCn) => rows.join("；"),
        (false, Lang::En) => rows.join("; "),
    }
}

/// The bundles whose slots have free seats (主卡免费), by name.
pub(super) fn free_members(c: &Catalog) -> Text {
    let each = |lang: Lang| {
        let rows: Vec<String> = c
            .bundles
            .iter()
            .flat_map(|b| b.slots.iter().map(move |s| (b, s)))
            .filter(|(_, s)| s.free_members > 0)
            .map(|(b, s)| match lang {
                Lang::ZhCn => format!("{}：每套 {} 个成员免成员费", b.name.zh, s.free_members),
                Lang::En => format!(
                    "{}: {} member(s) a bundle pay no member fee",
                    b.name.en, s.free_members
                ),
            })
            .collect();
        joined(rows, lang)
    };
    Text::new(each(Lang::ZhCn), each(Lang::En))
}
