//! Words for the optimizer's results: why no proposal is possible, what each
//! alternative is, the sentence a rep reads out, and why each line got what
//! it got. The optimizer calls them once an alternative's badges are final;
//! the ranking itself is `optimize/ranking.rs`.
use crate::catalog::{Bundle, Catalog, ItemId, LineKind};
use crate::customer::Customer;
use crate::figures::gb_shown as gb;
use crate::money::Money;
use crate::pricing::{eligibility_problem, Assignment, Proposal};
use crate::text::{Lang, Text};

use crate::optimize::{Alternative, Badge, Options};

fn kind_words(kind: LineKind) -> (&'static str, &'static str) {
    match kind {
        LineKind::Mobile => ("手机", "mobile"),
        LineKind::Landline => ("固话", "landline"),
        LineKind::Broadband => ("宽带", "broadband"),
    }
}

/// Why a bundle cannot be formed from the customer's lines, if it cannot.
pub fn missing_lines(bundle: &Bundle, customer: &Customer) -> Option<Text> {
    let slot = bundle
        .slots
        .iter()
        .find(|s| s.min > customer.count_of(s.kind))?;
    let (zh, en) = kind_words(slot.kind);
    let have = customer.count_of(slot.kind);
    Some(Text::new(
        format!(
            "{} 需要至少 {} 个{zh}，客户有 {have} 个",
            bundle.name.zh, slot.min
        ),
        format!(
            "{} needs at least {} {en} line(s); the customer has {have}",
            bundle.name.en, slot.min
        ),
    ))
}

/// Which constraint blocks every proposal.
pub fn why_none(
    catalog: &Catalog,
    customer: &Customer,
    options: &Options,
    mut notes: Vec<Text>,
) -> Vec<Text> {
    let mut reasons = Vec::new();
    if (0..customer.lines.len()).all(|i| options.locked_lines.contains(&i)) {
        reasons.push(Text::new(
            "所有号码都锁定在现有套餐",
            "every line is locked to its current plan",
        ));
    }
    for kind in LineKind::ALL {
        if customer.count_of(kind) == 0 {
            continue;
        }
        let open = catalog
            .plans
            .iter()
            .any(|p| p.kind == kind && eligibility_problem(&p.eligibility, customer).is_none());
        if !open {
            let (zh, en) = kind_words(kind);
            reasons.push(Text::new(
                format!("没有适用于该客户的{zh}套餐"),
                format!("no {en} plan is open to this customer"),
            ));
        }
    }
    // Broadband needing more speed than any open plan or bundle gives.
    let open = |rule| eligibility_problem(rule, customer).is_none();
    let fastest = catalog
        .plans
        .iter()
        .filter(|p| p.kind == LineKind::Broadband && open(&p.eligibility))
        .map(|p| p.speed_mbps)
        .chain(
            catalog
                .bundles
                .iter()
                .filter(|b| open(&b.eligibility))
                .filter_map(|b| b.slot(LineKind::Broadband))
                .map(|s| s.speed_mbps),
        )
        .max();
    for (i, line) in customer.lines.iter().enumerate() {
        let need = line.usage.min_speed_mbps;
        let too_slow = fastest.is_some_and(|f| f < need);
        if line.kind == LineKind::Broadband && too_slow && !options.locked_lines.contains(&i) {
            reasons.push(Text::new(
                format!("第 {} 个号码需 {need} Mbps，没有这么快的宽带", i + 1),
                format!(
                    "line {} needs {need} Mbps; no broadband offered is that fast",
                    i + 1
                ),
            ));
        }
    }
    reasons.append(&mut notes);
    if reasons.is_empty() {
        reasons.push(Text::new("没有可办理的方案", "no proposal can be ordered"));
    }
    reasons
}

fn item_name<'a>(catalog: &'a Catalog, id: &ItemId) -> &'a Text {
    static EMPTY: Text = Text {
        zh: String::new(),
        en: String::new(),
    };
    catalog.name_of(id).unwrap_or(&EMPTY)
}

