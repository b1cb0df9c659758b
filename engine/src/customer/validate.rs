//! Validation of an intake: every problem at once, with paths like
//! `lines[2].usage.data_mb`, never a panic. `validate_customer` needs only the
//! intake (a form can check as the rep types); `validate_customer_for` also
//! checks what it names against the package tables.
use super::{Customer, Line, Segment, UsageField};
use crate::catalog::{Catalog, ItemId, LineKind, Scope};
use crate::problem::{Problem, Problems};
use crate::text::Text;

pub use crate::figures::limits::MAX_LINES;
use crate::figures::limits::{
    MAX_ACCOUNT_FEE, MAX_EXIT_FEE, MAX_LINE_FEE, MAX_MONTHS, MAX_TENURE_MONTHS, MAX_TEXT_CHARS,
};

/// Every problem in an intake.
pub fn validate_customer(c: &Customer) -> Result<(), Vec<Problem>> {
    let mut p = Problems::default();
    intake(c, &mut p);
    p.into_result()
}

/// Every problem in an intake, and every feature or handset it names that
/// the tables do not offer for that line.
pub fn validate_customer_for(c: &Customer, catalog: &Catalog) -> Result<(), Vec<Problem>> {
    let mut p = Problems::default();
    intake(c, &mut p);
    for (i, line) in c.lines.iter().enumerate() {
        for (j, id) in line.features.iter().enumerate() {
            if let Some(t) = feature_problem(catalog, line, id) {
                p.add(format!("lines[{i}].features[{j}]"), t.zh, t.en);
            }
        }
        if let Some(t) = handset_problem(catalog, line) {
            p.add(format!("lines[{i}].wants_handset"), t.zh, t.en);
        }
    }
    for (j, id) in c.account_features.iter().enumerate() {
        let fits = catalog
            .addon(id)
            .is_some_and(|a| !a.kind.is_pack() && a.scope == Scope::PerAccount);
        if !fits {
            p.add(
                format!("account_features[{j}]"),
                format!("资费表中没有按账户办理的业务 {id}"),
                format!("no per-account add-on {id} in the package tables"),
            );
        }
    }
    p.into_result()
}

/// Why a line cannot take the per-line service `id`, at its field: not in
/// the tables, or not for this kind of line ("天翼对讲不适用于固话").
pub fn feature_problem(catalog: &Catalog, line: &Line, id: &ItemId) -> Option<Text> {
    let Some(a) = catalog
        .addon(id)
        .filter(|a| !a.kind.is_pack() && a.scope == Scope::PerLine)
    else {
        return Some(Text::new(
            format!("资费表中没有按号码办理的业务 {id}"),
            format!("no per-line service {id} in the package tables"),
        ));
    };
    let kind = line.kind.name();
    (!a.line_kinds.contains(&line.kind)).then(|| {
        Text::new(
            format!("{}不适用于{}", a.name.zh, kind.zh),
            format!(
                "{} is not available on a {} line",
                a.name.en,
                kind.en.to_ascii_lowercase()
            ),
        )
    })
}

/// Why a line cannot take its wanted handset: not in the tables, or not a
/// mobile line ("固话不能配手机").
pub fn handset_problem(catalog: &Catalog, line: &Line) -> Option<Text> {
    let h = line.wants_handset.as_ref()?;
    if catalog.handset(h).is_none() {
        return Some(Text::new(
            format!("资费表中没有手机 {h}"),
            format!("no handset {h} in the package tables"),
        ));
    }
    let kind = line.kind.name();
    (line.kind != LineKind::Mobile).then(|| {
        Text::new(
            format!("{}不能配手机：只有手机号码可以配手机", kind.zh),
            format!(
                "A {} line takes no handset: only a mobile line does",
                kind.en.to_ascii_lowercase()
            ),
        )
    })
}

fn short(p: &mut Problems, path: impl FnOnce() -> String, text: &str) {
    p.check(
        text.chars().count() > MAX_TEXT_CHARS,
        path,
        "最多 60 个字",
        "at most 60 characters",
    );
}

fn intake(c: &Customer, p: &mut Problems) {
    short(p, || "name".into(), &c.name);
    match &c.segment {
        Segment::Business { industry, .. } | Segment::KeyAccount { industry } => {
            short(p, || "segment.industry".into(), industry);
        }
        Segment::Individual | Segment::Family => {}
    }
    p.check(
        c.lines.is_empty(),
        || "lines".into(),
        "请至少添加一个号码",
        "add at least one line",
    );
    p.check(
        c.lines.len() > MAX_LINES,
        || "lines".into(),
        "一份建议书最多 5,000 个号码",
        "at most 5,000 lines in one proposal",
    );
    p.check(
        c.tenure_months > MAX_TENURE_MONTHS,
        || "tenure_months".into(),
        "最多 1,200 个月",
        "at most 1,200 months",
    );
    p.check(
        c.current_account_fee.0 < 0,
        || "current_account_fee".into(),
        "不能为负数",
        "must not be negative",
    );
    p.check(
        c.current_account_fee > MAX_ACCOUNT_FEE,
        || "current_account_fee".into(),
        "每月最多 ¥1,000,000.00",
        "at most ¥1,000,000.00 a month",
    );
    p.check(
        c.contract.exit_fee.0 < 0,
        || "contract.exit_fee".into(),
        "不能为负数",
        "must not be negative",
    );
    p.check(
        c.contract.exit_fee > MAX_EXIT_FEE,
        || "contract.exit_fee".into(),
        "最多 ¥1,000,000.00",
        "at most ¥1,000,000.00",
    );
    p.check(
        c.contract.months_left > MAX_MONTHS,
        || "contract.months_left".into(),
        "最多 120 个月",
        "at most 120 months",
    );
    for (i, line) in c.lines.iter().enumerate() {
        let at = |f: &str| format!("lines[{i}].{f}");
        short(p, || at("label"), &line.label);
        p.check(
            line.current_monthly_fee.0 < 0,
            || at("current_monthly_fee"),
            "不能为负数",
            "must not be negative",
        );
        p.check(
            line.current_monthly_fee > MAX_LINE_FEE,
            || at("current_monthly_fee"),
            "每月最多 ¥100,000.00",
            "at most ¥100,000.00 a month",
        );
        for f in UsageField::ALL {
            let spec = f.spec();
            p.check(
                f.get(&line.usage) > spec.max,
                || at(&format!("usage.{}", spec.key)),
                spec.too_much[0],
                spec.too_much[1],
            );
        }
    }
}
