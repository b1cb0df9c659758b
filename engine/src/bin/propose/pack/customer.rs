//! One customer of a pack: validated, optimised, the proposal chosen (the
//! engine's recommendation; for a contract-expiry list the switch at the
//! contract's end, `optimize/contract_end.rs`, when the engine offers one
//! that saves against keeping),
//! its document built and written to `proposals/<id>.html`, its share link
//! made. What is returned is small: the figures the summary and the sheets
//! need, never the document.
use std::path::Path;

use proposal_engine::customer::{Cluster, Segment};
use proposal_engine::document::build_document_from;
use proposal_engine::pricing::Assignment;
use proposal_engine::share::{encode, Shared};
use proposal_engine::{
    optimize, Catalog, CatalogRef, Date, Lang, LineOrigin, Money, Options, Proposal, Text,
};

use super::super::input::Entry;
use super::super::{place, workers};
use super::doc_html::{self, Sheet};
use super::page::{file_name, href_of};

/// What every customer of the pack shares.
pub struct Setup<'a> {
    pub catalog: &'a Catalog,
    /// The tables' id, version and fingerprint (computed once).
    pub tables: CatalogRef,
    pub options: Options,
    pub lang: Lang,
    pub issued: Date,
    pub valid_until: Date,
    /// The app's folder, ending in `/`.
    pub app_url: String,
    pub rep_name: String,
    pub rep_phone: String,
    pub expiring_within: Option<u32>,
    /// `DIR/proposals`.
    pub proposals: &'a Path,
}

/// Where the operator's revenue comes from for this customer.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Side {
    /// Keeps what they have: nothing changes.
    Keep,
    /// Every moved line is already with the operator: it bills them less.
    Existing,
    /// At least one moved line comes from another operator or is new.
    Won,
}

/// One customer's figures, as the summary and the sheets print them.
pub struct Row {
    pub id: String,
    pub name: String,
    pub segment: &'static str,
    pub cluster: Option<Cluster>,
    /// `None`: no proposal could be made (the reasons went to stderr).
    pub title: Option<String>,
    pub keep: bool,
    pub quote: String,
    /// The horizon's saving spread over its months (`Savings::average_month`).
    pub monthly_saving: Money,
    /// The whole horizon's saving (`Savings::horizon`).
    pub term_saving: Money,
    pub revenue_before: Money,
    pub revenue_after: Money,
    pub side: Side,
    pub months_left: u32,
    pub start_month: u32,
    pub link: String,
    /// `proposals/<file>` relative to the pack's folder.
    pub href: String,
}

/// What came of one entry.
pub enum Done {
    /// Left out (not expiring within the months asked).
    Skipped,
    /// Messages for stderr; `bad`: the input was bad.
    Reported {
        messages: Vec<String>,
        bad: bool,
        row: Option<Row>,
    },
    Packed(Row),
}

fn segment_key(s: &Segment) -> (&'static str, Option<Cluster>) {
    match s {
        Segment::Individual => ("individual", None),
        Segment::Family => ("family", None),
        Segment::Business { cluster, .. } => ("business", Some(*cluster)),
        Segment::KeyAccount { .. } => ("key_account", None),
    }
}

/// Whether the entry's contract ends within `n` months.
pub fn expiring(entry: &Entry, n: u32) -> bool {
    (1..=n).contains(&entry.customer.contract.months_left)
}

/// The monthly revenue the operator has from the customer today (their
/// lines with this operator and, with any of them, the account's extras),
/// and after the proposal: its effective monthly price less what the lines
/// kept at another operator still pay there.
fn revenue(
    entry: &Entry,
    proposal: &Proposal,
    effective: Money,
    keep: bool,
) -> (Money, Money, Side) {
    let c = &entry.customer;
    let ours = |o: LineOrigin| o == LineOrigin::ThisOperator;
    let mut before: i64 = c
        .lines
        .iter()
        .filter(|l| ours(l.origin))
        .map(|l| l.current_monthly_fee.0)
        .sum();
    if c.lines.iter().any(|l| ours(l.origin)) {
        before += c.current_account_fee.0;
    }
    if keep {
        return (Money(before), Money(before), Side::Keep);
    }
    let mut after = effective.0;
    let mut won = false;
    for (line, choice) in c.lines.iter().zip(&proposal.lines) {
        let kept = choice.assignment == Assignment::Keep;
        if kept && !ours(line.origin) {
            after -= line.current_monthly_fee.0;
        }
        won |= !kept && !ours(line.origin);
    }
    (
        Money(before),
        Money(after),
        if won { Side::Won } else { Side::Existing },
    )
}

