//! A shared link, reopened: the tables its proposal is priced with and what
//! the customer's phone shows as they change their usage. Numbers never come
//! from the link; they are recomputed here from the app's tables.
use crate::catalog::{validate_catalog, Catalog, CatalogPatch};
use crate::customer::Customer;
use crate::date::Date;
use crate::optimize::{optimize, Options};
use crate::pricing::{price, Priced, Proposal};
use crate::screen::chart::{cost_chart, ChartView};
use crate::screen::figures::{card_figures, key_figures, KeyFigures};
use crate::share::{decode_with, encode, read_patch_json, Opened, Shared};
use crate::text::Text;

/// The rep's edited tables a link carried (`edited_json`, a patch from the
/// published tables), rebuilt over the app's tables `app`; `None` when there
/// are no edits or they do not make valid tables. The counter and the
/// proposal page price a session opened from a link with these.
pub fn edited_tables(app: &Catalog, edited_json: &str) -> Option<Catalog> {
    edited_tables_with(app, edited_json, read_patch_json)
}

/// As [`edited_tables`], reading the patch with `read_patch` (the reps' app
/// passes the browser's JSON reader; see [`crate::share::decode_with`]).
pub fn edited_tables_with(
    app: &Catalog,
    edited_json: &str,
    read_patch: fn(&str) -> Option<CatalogPatch>,
) -> Option<Catalog> {
    if edited_json.trim().is_empty() {
        return None;
    }
    read_patch(edited_json)
        .map(|patch| patch.apply(app))
        .filter(|t| validate_catalog(t).is_ok())
}

/// What the phone shows at the top: the proposal's title and its figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneView {
    pub title: Text,
    pub priced: Priced,
    /// The same figures and labels as the counter's card and the document.
    pub figures: KeyFigures,
    /// The proposal priced: the full proposal the phone opens is this one.
    pub proposal: Proposal,
    /// The cumulative-cost chart of `priced`.
    pub chart: ChartView,
    /// "主管 王芳 审批（2 级优惠权限）" when the link carries an approval.
    pub approval: Option<Text>,
}

/// The link's chosen proposal, while it still fits `customer`'s lines.
pub fn chosen_for(opened: &Opened, customer: &Customer) -> Option<Proposal> {
    opened
        .shared
        .chosen
        .clone()
        .filter(|p| p.lines.len() == customer.lines.len())
}

/// The link's proposal priced for `customer` (the link's customer, or as the
/// customer changed their usage) with the tables the link was made with
/// (`opened.tables(app)`); the engine's recommendation for `customer`
/// ([`crate::optimize::Proposals::recommended`], keeping what they have when
/// that costs no more) when the chosen one no longer fits. `None` when
/// nothing can be priced. No calendar check: see [`phone_view_on`].
pub fn phone_view(app: &Catalog, opened: &Opened, customer: &Customer) -> Option<PhoneView> {
    phone_view_on(app, opened, customer, None)
}

/// [`phone_view`] on the day `today`: the link's own proposal keeps what it
/// offered (it was on sale when the rep made it, and holds until its
/// validity date); a recommendation made afresh, when the customer's change
/// of lines no longer fits it, offers only what is on sale `today`.
pub fn phone_view_on(
    app: &Catalog,
    opened: &Opened,
    customer: &Customer,
    today: Option<Date>,
) -> Option<PhoneView> {
    let tables = opened.tables(app);
    let horizon = opened.shared.horizon.max(1);
    let options = Options {
        horizon,
        approval: opened.shared.approval.clone(),
        ..Options::default()
    };
    let approval = opened.shared.approval.as_ref().map(|a| a.words());
    if let Some(p) = chosen_for(opened, customer) {
        if let Ok(priced) = price(tables, customer, &p, Some(horizon)) {
            let found = optimize(tables, customer, &options).ok();
            let title = found
                .as_ref()
                .and_then(|f| f.alternatives.iter().find(|a| a.proposal == p))
                .map(|a| a.title.clone())
                .unwrap_or_else(|| Text::new("推荐方案", "Recommended proposal"));
            let figures = key_figures(tables, &priced, p.start_month);
            return Some(PhoneView {
                title,
                chart: cost_chart(&priced),
                priced,
                figures,
                proposal: p,
                approval,
            });
        }
    }
    let today_options = Options {
        date: today,
        ..options
    };
    let found = optimize(tables, customer, &today_options).ok()?;
    let (best, _) = found.recommended();
    Some(PhoneView {
        figures: card_figures(tables, best),
        title: best.title.clone(),
        chart: cost_chart(&best.priced),
        priced: best.priced.clone(),
        proposal: best.proposal.clone(),
        approval,
    })
}

/// `customer` as a compact code (the share link's own format, no proposal),
/// for a session to keep a link's customer as data across a reload without
/// a second serialisation of the customer in the app.
pub fn customer_code(customer: &Customer, tables: &Catalog) -> String {
    let shared = Shared {
        customer: customer.clone(),
        chosen: None,
        horizon: crate::optimize::DEFAULT_HORIZON,
        rep_name: String::new(),
        rep_phone: String::new(),
        valid_until: String::new(),
        catalog: tables.reference(),
        edited_json: String::new(),
        approval: None,
    };
    encode(&shared, tables)
}

/// The customer of a [`customer_code`]; `None` when empty or damaged.
pub fn customer_of_code(code: &str, tables: &Catalog) -> Option<Customer> {
    if code.is_empty() {
        return None;
    }
    // The customer alone: the link's edited tables are not read.
    decode_with(code, tables, |_| None)
        .ok()
        .map(|o| o.shared.customer)
}
