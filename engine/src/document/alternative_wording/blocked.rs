//! Why no proposal (or no bundle) is possible: the constraint that blocks it,
//! in words a rep can read out.
use crate::catalog::{Bundle, Catalog, LineKind};
use crate::customer::Customer;
use crate::pricing::offer_problem;
use crate::text::Text;

use crate::optimize::Options;

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
        let open = catalog.plans.iter().any(|p| {
            p.kind == kind && offer_problem(&p.eligibility, customer, options.date).is_none()
        });
        if !open {
            let (zh, en) = kind_words(kind);
            reasons.push(Text::new(
                format!("没有适用于该客户的{zh}套餐"),
                format!("no {en} plan is open to this customer"),
            ));
        }
    }
    // Broadband needing more speed than any open plan or bundle gives.
    let open = |rule| offer_problem(rule, customer, options.date).is_none();
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
