//! The document's two tables: the customer's lines today, and what each
//! billing unit of the proposal is, gives and costs.
use serde::{Deserialize, Serialize};

use crate::catalog::{Allowance, Catalog, LineKind};
use crate::customer::{Customer, Line, UsageField};
use crate::money::Money;
use crate::optimize::Alternative;
use crate::pricing::{Assignment, UnitKind};
use crate::screen::figures::MonthAmount;
use crate::text::Text;

/// One line the customer has today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentRow {
    /// 1-based, as on the counter screen.
    pub number: u32,
    /// The rep's label for the line ("老板手机", the same in both languages),
    /// with the count for a group ("6 × 服务员"); an unlabelled group is
    /// named by its kind in each language ("4 × 手机", "4 × mobile").
    pub label: Text,
    pub kind: Text,
    /// Its monthly usage, in words.
    pub usage: Text,
    /// "用量按每月 ¥128.00 估算：约 800 分钟、30 GB，请与客户核对" when the
    /// rep left the usage blank (`Line::estimate_words`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<Text>,
    /// What the row's lines cost a month today, all of them.
    pub monthly_fee: Money,
    /// How many identical lines the row stands for (a group at the counter).
    #[serde(default = "one")]
    pub count: u32,
    /// The plan it is on today, when the rep named it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub current_plan: String,
}

fn one() -> u32 {
    1
}

/// One billing unit of the proposal: a line, a bundle's fee, the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageRow {
    /// "#1 老板手机", "商务融合套餐 (1)", "账户".
    pub unit: Text,
    /// The plan or bundle, or "current plan" for a line that stays.
    pub package: Text,
    /// What it includes each month, in words (empty for a bundle's own fee).
    pub includes: Text,
    /// Packs, features and a handset that come with it.
    pub extras: Vec<Text>,
    pub first_month: Money,
    /// What it costs in each stretch of months (`LineCost::monthly`): the
    /// amounts times their months add up to `horizon_total` (issue 14: never
    /// a first month and a bill "after promotions" that do not).
    pub amounts: Vec<MonthAmount>,
    pub horizon_total: Money,
    /// Why this line got this package (lines only).
    pub reason: Option<Text>,
    /// How many identical lines with the same package the row stands for;
    /// its amounts are theirs together.
    #[serde(default = "one")]
    pub count: u32,
}

/// A line's usage in words: each quantity its kind has that the proposal
/// shows (minutes, data and SMS, or the speed it needs), in table order.
pub fn usage_words(line: &Line) -> Text {
    let parts: Vec<Text> = UsageField::ALL
        .into_iter()
        .filter(|f| f.applies_to(line.kind))
        .filter_map(|f| {
            let words = (f.spec().situation)(line.kind)?;
            Some(f.fill(words, f.get(&line.usage)))
        })
        .collect();
    join(&parts, " · ", " · ")
}

/// An allowance (and speed) in words, leaving out what is zero and what a
/// line of `kind` does not have (issue 14: a 5G mobile plan's `speed_mbps`
/// is no "宽带 1000 Mbps"; a speed is said for broadband only). `None`: an
/// add-on's allowance, whatever kinds it fits, no speed.
pub fn allowance_words(a: &Allowance, speed_mbps: u32, kind: Option<LineKind>) -> Text {
    let mut parts: Vec<Text> = UsageField::ALL
        .into_iter()
        .filter(|f| kind.is_none_or(|k| f.applies_to(k)))
        .filter_map(|f| {
            let n = f.included(a).filter(|n| *n > 0)?;
            Some(f.fill(f.spec().metered?.words, n))
        })
        .collect();
    if speed_mbps > 0 && kind == Some(LineKind::Broadband) {
        parts.push(Text::new(
            format!("宽带 {speed_mbps} Mbps"),
            format!("{speed_mbps} Mbps broadband"),
        ));
    }
    join(&parts, "、", ", ")
}

fn join(parts: &[Text], zh: &str, en: &str) -> Text {
    let side = |f: fn(&Text) -> &str, sep| parts.iter().map(f).collect::<Vec<_>>().join(sep);
    Text::new(side(|t| &t.zh, zh), side(|t| &t.en, en))
}

/// A group's label: "6 × 服务员".
fn group_label(label: &str, count: usize) -> String {
    if count > 1 {
        format!("{count} × {label}")
    } else {
        label.to_string()
    }
}

