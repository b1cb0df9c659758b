//! `index.html`: the campaign summary a team lead reads (盘点): how many
//! customers, how many keep, the savings in all, by segment, by cluster
//! market and (a contract-expiry list) by month of expiry, with bar charts;
//! the operator's side (monthly revenue before and after; customers already
//! with the operator paying less; customers won from another operator);
//! then every customer, the largest saving first, each with its proposal.
use proposal_engine::{Date, Lang, Money};

use super::chart_svg::{bars, Bar};
use super::page::{esc, page};
use super::summary::{Summary, Tally};
use super::words::*;

/// What the header states besides the figures.
pub struct About {
    pub lang: Lang,
    pub issued: Date,
    pub horizon: u32,
    pub tables: String,
    pub expiring_within: Option<u32>,
    /// Customers left out for bad input.
    pub bad: usize,
}

const HEAD: W = ("营销活动汇总", "Campaign summary");
const CUSTOMERS: W = ("客户数", "Customers");
const KEEP: W = ("建议保持现状", "Best keeping what they have");
const SWITCH: W = ("建议办理新方案", "Best on a new proposal");
const NONE: W = ("无可办理方案", "No proposal possible");
const BAD: W = ("输入有问题未出方案", "Left out for bad input");
const MONTHLY: W = ("每月节省合计", "Monthly saving in all");
const TERM: W = ("{} 个月节省合计", "Saving over {} months in all");
const BY_SEGMENT: W = ("按客户类型", "By segment");
const BY_CLUSTER: W = (
    "按聚类市场（商业客户）",
    "By cluster market (business customers)",
);
const BY_EXPIRY: W = ("按合约到期月份", "By month of contract expiry");
const GROUP: W = ("分组", "Group");
const EXPIRES: W = ("到期", "Expires");
const IN_MONTHS: W = ("（{} 个月后）", " (in {} months)");
const OPERATOR: W = ("运营商收入（每月）", "The operator's monthly revenue");
const BEFORE: W = ("目前", "Today");
const AFTER: W = ("办理后", "After");
const CHANGE: W = ("变化", "Change");
const ALL: W = ("全部客户", "All customers");
const EXISTING: W = ("本网客户：资费降低", "Already with us, paying less");
const WON: W = (
    "异网/新装客户：新增收入",
    "Won from another operator: new revenue",
);
const OPERATOR_NOTE: W = (
    "目前：本网号码的月费；办理后：方案的月均费用（总费用 ÷ 月数），减去仍留在异网的号码。",
    "Today: the monthly fees of the lines with us; after: the proposal's effective monthly price (total ÷ months), less the lines that stay with another operator.",
);
const RANKED: W = ("客户（按节省从多到少）", "Customers, largest saving first");
const RANK: W = ("名次", "Rank");
const ID: W = ("客户编号", "Customer id");
const NAME: W = ("客户名称", "Name");
const SEGMENT: W = ("客户类型", "Segment");
const PROPOSAL: W = ("推荐方案", "Recommendation");
const MONTHLY_SAVING: W = ("月均节省", "Saving a month");
const TERM_SAVING: W = ("{} 个月节省", "Saving over {} months");
const OPEN: W = ("建议书", "Proposal");
const ISSUED_ON: W = ("出具日期", "Issued");
const FILTER: W = ("仅含 {} 个月内合约到期的客户，按到期后办理出方案", "Only customers whose contract ends within {} months, each proposed the switch at the contract's end");
const SHEETS: W = (
    "表格：links.csv（分享链接）、visits.csv（空白走访记录表）",
    "Sheets: links.csv (share links), visits.csv (a blank visit record)",
);

fn money(x: i64, l: Lang) -> String {
    esc(&Money(x).format(l))
}

fn tally_table(first: &str, rows: &[(String, Tally)], a: &About) -> String {
    let l = a.lang;
    let mut s = format!(
        "<table><thead><tr><th>{first}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        t(l, CUSTOMERS), t(l, KEEP), t(l, MONTHLY), esc(&tf(l, TERM, a.horizon))
    );
    for (name, x) in rows {
        s.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(name), x.customers, x.keep, money(x.monthly_saving, l), money(x.term_saving, l)
        ));
    }
    s.push_str("</tbody></table>");
    s
}

fn chart(title: &str, rows: &[(String, Tally)], l: Lang) -> String {
    let bars_of: Vec<Bar> = rows
        .iter()
        .map(|(name, x)| Bar {
            label: name.clone(),
            value: x.term_saving,
            shown: Money(x.term_saving).format(l),
        })
        .collect();
    bars(title, &bars_of)
}

fn group(b: &mut String, heading: W, rows: &[(String, Tally)], a: &About) {
    if rows.is_empty() {
        return;
    }
    let l = a.lang;
    let title = format!("{} · {}", t(l, heading), tf(l, TERM, a.horizon));
    b.push_str(&format!(
        "<section><h2>{}</h2>{}{}</section>\n",
        t(l, heading),
        chart(&title, rows, l),
        tally_table(t(l, GROUP), rows, a)
    ));
}

/// The month `months` after `issued`, `YYYY-MM`.
fn month_after(issued: Date, months: u32) -> String {
    let m0 = issued.month - 1 + months;
    format!("{:04}-{:02}", issued.year + (m0 / 12) as i32, m0 % 12 + 1)
}

