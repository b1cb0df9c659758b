//! Validation of package tables: the same code checks the shipped defaults and
//! every manager's edit, and reports every problem at once with its path
//! (`plans[3].monthly_fee: must not be negative`), never a panic.
use std::collections::HashSet;

use super::{Audience, Catalog, Eligibility, ItemId, ItemList, Rates, SCHEMA_VERSION};
use crate::money::Money;
use crate::problem::{Problem, Problems};
use crate::text::Text;

mod bundle_rules;
mod fees;
mod items;
mod promotions;
mod suggestions;

/// The table of limits: the highest amount, the longest term or month.
pub(crate) use crate::figures::limits::{MAX_MONTHS, MAX_TABLE_AMOUNT};

/// Every problem in `catalog`, or `Ok` when it can be used for pricing.
pub fn validate_catalog(catalog: &Catalog) -> Result<(), Vec<Problem>> {
    let mut p = Problems::default();
    p.check(
        catalog.schema_version != SCHEMA_VERSION,
        || "schema_version".into(),
        "无法识别的格式版本（本系统读取第 1 版）",
        "unknown schema version (this app reads version 1)",
    );
    p.check(
        catalog.id.trim().is_empty(),
        || "id".into(),
        "不能为空",
        "must not be empty",
    );
    p.check(
        catalog.version == 0,
        || "version".into(),
        "至少为 1",
        "must be 1 or more",
    );
    p.check(
        !is_date(&catalog.effective_from),
        || "effective_from".into(),
        "请填写日期，格式如 2026-12-01",
        "must be a date like 2026-12-01",
    );
    p.check(
        catalog.currency != "CNY",
        || "currency".into(),
        "只支持人民币（CNY）",
        "only CNY is supported",
    );
    text(&mut p, "brand.operator", &catalog.brand.operator);
    p.check(
        catalog.brand.hotline.trim().is_empty(),
        || "brand.hotline".into(),
        "不能为空：建议书上要印客服热线",
        "must not be empty: the proposal prints it",
    );
    p.check(
        catalog.credit_cap.0 > 10_000,
        || "credit_cap".into(),
        "不能超过 100%",
        "must be at most 100%",
    );
    let ids = ids(catalog, &mut p);
    items::plans(catalog, &mut p);
    items::bundles(catalog, &mut p);
    bundle_rules::bundle_rules(catalog, &mut p);
    items::addons(catalog, &mut p);
    items::handsets_and_fees(catalog, &mut p);
    fees::fees(catalog, &mut p);
    promotions::promotions(catalog, &mut p);
    items::exclusion_groups(catalog, &ids, &mut p);
    suggestions::suggestions(catalog, &mut p);
    p.into_result()
}

/// What the editor flags without refusing the tables: a plan's or bundle's
/// name stating a price (`家庭融合129元`) that is not its monthly fee.
pub fn catalog_warnings(catalog: &Catalog) -> Vec<Problem> {
    let mut p = Problems::default();
    bundle_rules::name_warnings(catalog, &mut p);
    p.0
}

/// Every id, once; duplicates and blanks are problems.
fn ids(catalog: &Catalog, p: &mut Problems) -> HashSet<ItemId> {
    let all = ItemList::ALL.into_iter().flat_map(|list| {
        list.ids(catalog)
            .into_iter()
            .enumerate()
            .map(move |(i, id)| (format!("{}.id", list.path(i)), id))
    });
    let mut seen = HashSet::new();
    for (path, id) in all {
        if id.0.trim().is_empty() {
            p.add(path, "不能为空", "must not be empty");
        } else if !seen.insert(id.clone()) {
            p.add(
                path,
                format!("编号 {id} 重复使用"),
                format!("id {id} is used twice"),
            );
        }
    }
    seen
}