/// A current row's label in both languages.
fn row_label(line: &crate::customer::Line, count: usize) -> Text {
    if line.label.is_empty() && count > 1 {
        let kind = line.kind.name();
        Text::new(
            group_label(&kind.zh, count),
            group_label(&kind.en.to_ascii_lowercase(), count),
        )
    } else {
        let label = group_label(&line.label, count);
        Text::new(label.clone(), label)
    }
}

/// One row per group of identical lines next to each other.
pub fn current_rows(customer: &Customer) -> Vec<CurrentRow> {
    customer
        .groups()
        .into_iter()
        .map(|(start, count)| {
            let l = &customer.lines[start];
            CurrentRow {
                number: start as u32 + 1,
                label: row_label(l, count),
                kind: l.kind.name(),
                usage: usage_words(l),
                estimate: l.estimate_words(),
                monthly_fee: Money(l.current_monthly_fee.0.saturating_mul(count as i64)),
                count: count as u32,
                current_plan: l.current_plan.clone(),
            }
        })
        .collect()
}

fn name(catalog: &Catalog, id: &crate::catalog::ItemId) -> Text {
    catalog
        .name_of(id)
        .cloned()
        .unwrap_or_else(|| Text::new(id.as_str(), id.as_str()))
}

fn line_unit_name(customer: &Customer, index: usize) -> Text {
    let label = customer
        .lines
        .get(index)
        .map(|l| l.label.as_str())
        .unwrap_or("");
    let kind = customer
        .lines
        .get(index)
        .map(|l| l.kind.name())
        .unwrap_or_default();
    let (zh, en) = if label.is_empty() {
        (kind.zh, kind.en)
    } else {
        (label.to_string(), label.to_string())
    };
    Text::new(
        format!("#{} {zh}", index + 1),
        format!("#{} {en}", index + 1),
    )
}

/// What a line gets in the proposal, and the extras that come with it.
fn line_package(
    catalog: &Catalog,
    customer: &Customer,
    a: &Alternative,
    index: usize,
) -> (Text, Text, Vec<Text>) {
    let choice = &a.proposal.lines[index];
    let line = &customer.lines[index];
    let mut extras: Vec<Text> = choice.packs.iter().map(|p| name(catalog, p)).collect();
    extras.extend(line.features.iter().map(|f| name(catalog, f)));
    if let (Some(h), true) = (&line.wants_handset, a.proposal.include_handsets) {
        if choice.assignment != Assignment::Keep {
            let n = name(catalog, h);
            let mode = line.handset_mode.name();
            extras.push(Text::new(
                format!("{}（{}）", n.zh, mode.zh),
                format!("{} ({})", n.en, mode.en.to_ascii_lowercase()),
            ));
        }
    }
    match &choice.assignment {
        Assignment::Keep => (
            Text::new("保留原套餐", "Current plan, unchanged"),
            Text::default(),
            extras,
        ),
        Assignment::Plan { plan } => {
            let includes = catalog
                .plan(plan)
                .map(|p| allowance_words(&p.allowance, p.speed_mbps, Some(p.kind)))
                .unwrap_or_default();
            (name(catalog, plan), includes, extras)
        }
        Assignment::Member { instance } => {
            let bundle = a.proposal.bundle.as_ref().and_then(|b| catalog.bundle(b));
            let includes = bundle
                .and_then(|b| b.slot(line.kind))
                .map(|s| allowance_words(&s.allowance, s.speed_mbps, Some(s.kind)))
                .unwrap_or_default();
            let n = bundle.map(|b| b.name.clone()).unwrap_or_default();
            let package = Text::new(
                format!("{}（第 {} 份）成员", n.zh, instance + 1),
                format!("member of {} ({})", n.en, instance + 1),
            );
            (package, includes, extras)
        }
    }
}

