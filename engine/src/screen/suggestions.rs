//! The counter's suggestions for this customer, from the tables'
//! `suggestions` (`catalog::Suggestions`): the services the customer's
//! industry usually takes, the package featured for their spend band, in
//! the order their cluster market puts first. Each one is a tap to accept:
//! a service is added, and the featured package is chosen for the proposal
//! when one of the comparison's cards carries it (`featured_choice`; the
//! comparison still prices it, nothing is forced); one already taken is not
//! suggested again. Also the proposal's words for the cluster, the industry
//! and the suggestions taken.
use serde::{Deserialize, Serialize};

use crate::catalog::{AddOn, Catalog, IndustrySuggestion, ItemId, LineKind, Scope, SuggestionKind};
use crate::customer::{Cluster, Customer, Segment};
use crate::money::Money;
use crate::pricing::{Assignment, Proposal};
use crate::text::Text;

/// What the one tap adds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Accept {
    /// A per-account service, onto the account.
    Account(ItemId),
    /// A per-line service, onto every line of these kinds that lacks it.
    Lines {
        service: ItemId,
        kinds: Vec<LineKind>,
    },
}

/// One suggestion, in the engine's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    pub item: ItemId,
    /// "总机服务", "天翼对讲（员工手机）".
    pub what: Text,
    /// "酒店常用：总机服务", "主推套餐：月消费 ¥100.00–¥200.00".
    pub why: Text,
    /// "¥50.00/月", "¥10.00/月 × 8 部 = ¥80.00/月".
    pub price: Text,
    /// `None`: the featured package, never added; its tap chooses the card
    /// that carries it (`featured_choice`), or it is a marker when none does.
    pub accept: Option<Accept>,
}

/// The heading and the accept button's word.
pub fn suggestion_words() -> (Text, Text) {
    (Text::new("建议", "Suggestions"), Text::new("添加", "Add"))
}

fn yuan(m: Money) -> String {
    m.format(crate::Lang::ZhCn)
}

fn cluster_and_industry(c: &Customer) -> (Option<Cluster>, &str) {
    match &c.segment {
        Segment::Business { cluster, industry } => (Some(*cluster), industry.trim()),
        Segment::KeyAccount { industry } => (None, industry.trim()),
        _ => (None, ""),
    }
}

/// The tables' industries the customer's typed industry matches (ASCII
/// case folded: Chinese has no case, and the counter's wasm carries no
/// Unicode case tables).
fn industries<'a>(catalog: &'a Catalog, c: &Customer) -> Vec<&'a IndustrySuggestion> {
    let typed = cluster_and_industry(c).1.to_ascii_lowercase();
    catalog
        .suggestions
        .industries
        .iter()
        .filter(|i| {
            !typed.is_empty()
                && i.words
                    .iter()
                    .map(|w| w.trim().to_ascii_lowercase())
                    .any(|w| !w.is_empty() && typed.contains(&w))
        })
        .collect()
}

/// The lines a per-line add-on fits, and how many of them lack it.
fn fitting(a: &AddOn, c: &Customer) -> (usize, usize) {
    let fit: Vec<_> = c
        .lines
        .iter()
        .filter(|l| a.line_kinds.contains(&l.kind))
        .collect();
    let lacking = fit.iter().filter(|l| !l.features.contains(&a.id)).count();
    (fit.len(), lacking)
}

/// A service suggestion, unless the customer has it (on every line it
/// fits) or cannot take it.
fn service(
    a: &AddOn,
    c: &Customer,
    ind: &IndustrySuggestion,
    for_whom: &Text,
) -> Option<Suggestion> {
    let seg = &a.eligibility.segments;
    if !seg.is_empty() && !seg.contains(&c.segment.kind()) {
        return None;
    }
    let y = yuan(a.monthly_fee);
    let (price, accept) = match a.scope {
        Scope::PerAccount if c.account_features.contains(&a.id) => return None,
        Scope::PerAccount => (
            Text::new(format!("{y}/月"), format!("{y}/month")),
            Accept::Account(a.id.clone()),
        ),
        Scope::PerLine => {
            let (fit, n) = fitting(a, c);
            if fit == 0 || n == 0 {
                return None;
            }
            let all = yuan(Money(a.monthly_fee.0.saturating_mul(n as i64)));
            let accept = Accept::Lines {
                service: a.id.clone(),
                kinds: a.line_kinds.clone(),
            };
            (
                Text::new(
                    format!("{y}/月 × {n} 部 = {all}/月"),
                    format!("{y}/month × {n} lines = {all}/month"),
                ),
                accept,
            )
        }
    };
    let what = if for_whom.zh.trim().is_empty() {
        a.name.clone()
    } else {
        Text::new(
            format!("{}（{}）", a.name.zh, for_whom.zh),
            format!("{} ({})", a.name.en, for_whom.en),
        )
    };
    Some(Suggestion {
        kind: SuggestionKind::of(a.kind),
        item: a.id.clone(),
        why: Text::new(
            format!("{}常用：{}", ind.name.zh, what.zh),
            format!(
                "Usual for {}: {}",
                ind.name.en.to_ascii_lowercase(),
                what.en
            ),
        ),
        what,
        price,
        accept: Some(accept),
    })
}

