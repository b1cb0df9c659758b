//! One customer's printable proposal (客户建议书) as a static page: the
//! engine's `ProposalDocument`, laid out in the app's order and words
//! (`src/pages/proposal.rs`): the letterhead, 1 the situation today, 2 the
//! recommendation, 3 the savings with the chart, then `doc_parts`: 4 every
//! cost, 5 the other options, 6 the tariff terms, 7 the next steps with the
//! signatures, the QR code and the link.
use proposal_engine::catalog::Brand;
use proposal_engine::screen::chart::cost_chart;
use proposal_engine::screen::figures::MonthAmount;
use proposal_engine::{CatalogRef, Date, Lang, Money, ProposalDocument, Text};

use super::chart_svg;
use super::doc_parts;
use super::page::{esc, page};
use super::words::*;

/// What the page prints besides the document.
pub struct Sheet<'a> {
    pub lang: Lang,
    pub brand: &'a Brand,
    pub customer_name: &'a str,
    /// The rep's name and phone.
    pub rep: &'a str,
    pub valid_until: Date,
    /// The share link (also the QR code's content).
    pub url: &'a str,
    pub tables: &'a CatalogRef,
}

pub const CSS: &str = include_str!("proposal.css");

/// `s` in `lang`, escaped.
pub fn e(s: &Text, lang: Lang) -> String {
    esc(s.get(lang))
}

/// An amount, escaped (`¥1,234.50`).
pub fn m(x: Money, lang: Lang) -> String {
    esc(&x.format(lang))
}

/// The whole page of `doc`.
pub fn render(doc: &ProposalDocument, s: &Sheet) -> String {
    let l = s.lang;
    let mut b = String::with_capacity(24 * 1024);
    b.push_str(&format!(
        "<p class=\"no-print\"><a href=\"../index.html\">{}</a></p>\n<article class=\"proposal-doc\">\n",
        t(l, BACK_TO_PACK)
    ));
    header(&mut b, doc, s);
    situation(&mut b, doc, l);
    packages(&mut b, doc, l);
    savings(&mut b, doc, l);
    doc_parts::costs(&mut b, doc, l);
    doc_parts::considered(&mut b, doc, l);
    doc_parts::disclosures(&mut b, doc, l);
    doc_parts::closing(&mut b, doc, s);
    b.push_str("</article>");
    let title = format!(
        "{} · {} · {}",
        t(l, TITLE),
        s.customer_name,
        doc.quote_number
    );
    page(l, &title, CSS, &b)
}

fn header(b: &mut String, doc: &ProposalDocument, s: &Sheet) {
    let l = s.lang;
    let br = s.brand;
    let meta = |label: W, value: &str, id: &str| {
        format!(
            "<div><dt>{}</dt><dd data-testid=\"{id}\">{}</dd></div>",
            t(l, label),
            esc(value)
        )
    };
    let name = if s.customer_name.trim().is_empty() {
        "—"
    } else {
        s.customer_name
    };
    b.push_str(&format!(
        "<header class=\"doc-header\"><div class=\"doc-brand\"><strong class=\"doc-operator\">{}</strong>\
<span>{}{}{} · <span translate=\"no\">{}</span></span><span>{}</span></div>\
<h1 class=\"doc-title\">{}</h1><dl class=\"doc-meta\">{}{}{}{}{}</dl></header>\n",
        e(&br.operator, l),
        t(l, HOTLINE),
        l.colon(),
        esc(&br.hotline),
        esc(&br.website),
        e(&br.address, l),
        t(l, TITLE),
        meta(QUOTE_NO, &doc.quote_number, "quote-number"),
        meta(ISSUED, &doc.issued.to_string(), "issued"),
        meta(VALID_UNTIL, &s.valid_until.to_string(), "valid-until"),
        meta(CUSTOMER, name, "doc-customer"),
        meta(REP, s.rep.trim(), "doc-rep"),
    ));
}

fn situation(b: &mut String, doc: &ProposalDocument, l: Lang) {
    b.push_str(&format!(
        "<section class=\"doc-section\"><h2>{}</h2><table class=\"doc-table\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        t(l, SITUATION), t(l, LINE), t(l, KIND), t(l, USAGE), t(l, MONTHLY_FEE)
    ));
    let mark = proposal_engine::customer::estimate::row_mark();
    for r in &doc.current {
        let est = match r.estimate {
            Some(_) => format!(" <small class=\"estimate-mark\">{}</small>", e(&mark, l)),
            None => String::new(),
        };
        b.push_str(&format!(
            "<tr><td>#{} {}</td><td>{}</td><td>{}{est}</td><td class=\"num\">{}</td></tr>",
            r.number,
            esc(r.label.get(l)),
            e(&r.kind, l),
            e(&r.usage, l),
            m(r.monthly_fee, l)
        ));
    }
    b.push_str(&format!(
        "<tr class=\"total\"><th colspan=\"3\">{}</th><th class=\"num\" data-testid=\"doc-current-monthly\">{}</th></tr></tbody></table><ul class=\"estimate-notes\">",
        t(l, CURRENT_BILL),
        m(doc.chosen.priced.current_monthly, l)
    ));
    for r in &doc.current {
        if let Some(x) = &r.estimate {
            b.push_str(&format!("<li>#{} {}</li>", r.number, e(x, l)));
        }
    }
    b.push_str("</ul></section>\n");
}