/// One row per billing unit; neighbouring lines of one group with the same
/// package, extras and amounts are one row with their count.
pub fn package_rows(catalog: &Catalog, customer: &Customer, a: &Alternative) -> Vec<PackageRow> {
    let group_of = |index: usize| {
        customer
            .groups()
            .into_iter()
            .position(|(start, len)| (start..start + len).contains(&index))
    };
    let rows: Vec<(Option<usize>, PackageRow)> = a
        .priced
        .lines
        .iter()
        .map(|u| {
            let index = match u.unit {
                UnitKind::Line { index } => Some(index),
                _ => None,
            };
            let (unit, package, includes, extras, reason) = match u.unit {
                UnitKind::Line { index } if index < customer.lines.len() => {
                    let (package, includes, extras) = line_package(catalog, customer, a, index);
                    let reason = a.line_reasons.get(index).cloned();
                    (
                        line_unit_name(customer, index),
                        package,
                        includes,
                        extras,
                        reason,
                    )
                }
                UnitKind::BundleInstance { instance } => {
                    let n = u
                        .item
                        .as_ref()
                        .map(|i| name(catalog, i))
                        .unwrap_or_default();
                    let unit = Text::new(
                        format!("{}（第 {} 份）", n.zh, instance + 1),
                        format!("{} ({})", n.en, instance + 1),
                    );
                    let package = Text::new("融合套餐月费", "bundle monthly fee");
                    (unit, package, Text::default(), Vec::new(), None)
                }
                _ => {
                    let extras = customer
                        .account_features
                        .iter()
                        .map(|f| name(catalog, f))
                        .collect();
                    (
                        Text::new("账户", "Account"),
                        Text::new("账户级业务", "account services"),
                        Text::default(),
                        extras,
                        None,
                    )
                }
            };
            let row = PackageRow {
                unit,
                package,
                includes,
                extras,
                first_month: u.first_month,
                amounts: crate::screen::figures::unit_amounts(u),
                horizon_total: u.horizon_total,
                reason,
                count: 1,
            };
            (index.and_then(group_of), row)
        })
        .collect();
    let mut out: Vec<(Option<usize>, PackageRow)> = Vec::new();
    for (group, row) in rows {
        let first_count = out.last().map_or(1, |(_, r)| r.count);
        match out.last_mut() {
            Some((Some(g), last))
                if group == Some(*g)
                    && last.package == row.package
                    && last.includes == row.includes
                    && last.extras == row.extras
                    && last.reason == row.reason
                    && same_amounts(last, &row, first_count) =>
            {
                last.count += 1;
                last.first_month = Money(last.first_month.0 + row.first_month.0);
                last.horizon_total = Money(last.horizon_total.0 + row.horizon_total.0);
                for (x, y) in last.amounts.iter_mut().zip(&row.amounts) {
                    x.each = Money(x.each.0 + y.each.0);
                }
            }
            _ => out.push((group, row)),
        }
    }
    for (group, row) in &mut out {
        if let (Some(_), true) = (group, row.count > 1) {
            let label = row.unit.clone();
            row.unit = Text::new(
                format!("{} × {}", row.count, label.zh),
                format!("{} × {}", row.count, label.en),
            );
        }
    }
    out.into_iter().map(|(_, r)| r).collect()
}

/// Whether `row` costs what each of `last`'s `count` lines costs.
fn same_amounts(last: &PackageRow, row: &PackageRow, count: u32) -> bool {
    let n = i64::from(count);
    last.amounts.len() == row.amounts.len()
        && last.horizon_total.0 == row.horizon_total.0 * n
        && last.first_month.0 == row.first_month.0 * n
        && last.amounts.iter().zip(&row.amounts).all(|(x, y)| {
            x.each.0 == y.each.0 * n && x.from_month == y.from_month && x.to_month == y.to_month
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::default_catalog;

    /// Issue 14: a plan's summary lists only the quantities its kind has.
    #[test]
    fn a_plans_summary_lists_only_what_its_kind_has() {
        let cat = default_catalog();
        for p in &cat.plans {
            let words = allowance_words(&p.allowance, p.speed_mbps, Some(p.kind));
            let broadband = p.kind == LineKind::Broadband;
            assert_eq!(
                words.zh.contains("宽带"),
                broadband,
                "{}: {}",
                p.id,
                words.zh
            );
            assert_eq!(
                words.en.contains("Mbps"),
                broadband,
                "{}: {}",
                p.id,
                words.en
            );
        }
        let m129 = cat
            .plan(&crate::catalog::ItemId::new("plan.m-129"))
            .unwrap();
        let words = allowance_words(&m129.allowance, m129.speed_mbps, Some(m129.kind));
        assert!(
            words.zh.contains("GB") && !words.zh.contains("Mbps"),
            "{}",
            words.zh
        );
        for b in &cat.bundles {
            for s in &b.slots {
                let words = allowance_words(&s.allowance, s.speed_mbps, Some(s.kind));
                assert_eq!(
                    words.zh.contains("Mbps"),
                    s.kind == LineKind::Broadband && s.speed_mbps > 0
                );
            }
        }
    }
}