pub fn render(s: &Summary, a: &About) -> String {
    let l = a.lang;
    let mut b = String::from("<main class=\"pack\">");
    b.push_str(&format!(
        "<h1>{}</h1><p>{}{}{} · {} · {}</p>",
        t(l, HEAD),
        t(l, ISSUED_ON),
        l.colon(),
        a.issued,
        esc(&a.tables),
        t(l, SHEETS)
    ));
    if let Some(n) = a.expiring_within {
        b.push_str(&format!(
            "<p><strong>{}</strong></p>",
            esc(&tf(l, FILTER, n))
        ));
    }
    let x = &s.all;
    let fig = |w: &str, v: String| format!("<div><dt>{w}</dt><dd>{v}</dd></div>");
    b.push_str("<dl class=\"doc-figures\">");
    b.push_str(&fig(t(l, CUSTOMERS), x.customers.to_string()));
    b.push_str(&fig(t(l, SWITCH), (x.customers - x.keep).to_string()));
    b.push_str(&fig(t(l, KEEP), x.keep.to_string()));
    b.push_str(&fig(t(l, NONE), s.none.to_string()));
    if a.bad > 0 {
        b.push_str(&fig(t(l, BAD), a.bad.to_string()));
    }
    b.push_str(&format!(
        "<div class=\"headline\"><dt>{}</dt><dd data-testid=\"total-monthly\">{}</dd></div>",
        t(l, MONTHLY),
        money(x.monthly_saving, l)
    ));
    b.push_str(&format!(
        "<div class=\"headline\"><dt>{}</dt><dd data-testid=\"total-term\">{}</dd></div>",
        esc(&tf(l, TERM, a.horizon)),
        money(x.term_saving, l)
    ));
    b.push_str("</dl>\n");
    let segments: Vec<(String, Tally)> = s
        .by_segment
        .iter()
        .map(|(k, x)| (t(l, segment(k)).to_string(), *x))
        .collect();
    group(&mut b, BY_SEGMENT, &segments, a);
    let clusters: Vec<(String, Tally)> = s
        .by_cluster
        .iter()
        .map(|(c, x)| (t(l, cluster(*c)).to_string(), *x))
        .collect();
    group(&mut b, BY_CLUSTER, &clusters, a);
    if a.expiring_within.is_some() {
        let expiry: Vec<(String, Tally)> = s
            .by_expiry
            .iter()
            .map(|(m, x)| {
                (
                    format!("{}{}", month_after(a.issued, *m), tf(l, IN_MONTHS, m)),
                    *x,
                )
            })
            .collect();
        group(&mut b, BY_EXPIRY, &expiry, a);
    }
    operator(&mut b, s, a);
    ranked(&mut b, s, a);
    b.push_str("</main>");
    page(l, t(l, HEAD), super::doc_html::CSS, &b)
}

fn operator(b: &mut String, s: &Summary, a: &About) {
    let l = a.lang;
    b.push_str(&format!(
        "<section><h2>{}</h2><table><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        t(l, OPERATOR), t(l, GROUP), t(l, CUSTOMERS), t(l, BEFORE), t(l, AFTER), t(l, CHANGE)
    ));
    for (w, x, id) in [
        (ALL, &s.all, "revenue-all"),
        (EXISTING, &s.existing, "revenue-existing"),
        (WON, &s.won, "revenue-won"),
    ] {
        b.push_str(&format!(
            "<tr data-testid=\"{id}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            t(l, w), x.customers, money(x.revenue_before, l), money(x.revenue_after, l), money(x.revenue_after - x.revenue_before, l)
        ));
    }
    b.push_str(&format!(
        "</tbody></table><p class=\"small muted\">{}</p></section>\n",
        t(l, OPERATOR_NOTE)
    ));
}

fn ranked(b: &mut String, s: &Summary, a: &About) {
    let l = a.lang;
    let expiry = a.expiring_within.is_some();
    b.push_str(&format!(
        "<section><h2>{}</h2><table class=\"ranked\"><thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>{}<th>{}</th></tr></thead><tbody>",
        t(l, RANKED), t(l, RANK), t(l, ID), t(l, NAME), t(l, SEGMENT), t(l, PROPOSAL), t(l, MONTHLY_SAVING),
        esc(&tf(l, TERM_SAVING, a.horizon)),
        if expiry { format!("<th>{}</th>", t(l, EXPIRES)) } else { String::new() },
        t(l, OPEN)
    ));
    for (i, r) in s.ranked.iter().enumerate() {
        let exp = if expiry {
            format!("<td>{}</td>", month_after(a.issued, r.months_left))
        } else {
            String::new()
        };
        b.push_str(&format!(
            "<tr data-id=\"{}\"><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>{exp}<td><a href=\"{}\">{}</a></td></tr>\n",
            esc(&r.id), i + 1, esc(&r.id), esc(&r.name), t(l, segment(r.segment)), esc(&r.title),
            esc(&r.monthly_saving.format(l)), esc(&r.term_saving.format(l)), esc(&r.href), t(l, OPEN)
        ));
    }
    b.push_str("</tbody></table></section>\n");
}