/// Writes the title, the sentence and the per-line reasons.
pub fn describe(catalog: &Catalog, customer: &Customer, a: &mut Alternative) {
    a.title = title(catalog, &a.proposal);
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
        Some(Badge::Cheapest) => Text::new(
            format!("最省的方案：{zh_core}。"),
            format!("The cheapest proposal: {en_core}."),
        ),
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
    a.line_reasons = a
        .proposal
        .lines
        .iter()
        .zip(&customer.lines)
        .map(|(c, line)| line_reason(catalog, &a.proposal, c, line))
        .collect();
}

fn title(catalog: &Catalog, proposal: &Proposal) -> Text {
    let mut parts: Vec<(Text, u32)> = Vec::new();
    let mut add = |t: &Text| match parts.iter_mut().find(|(x, _)| x == t) {
        Some((_, n)) => *n += 1,
        None => parts.push((t.clone(), 1)),
    };
    if let Some(b) = &proposal.bundle {
        for _ in 0..proposal.instances() {
            add(item_name(catalog, b));
        }
    }
    for c in &proposal.lines {
        match &c.assignment {
            Assignment::Plan { plan } => add(item_name(catalog, plan)),
            Assignment::Keep => add(&Text::new("保留原套餐", "current plan")),
            Assignment::Member { .. } => {}
        }
    }
    let join = |lang: Lang| {
        parts
            .iter()
            .map(|(t, n)| {
                if *n > 1 {
                    format!("{} ×{n}", t.get(lang))
                } else {
                    t.get(lang).to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    Text::new(join(Lang::ZhCn), join(Lang::En))
}

fn line_reason(
    catalog: &Catalog,
    proposal: &Proposal,
    c: &crate::pricing::LineChoice,
    line: &crate::customer::Line,
) -> Text {
    let u = &line.usage;
    let (use_zh, use_en) = match line.kind {
        LineKind::Broadband => (
            format!("需 {} Mbps", u.min_speed_mbps),
            format!("needs {} Mbps", u.min_speed_mbps),
        ),
        LineKind::Landline => (
            format!("用量 {} 分钟", u.domestic_min + u.long_distance_min),
            format!("uses {} min", u.domestic_min + u.long_distance_min),
        ),
        _ => (
            format!(
                "用量 {} 分钟、{} GB",
                u.domestic_min + u.long_distance_min,
                gb(u.data_mb)
            ),
            format!(
                "uses {} min, {} GB",
                u.domestic_min + u.long_distance_min,
                gb(u.data_mb)
            ),
        ),
    };
    let packs: Vec<&Text> = c.packs.iter().map(|p| item_name(catalog, p)).collect();
    let (pz, pe) = if packs.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(
                "，加{}",
                packs
                    .iter()
                    .map(|t| t.zh.as_str())
                    .collect::<Vec<_>>()
                    .join("、")
            ),
            format!(
                ", plus {}",
                packs
                    .iter()
                    .map(|t| t.en.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    };
    match &c.assignment {
        Assignment::Keep => Text::new(
            format!("保留原套餐：没有更省的选择（{use_zh}）"),
            format!("Keeps its plan: nothing cheaper fits ({use_en})"),
        ),
        Assignment::Plan { plan } => {
            let p = catalog.plan(plan);
            let inc = p
                .map(|p| (p.allowance.domestic_min, gb(p.allowance.data_mb)))
                .unwrap_or_default();
            let name = item_name(catalog, plan);
            Text::new(
                format!(
                    "{}：含 {} 分钟、{} GB，{use_zh}{pz}，是此用量下最省的选择",
                    name.zh, inc.0, inc.1
                ),
                format!(
                    "{}: {} min and {} GB included; {use_en}{pe}; the cheapest fit for this usage",
                    name.en, inc.0, inc.1
                ),
            )
        }
        Assignment::Member { instance } => {
            let name = proposal
                .bundle
                .as_ref()
                .map(|b| item_name(catalog, b).clone())
                .unwrap_or_default();
            Text::new(
                format!(
                    "加入{}（第 {} 份）：比单独办理更省，{use_zh}{pz}",
                    name.zh,
                    instance + 1
                ),
                format!(
                    "Joins {} (instance {}): cheaper than a plan of its own; {use_en}{pe}",
                    name.en,
                    instance + 1
                ),
            )
        }
    }
}
