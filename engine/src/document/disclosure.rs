//! The tariff disclosures MIIT requires of tariff marketing (2018): for each
//! package offered, its structure, items, rates, charging rules, conditions,
//! validity period and penalty, stated plainly next to the proposal.
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, Eligibility, ItemId, Rates, SegmentKind};
use crate::customer::Customer;
use crate::money::Money;
use crate::pricing::{Assignment, Proposal};
use crate::text::Text;

use super::{bundle_terms, yuan};

use super::fee_terms::with_one_offs;
use super::promotion_rule::promotion_rule;
use super::rows::allowance_words;

/// What kind of item a disclosure is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisclosureKind {
    Plan,
    Bundle,
    AddOn,
    Promotion,
    Handset,
}

/// One item's terms, field by field as the regulator lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disclosure {
    pub kind: DisclosureKind,
    pub name: Text,
    /// 资费结构: what is charged and how it is made up.
    pub structure: Text,
    /// 业务内容: what is included.
    pub items: Text,
    /// 资费标准: the rates beyond what is included.
    pub rates: Text,
    /// 计费规则.
    pub charging: Text,
    /// 适用条件.
    pub conditions: Text,
    /// 有效期.
    pub validity: Text,
    /// 违约责任.
    pub penalty: Text,
}

fn rates_words(r: &Rates) -> Text {
    let ld = r.long_distance_per_min.unwrap_or(r.domestic_per_min);
    Text::new(
        format!(
            "超出部分：国内通话 {}/分钟，长途 {}/分钟，流量 {}/MB，短信 {}/条",
            yuan(r.domestic_per_min),
            yuan(ld),
            yuan(r.data_per_mb),
            yuan(r.sms_each)
        ),
        format!(
            "Beyond the allowance: domestic calls {}/min, long distance {}/min, data {}/MB, SMS {} each",
            yuan(r.domestic_per_min),
            yuan(ld),
            yuan(r.data_per_mb),
            yuan(r.sms_each)
        ),
    )
}

fn segment_name(s: SegmentKind) -> (&'static str, &'static str) {
    match s {
        SegmentKind::Individual => ("个人", "individuals"),
        SegmentKind::Family => ("家庭", "families"),
        SegmentKind::Business => ("商业客户", "businesses"),
        SegmentKind::KeyAccount => ("大客户", "key accounts"),
    }
}

/// Eligibility in words; "anyone" when unrestricted.
pub fn eligibility_words(e: &Eligibility) -> Text {
    let mut zh: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    if !e.segments.is_empty() {
        let names: Vec<_> = e.segments.iter().map(|&s| segment_name(s)).collect();
        zh.push(format!(
            "限{}",
            names.iter().map(|n| n.0).collect::<Vec<_>>().join("、")
        ));
        en.push(format!(
            "for {} only",
            names.iter().map(|n| n.1).collect::<Vec<_>>().join(", ")
        ));
    }
    if let Some(n) = e.min_lines {
        zh.push(format!("账户至少 {n} 条线路"));
        en.push(format!("at least {n} lines on the account"));
    }
    if let Some(n) = e.max_lines {
        zh.push(format!("账户最多 {n} 条线路"));
        en.push(format!("at most {n} lines on the account"));
    }
    if let Some(n) = e.min_tenure_months {
        zh.push(format!("网龄满 {n} 个月"));
        en.push(format!("customers for at least {n} months"));
    }
    if !e.audiences.is_empty() {
        let who = crate::pricing::audiences_text(e);
        zh.push(format!("限{}", who.zh));
        en.push(format!("for {} only", who.en));
    }
    if let Some(window) = window_words(e) {
        zh.push(window.zh);
        en.push(window.en);
    }
    if zh.is_empty() {
        return Text::new("所有客户均可办理", "open to every customer");
    }
    Text::new(zh.join("；"), en.join("; "))
}

