//! The proposal's parts 4 to 7 (see `doc_html`): every cost, the other
//! options considered, the tariff terms MIIT requires, and the closing with
//! the signatures, the QR code, the link and the tables' version.
use proposal_engine::document::DisclosureKind;
use proposal_engine::{Lang, ProposalDocument};

use super::doc_html::{e, m, Sheet};
use super::page::esc;
use super::qr;
use super::words::*;

pub fn costs(b: &mut String, doc: &ProposalDocument, l: Lang) {
    let p = &doc.chosen.priced;
    let f = &doc.figures;
    b.push_str(&format!(
        "<section class=\"doc-section\"><h2>{}</h2><table class=\"doc-table costs\"><tbody><tr><th colspan=\"2\">{}</th></tr>",
        t(l, COSTS),
        t(l, ONE_OFFS)
    ));
    if p.one_offs.is_empty() {
        b.push_str(&format!(
            "<tr><td colspan=\"2\">{}</td></tr>",
            t(l, NO_ONE_OFFS)
        ));
    }
    let row = |label: &str, amount: String, class: &str, id: &str| {
        format!("<tr class=\"{class}\"><td>{label}</td><td class=\"num\" data-testid=\"{id}\">{amount}</td></tr>")
    };
    for o in &p.one_offs {
        b.push_str(&row(&e(&o.label, l), m(o.amount, l), "", ""));
    }
    b.push_str(&row(
        t(l, ONE_OFFS_TOTAL),
        m(p.one_offs_total, l),
        "subtotal",
        "doc-one-offs",
    ));
    if doc.contracts.is_empty() {
        b.push_str(&row(t(l, CONTRACT_TERM), t(l, NO_CONTRACT).into(), "", ""));
    }
    for c in &doc.contracts {
        let label = format!(
            "{} · {} {}",
            t(l, CONTRACT_TERM),
            e(&c.name, l),
            tf(l, N_MONTHS, c.months)
        );
        b.push_str(&row(
            &label,
            format!("{} {}", t(l, CONTRACT_EXIT), m(c.exit_fee, l)),
            "",
            "",
        ));
    }
    let mut prepaid = match &f.prepaid {
        Some(x) => e(&x.label, l),
        None => t(l, NO_PREPAY).into(),
    };
    if !f.prepaid_words.zh.is_empty() {
        prepaid.push_str(&format!(
            "<div class=\"small muted\">{}</div>",
            e(&f.prepaid_words, l)
        ));
    }
    b.push_str(&row(&prepaid, m(p.prepaid, l), "", "doc-prepaid"));
    b.push_str(&row(
        &e(&f.first_bill.label, l),
        m(f.first_bill.amount, l),
        "",
        "doc-first-bill",
    ));
    if let Some(x) = &f.paid_on_day {
        let label = format!(
            "{}<div class=\"small muted\">{}</div>",
            e(&x.label, l),
            e(&f.paid_on_day_words, l)
        );
        b.push_str(&row(&label, m(x.amount, l), "subtotal", "doc-paid-on-day"));
    }
    b.push_str(&format!(
        "<tr class=\"total\"><th>{}</th><th class=\"num\" data-testid=\"doc-total\">{}</th></tr>",
        esc(&tf(l, TOTAL_HORIZON, p.horizon)),
        m(p.total, l)
    ));
    b.push_str(&row(
        &esc(&tf(l, CURRENT_TOTAL, p.horizon)),
        m(p.current_total, l),
        "",
        "doc-current-total",
    ));
    b.push_str("</tbody></table></section>\n");
}

pub fn considered(b: &mut String, doc: &ProposalDocument, l: Lang) {
    b.push_str(&format!(
        "<section class=\"doc-section\"><h2>{}</h2><p><strong>{}</strong>{}<span data-testid=\"doc-why\">{}</span></p>",
        t(l, CONSIDERED),
        t(l, WHY_CHOSEN),
        l.colon(),
        e(&doc.why_chosen, l)
    ));
    if !doc.considered.is_empty() {
        b.push_str(&format!(
            "<table class=\"doc-table\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
            t(l, OPTION), t(l, TOTAL), t(l, SAVING), t(l, VERSUS)
        ));
        for c in &doc.considered {
            b.push_str(&format!(
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                e(&c.title, l),
                m(c.total, l),
                m(c.saving, l),
                e(&c.versus_chosen, l)
            ));
        }
        b.push_str("</tbody></table>");
    }
    b.push_str("</section>\n");
}

fn kind(k: DisclosureKind) -> W {
    match k {
        DisclosureKind::Plan => KIND_PLAN,
        DisclosureKind::Bundle => KIND_BUNDLE,
        DisclosureKind::AddOn => KIND_ADD_ON,
        DisclosureKind::Promotion => KIND_PROMOTION,
        DisclosureKind::Handset => KIND_HANDSET,
    }
}

pub fn disclosures(b: &mut String, doc: &ProposalDocument, l: Lang) {
    b.push_str(&format!(
        "<section class=\"doc-section\"><h2>{}</h2><div class=\"doc-terms\">",
        t(l, TERMS)
    ));
    for d in &doc.disclosures {
        b.push_str(&format!(
            "<div class=\"terms\"><h3>{} · {}</h3><dl>",
            t(l, kind(d.kind)),
            e(&d.name, l)
        ));
        let mut clause = |w: W, x: &proposal_engine::Text| {
            if !x.zh.is_empty() {
                b.push_str(&format!("<dt>{}</dt><dd>{}</dd>", t(l, w), e(x, l)));
            }
        };
        clause(STRUCTURE, &d.structure);
        clause(ITEMS, &d.items);
        clause(RATES, &d.rates);
        clause(CHARGING, &d.charging);
        clause(CONDITIONS, &d.conditions);
        clause(VALIDITY, &d.validity);
        clause(PENALTY, &d.penalty);
        b.push_str("</dl></div>");
    }
    b.push_str("</div></section>\n");
}

pub fn closing(b: &mut String, doc: &ProposalDocument, s: &Sheet) {
    let l = s.lang;
    b.push_str(&format!(
        "<section class=\"doc-section doc-closing\"><h2>{}</h2><ul class=\"checklist\">",
        t(l, NEXT)
    ));
    for x in &doc.next_steps {
        b.push_str(&format!("<li>{}</li>", e(x, l)));
    }
    let sign = |who: W| {
        format!(
            "<div class=\"signature\"><span class=\"sign-line\"></span><span>{}</span><span class=\"sign-date\">{}{}______________</span></div>",
            t(l, who),
            t(l, SIGN_DATE),
            l.colon()
        )
    };
    let r = s.tables;
    b.push_str(&format!(
        "</ul><div class=\"doc-footer\"><div class=\"signatures\">{}{}</div><section class=\"doc-share\">{}\
<div class=\"doc-share-text\"><p><strong>{}</strong></p><p class=\"doc-link\" data-testid=\"doc-link\" translate=\"no\"><a href=\"{url}\">{url}</a></p>\
<p class=\"small\" data-testid=\"doc-tables\">{}{}{} · <span translate=\"no\">{} · {}</span></p></div></section></div></section>\n",
        sign(CUSTOMER_SIGN),
        sign(REP_SIGN),
        qr::svg(s.url, t(l, SCAN_TO_CHECK)),
        t(l, SCAN_TO_CHECK),
        t(l, TABLES),
        l.colon(),
        tf(l, TABLES_VERSION, r.version),
        esc(&r.id),
        esc(&r.fingerprint),
        url = esc(s.url),
    ));
}
