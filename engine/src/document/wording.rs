//! The sentences of the document that compare and qualify: one line per
//! alternative considered, why the chosen one, and the conditions every
//! saving depends on (no saving stated without its conditions).
use crate::catalog::Catalog;
use crate::customer::Customer;
use crate::money::Money;
use crate::optimize::{Alternative, Badge};
use crate::pricing::OneOffKind;
use crate::text::Text;

use super::yuan;

use super::ConsideredLine;

/// "节省 ¥X" / "saves ¥X", or "多付 ¥X" / "costs ¥X more": never a negative saving.
fn saving_words(m: Money) -> Text {
    let amount = yuan(Money(m.0.saturating_abs()));
    if m.0 >= 0 {
        Text::new(format!("节省 {amount}"), format!("saves {amount}"))
    } else {
        Text::new(format!("多付 {amount}"), format!("costs {amount} more"))
    }
}

/// One alternative in one line, against the chosen proposal.
pub fn considered(a: &Alternative, chosen: &Alternative) -> ConsideredLine {
    let h = chosen.priced.horizon;
    let diff = a.priced.total.0.saturating_sub(chosen.priced.total.0);
    let amount = yuan(Money(diff.abs()));
    let mut versus = if diff > 0 {
        Text::new(
            format!("{h} 个月比所选方案多付 {amount}"),
            format!("{amount} more than the chosen proposal over {h} months"),
        )
    } else if diff < 0 {
        Text::new(
            format!("{h} 个月比所选方案少付 {amount}"),
            format!("{amount} less than the chosen proposal over {h} months"),
        )
    } else {
        Text::new(
            format!("{h} 个月总价与所选方案相同"),
            format!("the same total as the chosen proposal over {h} months"),
        )
    };
    if a.band.fragile {
        versus.zh.push_str("；用量变化时可能不省钱");
        versus.en.push_str("; may not save if usage changes");
    }
    ConsideredLine {
        title: a.title.clone(),
        badges: a.badges.clone(),
        total: a.priced.total,
        saving: a.priced.savings.horizon,
        versus_chosen: versus,
    }
}

/// The chosen proposal's own sentence, and what it costs against the cheapest.
pub fn why_chosen(chosen: &Alternative, cheapest: Option<&Alternative>) -> Text {
    let mut why = chosen.reason.clone();
    if let Some(c) = cheapest.filter(|c| c.priced.total < chosen.priced.total) {
        let extra = yuan(Money(
            chosen.priced.total.0.saturating_sub(c.priced.total.0),
        ));
        let h = chosen.priced.horizon;
        let (zh, en) = match chosen.badges.first() {
            Some(Badge::Robust) => ("用量变化时更稳妥", "it stays cheaper if usage changes"),
            Some(Badge::Premium) => ("配置更高", "it gives more"),
            _ if chosen.badges.contains(&Badge::BestValue) => (
                "多付的每一元换来的通话和流量最多",
                "each extra yuan buys the most allowance",
            ),
            _ => ("按客户的选择", "at the customer's choice"),
        };
        why.zh.push_str(&format!(
            "比最省的方案（{}）{h} 个月多 {extra}，选择理由：{zh}。",
            c.title.zh
        ));
        why.en.push_str(&format!(
            " It costs {extra} more over {h} months than the cheapest ({}); chosen because {en}.",
            c.title.en
        ));
    }
    why
}

/// What the savings assume; each sentence is printed beside the figures.
pub fn conditions(catalog: &Catalog, customer: &Customer, a: &Alternative) -> Vec<Text> {
    let p = &a.priced;
    let h = p.horizon;
    let (low, high) = (
        saving_words(a.band.saving_low_usage),
        saving_words(a.band.saving_high_usage),
    );
    let mut out = vec![Text::new(
        format!(
            "节省金额按上表所列的当前每月用量和每月话费 {} 计算；用量减少 {pct}% 时 {h} 个月{}，增加 {pct}% 时{}。",
            yuan(p.current_monthly),
            low.zh,
            high.zh,
            pct = a.band.percent
        ),
        format!(
            "Savings assume the monthly usage above and today's bill of {}; over {h} months the proposal {} with usage {pct}% lower, and {} with usage {pct}% higher.",
            yuan(p.current_monthly),
            low.en,
            high.en,
            pct = a.band.percent
        ),
    )];
    if let Some(n) = crate::customer::estimate::estimate_notice(customer) {
        let mut en = n.en.clone();
        if let Some(first) = en.get(..1).map(str::to_ascii_uppercase) {
            en.replace_range(..1, &first);
        }
        out.push(Text::new(format!("{}。", n.zh), format!("{en}.")));
    }
    for e in &p.promotion_ends {
        out.push(Text::new(
            format!(
                "“{}”只在第 {}–{} 个月有效，之后按正常资费收取。",
                e.name.zh, e.first_month, e.last_month
            ),
            format!(
                "“{}” applies in months {}–{} only; normal prices after that.",
                e.name.en, e.first_month, e.last_month
            ),
        ));
    }
    if p.contract_months > 0 {
        out.push(Text::new(
            format!("需签约 {} 个月；提前解约须支付违约金（见资费说明）。", p.contract_months),
            format!("A {}-month contract; leaving early costs an early-exit fee (see the tariff terms).", p.contract_months),
        ));
    }
    if let Some(start) = &a.start {
        out.push(start.words.clone());
    }
    let exit_fee_paid = p.one_offs.iter().any(|o| o.kind == OneOffKind::ExitFee);
    if exit_fee_paid {
        out.push(Text::new(
            format!(
                "已计入现有合约的提前解约费 {}。",
                yuan(customer.contract.exit_fee)
            ),
            format!(
                "Includes the current contract's early-exit fee of {}.",
                yuan(customer.contract.exit_fee)
            ),
        ));
    }
    if p.prepaid.0 > 0 {
        out.push(Text::new(
            format!("需一次预存 {}，作为账户余额抵扣以后的话费，未计入上述总额。", yuan(p.prepaid)),
            format!("A prepayment of {} is paid up front as account balance for later bills; it is not added to the totals.", yuan(p.prepaid)),
        ));
    }
    let on_account = match catalog.policy.credit_cap_on {
        crate::catalog::CapBase::Account => ("账户", "the account's whole new bill"),
        crate::catalog::CapBase::Unit => ("该套餐", "each package's bill"),
    };
    let stacking = super::promotion_terms::stacking_words(catalog.policy.stacking);
    out.push(Text::new(
        format!(
            "所有金额按第 {} 版资费表（{} 起执行）计算，含一次性费用；赠送话费不超过{}当月话费的 {}；{}。",
            catalog.version,
            catalog.effective_from,
            on_account.0,
            catalog.credit_cap.format(crate::Lang::ZhCn),
            stacking.zh
        ),
        format!(
            "All amounts from version {} of the package tables (effective {}), one-off fees included; a credit gift never exceeds {} of {} that month; {}.",
            catalog.version,
            catalog.effective_from,
            catalog.credit_cap.format(crate::Lang::En),
            on_account.1,
            stacking.en
        ),
    ));
    out
}
