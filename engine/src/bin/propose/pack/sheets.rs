//! The pack's two sheets, UTF-8 with a byte-order mark so Excel and WPS
//! open them in Chinese, every text cell through `spreadsheet::cell`
//! (formula injection), amounts as plain yuan numbers:
//! - `links.csv`: one row per customer proposed for, its recommendation,
//!   savings and share link; the header is the same keys in both languages
//!   (the customer book imports it), the recommendation in `--lang`.
//! - `visits.csv`: the seeds' visit record (走访记录表) and feedback form
//!   (信息反馈表), one blank row per customer, the header in `--lang`: filled
//!   after the visit, never in front of the customer.
use proposal_engine::figures::yuan_plain;
use proposal_engine::spreadsheet::cell;
use proposal_engine::Lang;

use super::customer::Row;
use super::words::{t, W};

pub const BOM: &str = "\u{feff}";

pub const LINKS_HEADER: &str =
    "customer_id,name,recommendation,monthly_saving,term_saving,link,quote_number,valid_until";

/// The visit record's columns after the customer's own four (blank to fill).
const VISIT_FIELDS: [W; 14] = [
    ("走访日期", "visit_date"),
    ("接待人", "met_name"),
    ("接待人职务", "met_role"),
    ("是否决策人", "decision_maker"),
    (
        "结果（成交/未成交/跟进）",
        "outcome (signed/declined/follow_up)",
    ),
    ("客户意向", "intention"),
    ("异议：价格", "objection_price"),
    ("异议：合约期", "objection_contract_term"),
    ("异议：服务质量", "objection_service_quality"),
    ("竞争对手报价", "competitor_offer"),
    ("竞争对手价格（元/月）", "competitor_price_yuan_a_month"),
    ("下一步", "next_step"),
    ("跟进日期", "follow_up_date"),
    ("备注", "notes"),
];

const VISIT_OWN: [W; 4] = [
    ("客户编号", "customer_id"),
    ("客户名称", "customer_name"),
    ("建议书编号", "quote_number"),
    ("所提方案", "offered"),
];

/// The first line of links.csv, after the byte-order mark.
pub fn links_header() -> String {
    format!("{BOM}{LINKS_HEADER}\n")
}

/// A customer's row of links.csv.
pub fn link_row(r: &Row, valid_until: &str) -> String {
    let title = r.title.as_deref().unwrap_or_default();
    format!(
        "{},{},{},{},{},{},{},{}\n",
        cell(&r.id),
        cell(&r.name),
        cell(title),
        yuan_plain(r.monthly_saving),
        yuan_plain(r.term_saving),
        cell(&r.link),
        cell(&r.quote),
        cell(valid_until)
    )
}

/// The first line of visits.csv, after the byte-order mark.
pub fn visits_header(lang: Lang) -> String {
    let names: Vec<&str> = VISIT_OWN
        .iter()
        .chain(&VISIT_FIELDS)
        .map(|w| t(lang, *w))
        .collect();
    format!("{BOM}{}\n", proposal_engine::spreadsheet::row(names))
}

/// A customer's blank row of visits.csv.
pub fn visit_row(r: &Row) -> String {
    let title = r.title.as_deref().unwrap_or_default();
    let blanks = ",".repeat(VISIT_FIELDS.len());
    format!(
        "{},{},{},{}{blanks}\n",
        cell(&r.id),
        cell(&r.name),
        cell(&r.quote),
        cell(title)
    )
}