fn amounts(xs: &[MonthAmount], l: Lang) -> String {
    xs.iter()
        .map(|x| {
            format!(
                "<div class=\"month-amount\">{} {}</div>",
                e(&x.months, l),
                m(x.each, l)
            )
        })
        .collect()
}

fn packages(b: &mut String, doc: &ProposalDocument, l: Lang) {
    let p = &doc.chosen.priced;
    b.push_str(&format!(
        "<section class=\"doc-section\"><h2>{}</h2><p class=\"doc-choice\"><strong data-testid=\"doc-title\">{}</strong></p>\
<p class=\"doc-starts\">{}{}<span data-testid=\"doc-starts\">{}</span></p>\
<table class=\"doc-table packages\"><thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        t(l, RECOMMENDATION),
        e(&doc.chosen.title, l),
        t(l, STARTS),
        l.colon(),
        e(&doc.starts, l),
        t(l, LINE),
        t(l, PACKAGE),
        t(l, BY_MONTHS),
        tf(l, HORIZON_TOTAL, p.horizon)
    ));
    for r in &doc.packages {
        let extras: Vec<&str> = r.extras.iter().map(|x| x.get(l)).collect();
        let mut cell = format!("<strong>{}</strong>", e(&r.package, l));
        if !r.includes.zh.is_empty() {
            cell.push_str(&format!("<div class=\"small\">{}</div>", e(&r.includes, l)));
        }
        if !extras.is_empty() {
            cell.push_str(&format!(
                "<div class=\"small\">+ {}</div>",
                esc(&extras.join(" · "))
            ));
        }
        if let Some(reason) = &r.reason {
            cell.push_str(&format!(
                "<div class=\"small muted\">{}</div>",
                e(reason, l)
            ));
        }
        b.push_str(&format!(
            "<tr><td>{}</td><td>{cell}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            e(&r.unit, l),
            amounts(&r.amounts, l),
            m(r.horizon_total, l)
        ));
    }
    b.push_str(&format!(
        "<tr class=\"total\"><th colspan=\"2\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></tbody></table></section>\n",
        t(l, BILL),
        amounts(&doc.bill_amounts, l),
        m(p.monthly_total, l)
    ));
}

fn signed(x: Money, l: Lang, id: &str) -> String {
    let class = if x.0 >= 0 { "saving" } else { "loss" };
    format!(
        "<dd class=\"{class}\" data-testid=\"{id}\">{}</dd>",
        m(x, l)
    )
}

fn savings(b: &mut String, doc: &ProposalDocument, l: Lang) {
    let f = &doc.figures;
    let fig = |label: &Text, x: Money, id: &str, class: &str| {
        format!(
            "<div class=\"{class}\"><dt>{}</dt>{}</div>",
            e(label, l),
            signed(x, l, id)
        )
    };
    b.push_str(&format!(
        "<section class=\"doc-section\"><h2>{}</h2><dl class=\"doc-figures\">",
        t(l, SAVINGS)
    ));
    b.push_str(&fig(
        &doc.saving_now_label,
        doc.saving_now,
        "doc-saving-now",
        "",
    ));
    b.push_str(&fig(
        &f.step_saving.label,
        f.step_saving.amount,
        "doc-saving-after",
        "",
    ));
    b.push_str(&fig(
        &f.average_saving.label,
        f.average_saving.amount,
        "doc-average-saving",
        "",
    ));
    b.push_str(&fig(
        &f.first_year_saving.label,
        f.first_year_saving.amount,
        "doc-first-year",
        "",
    ));
    b.push_str(&fig(
        &f.horizon_saving.label,
        f.horizon_saving.amount,
        "doc-horizon-saving",
        "headline",
    ));
    if let Some(pb) = &f.payback {
        b.push_str(&format!(
            "<div><dt>{}</dt><dd data-testid=\"doc-break-even\">{}</dd></div>",
            e(&pb.label, l),
            e(&pb.value, l)
        ));
    }
    b.push_str(&format!(
        "</dl><table class=\"doc-table steps\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
        t(l, STRETCH), t(l, BILL), t(l, SAVING_A_MONTH), t(l, PROMOTIONS)
    ));
    for x in &doc.steps {
        let promos = Text::list(&x.promotions);
        let promos = if promos.zh.is_empty() {
            t(l, NO_PROMOTION).to_string()
        } else {
            e(&promos, l)
        };
        let paid = Money(x.bill.0.saturating_add(x.one_offs.0));
        let once = if x.one_offs.0 > 0 {
            format!(
                "<small class=\"one-offs\">{}</small>",
                esc(&tf(l, WITH_ONE_OFFS, x.one_offs.format(l)))
            )
        } else {
            String::new()
        };
        b.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}{once}</td><td class=\"num\">{}</td><td>{promos}</td></tr>",
            e(&x.months, l),
            m(paid, l),
            m(x.saving, l)
        ));
    }
    b.push_str("</tbody></table>");
    b.push_str(&chart_svg::cost(&cost_chart(&doc.chosen.priced), l));
    b.push_str(&format!(
        "<h3>{}</h3><ul class=\"doc-conditions\">",
        t(l, ASSUMES)
    ));
    for c in &doc.conditions {
        b.push_str(&format!("<li>{}</li>", e(c, l)));
    }
    b.push_str("</ul></section>\n");
}