/// Validates, proposes, writes the proposal's page and returns its row.
pub fn pack_one(s: &Setup, entry: &Entry) -> Done {
    let l = s.lang;
    let c = &entry.customer;
    if let Some(n) = s.expiring_within {
        if !expiring(entry, n) {
            return Done::Skipped;
        }
    }
    if let Err(messages) = workers::left_out(entry, s.catalog, l) {
        return Done::Reported {
            messages,
            bad: true,
            row: None,
        };
    }
    let (segment, cluster) = segment_key(&c.segment);
    let file = file_name(&entry.id);
    let mut row = Row {
        id: entry.id.clone(),
        name: c.name.clone(),
        segment,
        cluster,
        title: None,
        keep: false,
        quote: String::new(),
        monthly_saving: Money::ZERO,
        term_saving: Money::ZERO,
        revenue_before: Money::ZERO,
        revenue_after: Money::ZERO,
        side: Side::Keep,
        months_left: c.contract.months_left,
        start_month: 1,
        link: String::new(),
        href: href_of(&file),
    };
    let found = match optimize(s.catalog, c, &s.options) {
        Ok(p) => p,
        Err(none) => {
            let why = |l: Lang| none.reasons.iter().map(|r| r.get(l)).collect::<Vec<_>>();
            let m = Text::new(
                format!("无可办理方案：{}", why(Lang::ZhCn).join("；")),
                format!("no proposal: {}", why(Lang::En).join("; ")),
            );
            let m = place::at(&entry.locate(""), &m).get(l).to_string();
            let (before, _, _) =
                revenue(entry, &Proposal::keep_all(c.lines.len()), Money::ZERO, true);
            row.revenue_before = before;
            row.revenue_after = before;
            row.href.clear();
            return Done::Reported {
                messages: vec![m],
                bad: false,
                row: Some(row),
            };
        }
    };
    // A contract-expiry list: the switch at the contract's end when the
    // engine offers one that saves against keeping; else its recommendation.
    let at_end = found
        .contract_end()
        .filter(|a| a.priced.savings.horizon.0 > 0);
    let chosen = match s.expiring_within.and(at_end) {
        Some(a) => a.proposal.clone(),
        None => found.recommended().0.proposal.clone(),
    };
    let doc = build_document_from(s.catalog, c, &chosen, &s.options, s.issued, Some(&found));
    drop(found);
    let doc = match doc {
        Ok(d) => d,
        Err(r) => {
            let m = place::at(&entry.locate(""), &r.message).get(l).to_string();
            return Done::Reported {
                messages: vec![m],
                bad: false,
                row: None,
            };
        }
    };
    let priced = &doc.chosen.priced;
    row.keep = chosen.is_keep_all();
    row.title = Some(doc.chosen.title.get(l).to_string());
    row.quote = doc.quote_number.clone();
    row.monthly_saving = priced.savings.average_month;
    row.term_saving = priced.savings.horizon;
    row.start_month = chosen.start_month;
    (row.revenue_before, row.revenue_after, row.side) =
        revenue(entry, &chosen, priced.effective_monthly, row.keep);
    let shared = Shared {
        customer: c.clone(),
        chosen: Some(chosen),
        horizon: s.options.horizon,
        rep_name: s.rep_name.clone(),
        rep_phone: s.rep_phone.clone(),
        valid_until: s.valid_until.to_string(),
        catalog: s.tables.clone(),
        edited_json: String::new(),
        // A pack is prepared in advance: nobody has approved anything yet.
        approval: None,
    };
    row.link = format!(
        "{}customer.html#/p/{}",
        s.app_url,
        encode(&shared, s.catalog)
    );
    let rep = format!("{} {}", s.rep_name, s.rep_phone);
    let sheet = Sheet {
        lang: l,
        brand: &s.catalog.brand,
        customer_name: &c.name,
        rep: &rep,
        valid_until: s.valid_until,
        url: &row.link,
        tables: &s.tables,
    };
    let html = doc_html::render(&doc, &sheet);
    if let Err(e) = std::fs::write(s.proposals.join(&file), html) {
        let m = Text::new(
            format!("{file}：无法写入（{e}）"),
            format!("{file}: cannot write ({e})"),
        );
        return Done::Reported {
            messages: vec![m.get(l).to_string()],
            bad: true,
            row: None,
        };
    }
    Done::Packed(row)
}

/// The app's folder from `--app-url`: a page's address loses its file name
/// (`https://h/app/index.html` is `https://h/app/`); always ends in `/`.
pub fn app_folder(url: &str) -> String {
    let url = url.trim();
    if url.is_empty() {
        return "./".into();
    }
    let base = match url.rsplit_once('/') {
        Some((folder, file)) if file.ends_with(".html") => folder,
        _ => url.trim_end_matches('/'),
    };
    format!("{base}/")
}

#[cfg(test)]
mod tests {
    use super::app_folder;

    #[test]
    fn the_app_folder_ends_in_a_slash() {
        assert_eq!(app_folder("./"), "./");
        assert_eq!(app_folder("https://h/app"), "https://h/app/");
        assert_eq!(app_folder("https://h/app/index.html"), "https://h/app/");
        assert_eq!(app_folder("https://h/app/"), "https://h/app/");
    }
}