/// The calendar window (办理期限) in words, when the item has one.
pub fn window_words(e: &Eligibility) -> Option<Text> {
    Some(match (e.on_sale_from, e.on_sale_until) {
        (Some(f), Some(u)) => Text::new(
            format!("办理期限 {f} 至 {u}"),
            format!("on sale {f} to {u}"),
        ),
        (Some(f), None) => Text::new(format!("{f} 起办理"), format!("on sale from {f}")),
        (None, Some(u)) => Text::new(format!("办理截止 {u}"), format!("on sale until {u}")),
        (None, None) => return None,
    })
}

fn contract_words(months: u32, exit_fee: Money, effective_from: &str) -> (Text, Text) {
    if months == 0 {
        (
            Text::new(
                format!("{effective_from} 起执行；无合约期，可按月退订"),
                format!("from {effective_from}; no contract, cancel any month"),
            ),
            Text::new("无违约金", "no early-exit fee"),
        )
    } else {
        (
            Text::new(
                format!("{effective_from} 起执行；合约期 {months} 个月"),
                format!("from {effective_from}; a {months}-month contract"),
            ),
            Text::new(
                format!("合约期内退订或转出须付违约金 {}", yuan(exit_fee)),
                format!("leaving within the contract costs {}", yuan(exit_fee)),
            ),
        )
    }
}

const MONTHLY: (&str, &str) = (
    "按自然月计费，当月套餐内容当月有效、不结转；超出部分按下列标准计费",
    "billed by calendar month; allowances are monthly and do not carry over; usage beyond them is charged at the rates",
);

fn plan(catalog: &Catalog, id: &ItemId) -> Option<Disclosure> {
    let p = catalog.plan(id)?;
    let (validity, penalty) =
        contract_words(p.contract_months, p.early_exit_fee, &catalog.effective_from);
    Some(Disclosure {
        kind: DisclosureKind::Plan,
        name: p.name.clone(),
        structure: Text::new(
            format!("{}套餐，月费 {}", p.kind.name().zh, yuan(p.monthly_fee)),
            format!("{} plan, {} a month", p.kind.name().en, yuan(p.monthly_fee)),
        ),
        items: allowance_words(&p.allowance, p.speed_mbps, Some(p.kind)),
        rates: rates_words(&p.rates),
        charging: with_one_offs(
            catalog,
            Text::new(MONTHLY.0, MONTHLY.1),
            &p.one_off_fees,
            false,
        ),
        conditions: eligibility_words(&p.eligibility),
        validity,
        penalty,
    })
}