/// The package featured for the customer's bill today, as a marker.
fn featured(catalog: &Catalog, c: &Customer) -> Option<Suggestion> {
    let bill = c.current_monthly_bill();
    let band = catalog
        .suggestions
        .spend_bands
        .iter()
        .find(|b| b.holds(bill) && b.is_for(c.segment.kind()))?;
    let (name, fee) = match (catalog.plan(&band.featured), catalog.bundle(&band.featured)) {
        (Some(p), _) => (p.name.clone(), p.monthly_fee),
        (_, Some(b)) => (b.name.clone(), b.monthly_fee),
        _ => return None,
    };
    let range = match band.to {
        Some(to) => format!("{}–{}", yuan(band.from), yuan(to)),
        None => format!("≥ {}", yuan(band.from)),
    };
    let y = yuan(fee);
    Some(Suggestion {
        kind: SuggestionKind::Package,
        item: band.featured.clone(),
        why: Text::new(
            format!("主推套餐：月消费 {range} 的客户"),
            format!("Featured package for bills of {range} a month"),
        ),
        what: name,
        price: Text::new(format!("{y}/月"), format!("{y}/month")),
        accept: None,
    })
}

/// Every suggestion for `c`: the featured package, then the matching
/// industries' services in the tables' order, re-ordered by the kinds the
/// customer's cluster market puts first when the tables order it.
pub fn suggestions(catalog: &Catalog, c: &Customer) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = featured(catalog, c).into_iter().collect();
    for ind in industries(catalog, c) {
        for sv in &ind.services {
            let Some(a) = catalog.addon(&sv.addon) else {
                continue;
            };
            if out.iter().any(|s| s.item == a.id) {
                continue;
            }
            out.extend(service(a, c, ind, &sv.for_whom));
        }
    }
    let cluster = cluster_and_industry(c).0;
    let order = catalog
        .suggestions
        .cluster_order
        .iter()
        .find(|o| Some(o.cluster) == cluster);
    let Some(o) = order else {
        return out;
    };
    // Kind by kind rather than a sort: a stable sort's code is large in the
    // counter's wasm, and a handful of suggestions needs none.
    let mut ordered = Vec::with_capacity(out.len());
    for k in &o.kinds {
        let (these, rest): (Vec<_>, Vec<_>) = out.into_iter().partition(|s| s.kind == *k);
        ordered.extend(these);
        out = rest;
    }
    ordered.extend(out);
    ordered
}

/// Whether `proposal` carries the package `item`: its bundle, or the plan
/// of one of its lines.
pub fn carries(proposal: &Proposal, item: &ItemId) -> bool {
    proposal.bundle.as_ref() == Some(item)
        || proposal
            .lines
            .iter()
            .any(|l| matches!(&l.assignment, Assignment::Plan { plan } if plan == item))
}

/// The featured package's one tap: the first of the comparison's cards
/// (ranked, best first) that carries it, and the button's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeaturedChoice {
    /// The card the tap chooses for the proposal.
    pub proposal: Proposal,
    /// "选用" / "Choose"; "已选用" / "Chosen" when it is the chosen one.
    pub button: Text,
    /// The button's name, with the package: "选用 沃商务·精英版".
    pub label: Text,
    /// Whether that card is already the chosen proposal.
    pub chosen: bool,
}

/// The tap for suggestion `s` when it is the featured package and a card
/// of `cards` carries it; none for a service, or when no card does (the
/// suggestion is then a marker: the comparison found the package no fit).
pub fn featured_choice(
    s: &Suggestion,
    cards: &[Proposal],
    chosen: Option<&Proposal>,
) -> Option<FeaturedChoice> {
    if s.accept.is_some() || s.kind != SuggestionKind::Package {
        return None;
    }
    let proposal = cards.iter().find(|p| carries(p, &s.item))?;
    let is_chosen = chosen == Some(proposal);
    let button = if is_chosen {
        Text::new("已选用", "Chosen")
    } else {
        Text::new("选用", "Choose")
    };
    let label = Text::new(
        format!("{} {}", button.zh, s.what.zh),
        format!("{} {}", button.en, s.what.en),
    );
    Some(FeaturedChoice {
        proposal: proposal.clone(),
        button,
        label,
        chosen: is_chosen,
    })
}

/// What the proposal prints about who the customer is and what they took
/// of the suggestions: "聚类市场：临街店铺", "行业：酒店", "采纳的建议：…".
/// A suggested service the customer has is one they took (a tap at the
/// counter, or chosen by hand: either way it is what was suggested).
pub fn segment_lines(catalog: &Catalog, c: &Customer) -> Vec<Text> {
    let (cluster, industry) = cluster_and_industry(c);
    let mut out = Vec::new();
    if let Some(k) = cluster.filter(|k| *k != Cluster::Other) {
        let n = k.name();
        out.push(Text::new(
            format!("聚类市场：{}", n.zh),
            format!("Cluster market: {}", n.en),
        ));
    }
    if !industry.is_empty() {
        out.push(Text::new(
            format!("行业：{industry}"),
            format!("Industry: {industry}"),
        ));
    }
    let mut taken: Vec<&Text> = Vec::new();
    for ind in industries(catalog, c) {
        for sv in &ind.services {
            let has = c.account_features.contains(&sv.addon)
                || c.lines.iter().any(|l| l.features.contains(&sv.addon));
            match catalog.addon(&sv.addon) {
                Some(a) if has && !taken.contains(&&a.name) => taken.push(&a.name),
                _ => {}
            }
        }
    }
    if !taken.is_empty() {
        let list = Text::list(taken);
        out.push(Text::new(
            format!("采纳的建议：{}", list.zh),
            format!("Suggestions taken: {}", list.en),
        ));
    }
    out
}