fn refs(p: &mut Problems, path: &str, ids: &[ItemId], exists: &dyn Fn(&ItemId) -> bool) {
    for (i, id) in ids.iter().enumerate() {
        if !exists(id) {
            p.add(
                format!("{path}[{i}]"),
                format!("找不到编号为 {id} 的对应项目"),
                format!("no item {id} of the right kind"),
            );
        }
    }
}

/// A name: both languages required.
fn text(p: &mut Problems, path: &str, t: &Text) {
    p.check(
        t.zh.trim().is_empty(),
        || format!("{path}.zh"),
        "中文不能为空",
        "the Chinese text must not be empty",
    );
    p.check(
        t.en.trim().is_empty(),
        || format!("{path}.en"),
        "英文不能为空",
        "the English text must not be empty",
    );
}

/// A description: may be absent, but never in one language only.
fn optional_text(p: &mut Problems, path: &str, t: &Text) {
    if !t.zh.trim().is_empty() || !t.en.trim().is_empty() {
        text(p, path, t);
    }
}

fn money(p: &mut Problems, path: &str, m: Money) {
    p.check(
        m.0 < 0,
        || path.to_string(),
        "不能为负数",
        "must not be negative",
    );
    p.check(
        m > MAX_TABLE_AMOUNT,
        || path.to_string(),
        "不能超过 ¥1,000,000.00",
        "must be at most ¥1,000,000.00",
    );
}

fn months(p: &mut Problems, path: &str, n: u32) {
    p.check(
        n > MAX_MONTHS,
        || path.to_string(),
        "最多 120 个月",
        "at most 120 months",
    );
}

fn rates(p: &mut Problems, path: &str, r: &Rates) {
    for f in crate::customer::UsageField::ALL {
        if let (Some(m), Some(rate)) = (f.spec().metered, f.rate(r)) {
            money(p, &format!("{path}.{}", m.rate_key), rate);
        }
    }
}

fn eligibility(p: &mut Problems, path: &str, e: &Eligibility) {
    if let (Some(min), Some(max)) = (e.min_lines, e.max_lines) {
        p.check(
            min > max,
            || format!("{path}.min_lines"),
            "不能大于最多号码数",
            "must not be more than max_lines",
        );
    }
    p.check(
        e.max_lines == Some(0),
        || format!("{path}.max_lines"),
        "至少为 1",
        "must be 1 or more",
    );
    if let (Some(from), Some(until)) = (e.on_sale_from, e.on_sale_until) {
        p.check(
            from > until,
            || format!("{path}.on_sale_until"),
            "结束办理日期不能早于开始办理日期",
            "the last day on sale must not be before the first",
        );
    }
    let ending = e.audiences.contains(&Audience::ContractEnding);
    p.check(
        ending && e.contract_ending_within_months.is_none(),
        || format!("{path}.contract_ending_within_months"),
        "活动对象含“合约到期老客户”时须填写合约剩余月数（0 表示已到期）",
        "required when the audience includes contract ending (0: already ended)",
    );
    p.check(
        !ending && e.contract_ending_within_months.is_some(),
        || format!("{path}.contract_ending_within_months"),
        "仅在活动对象含“合约到期老客户”时填写",
        "set only when the audience includes contract ending",
    );
    if let Some(n) = e.contract_ending_within_months {
        months(p, &format!("{path}.contract_ending_within_months"), n);
    }
    let mut seen = Vec::new();
    for (i, a) in e.audiences.iter().enumerate() {
        p.check(
            seen.contains(a),
            || format!("{path}.audiences[{i}]"),
            "活动对象重复",
            "audience listed twice",
        );
        seen.push(*a);
    }
}

/// `YYYY-MM-DD`, a real day of the Gregorian calendar.
pub(crate) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    if !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1 && (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::is_date;

    #[test]
    fn dates_must_be_real_days() {
        for good in ["2026-12-01", "2024-02-29", "2000-02-29", "2026-01-31"] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "2026-2-01",
            "2026-13-01",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-00-10",
            "2026/12/01",
            "",
            "20261201",
            "2026-12-0x",
            "二〇二六-1-1",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
