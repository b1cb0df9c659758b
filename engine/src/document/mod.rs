//! The customer proposal (客户建议书) as data: everything the printed page
//! states, built here so the page only lays it out and a test can hold every
//! figure against `price`. Bilingual throughout; money stays `Money`.
pub(crate) mod alternative_wording;
mod bundle_terms;
mod contracts;
mod disclosure;
mod fee_terms;
mod next_steps;
mod promotion_rule;
mod promotion_terms;
mod quote;
mod rows;
pub(crate) mod start_words;
mod steps;
mod wording;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::customer::Customer;
use crate::date::Date;
use crate::money::Money;
use crate::optimize::{describe_proposal, optimize, Alternative, Badge, Options};
use crate::pricing::{Proposal, Rejection};
use crate::screen::figures::{KeyFigures, MonthAmount};
use crate::text::Text;

pub use contracts::ContractTerm;
pub use disclosure::{eligibility_words, window_words, Disclosure, DisclosureKind};
pub use rows::{CurrentRow, PackageRow};
pub(crate) use steps::bill_steps;
pub use steps::BillStep;

/// An amount as the document prints it (¥1,234.50, the same in both languages).
fn yuan(m: Money) -> String {
    m.format(crate::Lang::ZhCn)
}

/// One alternative the rep considered, in one line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsideredLine {
    pub title: Text,
    pub badges: Vec<Badge>,
    pub total: Money,
    /// Its saving over the horizon against keeping what the customer has.
    pub saving: Money,
    /// Why it was not chosen, against the chosen proposal.
    pub versus_chosen: Text,
}

/// The whole document, for one chosen proposal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalDocument {
    /// `Q-YYYYMMDD-XXXXXX`: the day and a digest of what was proposed, so
    /// the same proposal on the same day keeps its number.
    pub quote_number: String,
    pub issued: Date,
    /// The chosen proposal, priced and described like the optimizer's own.
    pub chosen: Alternative,
    /// When the new packages start: "立即办理" (now), or "第 6 个月起办理
    /// （现有合约到期后）" for a proposal that waits for the contract's end.
    pub starts: Text,
    /// The packages table's first-month column: "首月" (month 1), or the
    /// start month when the packages start later, and the whole bill then.
    pub first_month_label: Text,
    pub first_month_bill: Money,
    /// The saving a month at the start and its heading: never a first
    /// month's saving that leaves out the one-offs paid in it
    /// (`start_words::saving_now`).
    pub saving_now_label: Text,
    pub saving_now: Money,
    /// The saving a month in the horizon's last bill step: today's bill
    /// minus that step's bill (`figures.step_saving`, labelled "第 13 个月起每月省"),
    /// the step the card shows and the bill table ends with (issue 14).
    pub saving_after: Money,
    /// Every key figure with its label, the same as the counter's card and
    /// the phone's (`screen::figures`).
    pub figures: KeyFigures,
    /// The whole monthly bill in stretches of months: the packages table's
    /// total row, adding up to `Priced::monthly_total`.
    pub bill_amounts: Vec<MonthAmount>,
    /// The customer's situation today, line by line.
    pub current: Vec<CurrentRow>,
    /// What the customer gets and pays, billing unit by billing unit.
    pub packages: Vec<PackageRow>,
    /// The monthly bill and saving in each stretch of months where it is the
    /// same (promotions running, then ended).
    pub steps: Vec<BillStep>,
    /// The contracts signed, with their terms and early-exit fees.
    pub contracts: Vec<ContractTerm>,
    pub considered: Vec<ConsideredLine>,
    /// Why this proposal, read out and printed.
    pub why_chosen: Text,
    /// The conditions every stated saving depends on.
    pub conditions: Vec<Text>,
    /// Each package, add-on, promotion and handset proposed, as MIIT requires.
    pub disclosures: Vec<Disclosure>,
    pub next_steps: Vec<Text>,
    /// Who approved an offer above the rep's authority, at which level, and
    /// that this is a record, not a security boundary; `None` when the
    /// proposal needs no approval.
    #[serde(default)]
    pub approval: Option<ApprovalNote>,
    /// The customer's cluster market, industry and the suggestions taken
    /// ("聚类市场：临街店铺", "行业：酒店", "采纳的建议：总机服务").
    #[serde(default)]
    pub segment: Vec<Text>,
}