fn bundle(catalog: &Catalog, id: &ItemId) -> Option<Disclosure> {
    let b = catalog.bundle(id)?;
    let (validity, penalty) =
        contract_words(b.contract_months, b.early_exit_fee, &catalog.effective_from);
    // A slot of exactly one count says it once ("宽带 1 条", not "1–1 条").
    let count = |s: &crate::catalog::Slot, to: &str| {
        if s.min == s.max {
            s.min.to_string()
        } else {
            format!("{}{to}{}", s.min, s.max)
        }
    };
    let slots_zh: Vec<String> = b
        .slots
        .iter()
        .map(|s| {
            format!(
                "{} {} 条（每条 {}/月{}）",
                s.kind.name().zh,
                count(s, "–"),
                yuan(s.member_fee),
                bundle_terms::free_seats(s).zh
            )
        })
        .collect();
    let slots_en: Vec<String> = b
        .slots
        .iter()
        .map(|s| {
            format!(
                "{} {} ({} a month each{})",
                s.kind.name().en,
                count(s, " to "),
                yuan(s.member_fee),
                bundle_terms::free_seats(s).en
            )
        })
        .collect();
    let items_zh: Vec<String> = b
        .slots
        .iter()
        .map(|s| {
            format!(
                "每条{}：{}",
                s.kind.name().zh,
                allowance_words(&s.allowance, s.speed_mbps, Some(s.kind)).zh
            )
        })
        .collect();
    let items_en: Vec<String> = b
        .slots
        .iter()
        .map(|s| {
            format!(
                "each {}: {}",
                s.kind.name().en,
                allowance_words(&s.allowance, s.speed_mbps, Some(s.kind)).en
            )
        })
        .collect();
    let free = bundle_terms::free_calls(b);
    let share = bundle_terms::handset_share(b);
    let (free_zh, free_en) = (free.zh + &share.zh, free.en + &share.en);
    let eligibility = eligibility_words(&b.eligibility);
    let conditions = match bundle_terms::limit(b) {
        Some(t) => Text::new(
            format!("{}；{}", eligibility.zh, t.zh),
            format!("{}; {}", eligibility.en, t.en),
        ),
        None => eligibility,
    };
    Some(Disclosure {
        kind: DisclosureKind::Bundle,
        name: b.name.clone(),
        structure: Text::new(
            format!(
                "融合套餐，每份月费 {}，成员：{}",
                yuan(b.monthly_fee),
                slots_zh.join("、")
            ),
            format!(
                "bundle, {} a month per instance; members: {}",
                yuan(b.monthly_fee),
                slots_en.join(", ")
            ),
        ),
        items: Text::new(
            format!("{}{free_zh}", items_zh.join("；")),
            format!("{}{free_en}", items_en.join("; ")),
        ),
        rates: rates_words(&b.rates),
        charging: with_one_offs(
            catalog,
            Text::new(
                format!("{}；各成员的套餐内容分别计算", MONTHLY.0),
                format!(
                    "{}; each member's allowance is counted separately",
                    MONTHLY.1
                ),
            ),
            &b.one_off_fees,
            true,
        ),
        conditions,
        validity,
        penalty,
    })
}

fn addon(catalog: &Catalog, id: &ItemId) -> Option<Disclosure> {
    let a = catalog.addon(id)?;
    let adds = allowance_words(&a.adds, 0, None);
    Some(Disclosure {
        kind: DisclosureKind::AddOn,
        name: a.name.clone(),
        structure: Text::new(
            format!("叠加业务，{}/月", yuan(a.monthly_fee)),
            format!("add-on, {} a month", yuan(a.monthly_fee)),
        ),
        items: if adds.zh.is_empty() {
            a.description.clone()
        } else {
            adds
        },
        rates: Text::new("无另行收费", "no other charge"),
        charging: Text::new(
            "按月收取，当月有效、不结转",
            "charged monthly; valid in its month, no carry-over",
        ),
        conditions: eligibility_words(&a.eligibility),
        validity: Text::new(
            format!("{} 起执行；可按月退订", catalog.effective_from),
            format!("from {}; cancel any month", catalog.effective_from),
        ),
        penalty: Text::new("无违约金", "no early-exit fee"),
    })
}

fn promotion(catalog: &Catalog, id: &ItemId) -> Option<Disclosure> {
    let p = catalog.promotion(id)?;
    Some(Disclosure {
        kind: DisclosureKind::Promotion,
        name: p.name.clone(),
        structure: promotion_rule(p, catalog),
        items: p.description.clone(),
        rates: Text::new("优惠结束后按套餐正常资费收取", "normal prices once it ends"),
        charging: Text::new("按月计算，与套餐同账单", "applied monthly on the same bill"),
        conditions: eligibility_words(&p.eligibility),
        validity: Text::new(
            format!("建议方案的第 {}–{} 个月", p.from_month, p.to_month),
            format!("months {}–{} of the proposal", p.from_month, p.to_month),
        ),
        penalty: Text::new(
            "提前解约的，未到期优惠不再提供",
            "ends with the contract if it is ended early",
        ),
    })
}

