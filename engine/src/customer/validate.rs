//! Validation of an intake: every problem at once, with paths like
//! `lines[2].usage.data_mb`, never a panic. `validate_customer` needs only the
//! intake (a form can check as the rep types); `validate_customer_for` also
//! checks what it names against the package tables.
use super::{Customer, Segment};
use crate::catalog::{Catalog, LineKind, Scope};
use crate::problem::{Problem, Problems};

pub use crate::figures::limits::MAX_LINES;
use crate::figures::limits::{
    MAX_ACCOUNT_FEE, MAX_DATA_MB, MAX_EXIT_FEE, MAX_LINE_FEE, MAX_MINUTES, MAX_MONTHS,
    MAX_OWN_CALLS, MAX_SMS, MAX_SPEED_MBPS, MAX_TENURE_MONTHS, MAX_TEXT_CHARS,
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
            let fits = catalog.addon(id).is_some_and(|a| {
                !a.kind.is_pack() && a.scope == Scope::PerLine && a.line_kinds.contains(&line.kind)
            });
            if !fits {
                p.add(
                    format!("lines[{i}].features[{j}]"),
                    format!("资费表中没有适用于这类号码的业务 {id}"),
                    format!("no per-line add-on {id} for this kind of line in the package tables"),
                );
            }
        }
        if let Some(h) = &line.wants_handset {
            if catalog.handset(h).is_none() {
                p.add(
                    format!("lines[{i}].wants_handset"),
                    format!("资费表中没有手机 {h}"),
                    format!("no handset {h} in the package tables"),
                );
            } else if line.kind != LineKind::Mobile {
                p.add(
                    format!("lines[{i}].wants_handset"),
                    "只有手机号码可以配手机",
                    "only a mobile line takes a handset",
                );
            }
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
        let u = &line.usage;
        let limits = [
            (
                "usage.domestic_min",
                u.domestic_min,
                MAX_MINUTES,
                "每月最多 100,000 分钟",
                "at most 100,000 minutes a month",
            ),
            (
                "usage.long_distance_min",
                u.long_distance_min,
                MAX_MINUTES,
                "每月最多 100,000 分钟",
                "at most 100,000 minutes a month",
            ),
            (
                "usage.data_mb",
                u.data_mb,
                MAX_DATA_MB,
                "每月最多 10,000 GB",
                "at most 10,000 GB a month",
            ),
            (
                "usage.sms",
                u.sms,
                MAX_SMS,
                "每月最多 100,000 条短信",
                "at most 100,000 messages a month",
            ),
            (
                "usage.own_calls",
                u.own_calls.0,
                MAX_OWN_CALLS.0,
                "不能超过 100%",
                "must be at most 100%",
            ),
            (
                "usage.min_speed_mbps",
                u.min_speed_mbps,
                MAX_SPEED_MBPS,
                "最多 10,000 Mbps",
                "at most 10,000 Mbps",
            ),
        ];
        for (field, value, max, zh, en) in limits {
            p.check(value > max, || at(field), zh, en);
        }
    }
}