/// The approval a proposal carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalNote {
    pub approval: crate::optimize::authority::Approval,
    /// "主管 王芳 审批（2 级优惠权限）".
    pub words: Text,
    /// "审批仅作记录，不是安全控制 …".
    pub record_only: Text,
}

/// The approval when the chosen proposal takes a promotion above the rep's
/// own authority and an approval covers it.
fn approval_note(catalog: &Catalog, chosen: &Proposal, options: &Options) -> Option<ApprovalNote> {
    let approval = options.approval.as_ref()?;
    let needs = chosen
        .promotions
        .iter()
        .filter_map(|id| catalog.promotion(id))
        .any(|p| p.authority_level > options.authority_level);
    needs.then(|| ApprovalNote {
        words: approval.words(),
        record_only: crate::optimize::authority::approval_is_a_record(),
        approval: approval.clone(),
    })
}

/// The proposal document for `chosen`; fails only if `chosen` is not a valid
/// proposal for this customer and these tables.
pub fn build_document(
    catalog: &Catalog,
    customer: &Customer,
    chosen: &Proposal,
    options: &Options,
    issued: Date,
) -> Result<ProposalDocument, Rejection> {
    let found = optimize(catalog, customer, options).ok();
    build_document_from(catalog, customer, chosen, options, issued, found.as_ref())
}

/// [`build_document`] with the optimizer's proposals for this customer,
/// tables and options already found (`found`, `None` when there are none),
/// so a caller that optimised to choose (`propose --pack`) does not search
/// twice.
pub fn build_document_from(
    catalog: &Catalog,
    customer: &Customer,
    chosen: &Proposal,
    options: &Options,
    issued: Date,
    found: Option<&crate::optimize::Proposals>,
) -> Result<ProposalDocument, Rejection> {
    let known = found.and_then(|f| {
        f.alternatives
            .iter()
            .chain(std::iter::once(&f.baseline))
            .find(|a| &a.proposal == chosen)
            .cloned()
    });
    let chosen_alt = match known {
        Some(a) => a,
        None => describe_proposal(catalog, customer, chosen, options)?,
    };
    let mut others: Vec<&Alternative> = Vec::new();
    if let Some(f) = found {
        others.extend(f.alternatives.iter().filter(|a| a.proposal != *chosen));
        if !chosen.is_keep_all() {
            others.push(&f.baseline);
        }
    }
    let considered = others
        .iter()
        .map(|a| wording::considered(a, &chosen_alt))
        .collect();
    let cheapest = found.and_then(|f| {
        f.alternatives
            .iter()
            .chain(std::iter::once(&f.baseline))
            .min_by_key(|a| a.priced.total)
    });
    let (saving_now_label, saving_now) =
        start_words::saving_now(&chosen_alt.priced, chosen_alt.proposal.start_month);
    let figures = crate::screen::figures::card_figures(catalog, &chosen_alt);
    Ok(ProposalDocument {
        saving_now_label,
        saving_now,
        saving_after: figures.step_saving.amount,
        bill_amounts: crate::screen::figures::bill_amounts(&chosen_alt.priced),
        figures,
        quote_number: quote::quote_number(issued, catalog, customer, chosen),
        issued,
        current: rows::current_rows(customer),
        packages: rows::package_rows(catalog, customer, &chosen_alt),
        steps: steps::bill_steps(&chosen_alt.priced, chosen_alt.proposal.start_month),
        contracts: contracts::contracts(catalog, customer, chosen),
        considered,
        why_chosen: wording::why_chosen(&chosen_alt, cheapest),
        conditions: wording::conditions(catalog, customer, &chosen_alt),
        disclosures: disclosure::disclosures(catalog, customer, &chosen_alt.proposal),
        next_steps: next_steps::next_steps(catalog, customer, &chosen_alt),
        starts: start_words::starts(&chosen_alt),
        first_month_label: start_words::first_month_label(chosen_alt.proposal.start_month),
        first_month_bill: chosen_alt
            .priced
            .months
            .get(chosen_alt.proposal.start_month as usize - 1)
            .map_or(Money::ZERO, |m| m.bill),
        approval: approval_note(catalog, chosen, options),
        segment: crate::screen::suggestions::segment_lines(catalog, customer),
        chosen: chosen_alt,
    })
}