fn handset(catalog: &Catalog, id: &ItemId) -> Option<Disclosure> {
    let h = catalog.handset(id)?;
    let (validity, penalty) =
        contract_words(h.contract_months, h.early_exit_fee, &catalog.effective_from);
    Some(Disclosure {
        kind: DisclosureKind::Handset,
        name: h.name.clone(),
        structure: Text::new(
            format!(
                "合约购机价 {}（零售价 {}）",
                yuan(h.contract_price),
                yuan(h.retail_price)
            ),
            format!(
                "contract price {} (retail {})",
                yuan(h.contract_price),
                yuan(h.retail_price)
            ),
        ),
        items: Text::new("手机一部", "one handset"),
        rates: Text::new(
            format!(
                "所选套餐月费不低于 {}，否则按零售价",
                yuan(h.min_monthly_fee)
            ),
            format!(
                "the plan's monthly fee must be at least {}, otherwise the retail price applies",
                yuan(h.min_monthly_fee)
            ),
        ),
        charging: Text::new("购机款在第 1 个月一次付清", "paid once, in month 1"),
        conditions: Text::new(
            format!("在网 {} 个月", h.contract_months),
            format!("{} months on the network", h.contract_months),
        ),
        validity,
        penalty,
    })
}

/// A handset bought outright (全款购机): its retail price, no handset
/// contract, no early-exit fee (the contract terms would misstate it).
fn handset_outright(catalog: &Catalog, id: &ItemId) -> Option<Disclosure> {
    let h = catalog.handset(id)?;
    let from = &catalog.effective_from;
    Some(Disclosure {
        kind: DisclosureKind::Handset,
        name: h.name.clone(),
        structure: Text::new(
            format!("全款购机，零售价 {}", yuan(h.retail_price)),
            format!("bought outright at retail, {}", yuan(h.retail_price)),
        ),
        items: Text::new("手机一部", "one handset"),
        rates: Text::new("不限套餐月费", "any plan"),
        charging: Text::new("购机款在第 1 个月一次付清", "paid once, in month 1"),
        conditions: Text::new("无在网要求", "no time on the network required"),
        validity: Text::new(
            format!("{from} 起执行；全款购机，无合约期"),
            format!("from {from}; bought outright, no contract"),
        ),
        penalty: Text::new("无违约金", "no early-exit fee"),
    })
}

type Describe = fn(&Catalog, &ItemId) -> Option<Disclosure>;

/// Every item the proposal uses, each once: plans, the bundle, packs and
/// features, handsets, promotions.
pub fn disclosures(catalog: &Catalog, customer: &Customer, proposal: &Proposal) -> Vec<Disclosure> {
    let mut ids: Vec<(&ItemId, Describe)> = Vec::new();
    for c in &proposal.lines {
        if let Assignment::Plan { plan: p } = &c.assignment {
            ids.push((p, plan));
        }
    }
    if let Some(b) = &proposal.bundle {
        ids.push((b, bundle));
    }
    for (c, l) in proposal.lines.iter().zip(&customer.lines) {
        ids.extend(c.packs.iter().map(|p| (p, addon as Describe)));
        if c.assignment != Assignment::Keep {
            ids.extend(l.features.iter().map(|p| (p, addon as Describe)));
            if proposal.include_handsets {
                // On contract if any changed line takes it on contract.
                let on_contract = |h: &ItemId| {
                    proposal.lines.iter().zip(&customer.lines).any(|(c, x)| {
                        c.assignment != Assignment::Keep
                            && x.wants_handset.as_ref() == Some(h)
                            && x.handset_mode == crate::customer::HandsetMode::Contract
                    })
                };
                ids.extend(l.wants_handset.iter().map(|h| {
                    let d: Describe = if on_contract(h) {
                        handset
                    } else {
                        handset_outright
                    };
                    (h, d)
                }));
            }
        }
    }
    if !proposal.is_keep_all() {
        ids.extend(
            customer
                .account_features
                .iter()
                .map(|p| (p, addon as Describe)),
        );
    }
    ids.extend(
        proposal
            .promotions
            .iter()
            .map(|p| (p, promotion as Describe)),
    );
    let mut seen: Vec<&ItemId> = Vec::new();
    let mut out = Vec::new();
    for (id, describe) in ids {
        if !seen.contains(&id) {
            seen.push(id);
            out.extend(describe(catalog, id));
        }
    }
    out
}
