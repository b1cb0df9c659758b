//! The rep's working session at the counter: the intake as typed and the
//! chosen proposal. Saved on the device after every change (the shell's
//! autosave), so a reload (or a tablet that went to sleep) loses nothing.
use std::rc::Rc;

use proposal_engine::catalog::{ItemId, LineKind};
use proposal_engine::customer::{Cluster, HandsetMode, LineOrigin};
use proposal_engine::optimize::authority::Approval;
use proposal_engine::screen::link::customer_of_code;
use proposal_engine::screen::session::{session_view, SessionView};
use proposal_engine::screen::suggestions::Accept;
use proposal_engine::{Date, Money, Proposal};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use super::catalog::ActiveCatalog;
use super::intake::{FieldErrors, IntakeDraft, LineDraft, LineField, SegmentChoice};
use super::presets::{from_spend, preset, Preset};
use super::rep::Rep;
use crate::storage;

const KEY: &str = "session.v1";

/// What the counter screen holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub intake: IntakeDraft,
    /// The proposal chosen to print and share.
    pub chosen: Option<Proposal>,
    /// The proposal's validity date as typed (`YYYY-MM-DD`); empty: 14 days
    /// from today.
    #[serde(default)]
    pub valid_until: String,
    /// The rep named by a shared link this session was opened from; the
    /// device's own rep otherwise.
    #[serde(default)]
    pub link_rep: Option<Rep>,
    /// The edited tables a shared link carried (a `CatalogPatch` as JSON),
    /// so its proposal keeps the rep's prices; empty: the app's tables.
    #[serde(default)]
    pub link_patch: String,
    /// The published version the chosen proposal was priced with: the
    /// tables in use when the rep chose it, or an earlier version a shared
    /// link was made with (the phone's "打开完整建议书"). While it names an
    /// earlier version than the app's and the device keeps that version, the
    /// session is priced with it (a proposal reopened from the customer book
    /// keeps its prices, marked), until the rep re-prices it under the
    /// current tables. Not written when absent, so sessions stored before it
    /// read as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_tables: Option<proposal_engine::CatalogRef>,
    /// The customer a shared link carried, exactly (as data, never through
    /// the form's text), until the rep edits the intake: the engine's
    /// compact customer code (`screen::link::customer_code`).
    #[serde(default)]
    pub link_customer: String,
    /// Opened from a shared link's "打开完整建议书" (the customer's phone):
    /// the proposal page shows the customer's view only (no rep form, no
    /// counter), until the intake is edited or a new customer started.
    #[serde(default)]
    pub customer_view: bool,
    /// A supervisor's or manager's approval given on this device, or the one
    /// a shared link carried: a record of who said yes, not a security
    /// boundary (there is no server).
    #[serde(default)]
    pub approval: Option<Approval>,
    /// The customer's id in the customer book (`state::book`); empty until
    /// the book has kept this customer.
    #[serde(default)]
    pub customer_id: String,
    /// The intake is what a quick start or the spend-only entry made, and
    /// nothing was typed or chosen since: another quick start replaces it
    /// without handing it to the book (a rep trying the presets is not a
    /// stream of customers). Not written when false, so sessions stored
    /// before it read and write as they were.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_quick_start: bool,
}

/// What a shared link says about who made the proposal and until when.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinkMeta {
    /// The customer as the phone priced it, as a customer code.
    pub customer: String,
    pub rep: Rep,
    pub valid_until: String,
    pub edited_json: String,
    pub approval: Option<Approval>,
    /// The link's tables, when the phone priced it with an earlier version.
    pub tables: Option<proposal_engine::CatalogRef>,
}

/// What the rep does.
pub enum SessionAction {
    Name(String),
    Segment(SegmentChoice),
    Cluster(Cluster),
    Industry(String),
    Tenure(String),
    MonthsLeft(String),
    ExitFee(String),
    AddLine(LineKind),
    RemoveLine(u32),
    SetKind(u32, LineKind),
    SetField(u32, LineField, String),
    /// Where a line is today.
    SetOrigin(u32, LineOrigin),
    /// A per-line service on or off.
    ToggleService(u32, ItemId),
    /// The handset a line wants (none: `None`).
    SetHandset(u32, Option<ItemId>),
    SetHandsetMode(u32, HandsetMode),
    /// A per-account service on or off.
    ToggleAccountService(ItemId),
    /// A suggestion taken (one tap; never without it).
    Accept(Accept),
    AccountFee(String),
    TenureMonths(String),
    /// A higher authority approves (or the approval is withdrawn: `None`).
    Approve(Option<Approval>),
    QuickStart(Preset),
    FromSpend(Money, u32),
    /// A proposal chosen, with the published version it was priced with.
    Choose(Proposal, proposal_engine::CatalogRef),
    /// The proposal re-priced under the current tables: this one chosen
    /// instead (none: the rep chooses again), the earlier version no longer
    /// used.
    Reprice(Option<Proposal>),
    /// Opens a shared proposal: its intake, proposal and what the link says
    /// (boxed: it is much larger than the other actions).
    Load(Box<(IntakeDraft, Option<Proposal>, LinkMeta)>),
    ValidUntil(String),
    /// The book kept this customer under this id.
    CustomerId(String),
    Reset,
}

impl Session {
    /// The session saved on this device, or a fresh one.
    pub fn restore() -> Session {
        storage::load(KEY)
            .and_then(|s| crate::browser::json::parse(&s).ok())
            .unwrap_or_default()
    }

    /// A customer the rep has typed (lines, and not just a quick start's):
    /// a quick start over it starts a new customer, and the counter hands
    /// this one to the book first (`state::book::inbox::keep_before`).
    pub fn typed(&self) -> bool {
        !self.intake.lines.is_empty() && !self.from_quick_start
    }

    /// Keeps the session on this device; false when storage refused.
    pub fn save(&self) -> bool {
        serde_json::to_string(self).is_ok_and(|json| storage::save(KEY, &json))
    }
}

impl Reducible for Session {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let quick = matches!(
            action,
            SessionAction::QuickStart(_) | SessionAction::FromSpend(..)
        );
        // A quick start over a typed customer is a new customer: a fresh
        // session (no customer id, so the book keeps both).
        let mut next = if quick && self.typed() {
            Session::default()
        } else {
            (*self).clone()
        };
        let loading = matches!(action, SessionAction::Load(_));
        let intake = &mut next.intake;
        match action {
            SessionAction::Name(v) => intake.name = v,
            SessionAction::Segment(v) => intake.segment = v,
            SessionAction::Cluster(v) => intake.cluster = Some(v),
            SessionAction::Industry(v) => intake.industry = v,
            SessionAction::Tenure(v) => intake.tenure_years = v,
            SessionAction::MonthsLeft(v) => intake.months_left = v,
            SessionAction::ExitFee(v) => intake.exit_fee = v,
            SessionAction::AddLine(kind) => {
                intake.lines.push(LineDraft::new(intake.next_id, kind));
                intake.next_id += 1;
            }
            SessionAction::RemoveLine(id) => intake.lines.retain(|l| l.id != id),
            SessionAction::SetKind(id, kind) => {
                if let Some(l) = intake.lines.iter_mut().find(|l| l.id == id) {
                    *l = LineDraft {
                        id,
                        label: l.label.clone(),
                        fee: l.fee.clone(),
                        origin: l.origin,
                        count: l.count.clone(),
                        current_plan: l.current_plan.clone(),
                        ..LineDraft::new(id, kind)
                    };
                }
            }
            SessionAction::SetOrigin(id, origin) => {
                if let Some(l) = intake.lines.iter_mut().find(|l| l.id == id) {
                    l.origin = origin;
                }
            }
            SessionAction::ToggleService(id, service) => {
                if let Some(l) = intake.lines.iter_mut().find(|l| l.id == id) {
                    toggle(&mut l.services, service);
                }
            }
            SessionAction::SetHandset(id, handset) => {
                if let Some(l) = intake.lines.iter_mut().find(|l| l.id == id) {
                    l.handset = handset;
                }
            }
            SessionAction::SetHandsetMode(id, mode) => {
                if let Some(l) = intake.lines.iter_mut().find(|l| l.id == id) {
                    l.handset_mode = mode;
                }
            }
            SessionAction::ToggleAccountService(service) => {
                toggle(&mut intake.account_services, service)
            }
            SessionAction::Accept(a) => accept(intake, a),
            SessionAction::AccountFee(v) => intake.account_fee = v,
            SessionAction::TenureMonths(v) => intake.tenure_months = v,
            SessionAction::Approve(a) => next.approval = a,
            SessionAction::SetField(id, field, value) => {
                if let Some(l) = intake.lines.iter_mut().find(|l| l.id == id) {
                    l.set(field, value);
                }
            }
            SessionAction::QuickStart(p) => {
                *intake = preset(p);
                next.approval = None;
                next.customer_view = false;
                next.link_rep = None;
                next.link_patch.clear();
                next.link_tables = None;
            }
            SessionAction::FromSpend(total, mobiles) => {
                *intake = from_spend(total, mobiles);
                next.approval = None;
                next.customer_view = false;
            }
            SessionAction::Choose(p, tables) => {
                next.chosen = Some(p);
                next.link_tables = Some(tables);
            }
            SessionAction::Reprice(p) => {
                next.chosen = p;
                next.link_tables = None;
                // A new offer at today's prices: valid 14 days from today.
                next.valid_until.clear();
            }
            SessionAction::Load(loaded) => {
                let (draft, chosen, meta) = *loaded;
                next.intake = draft;
                next.chosen = chosen;
                next.valid_until = meta.valid_until;
                next.link_rep = (meta.rep != Rep::default()).then_some(meta.rep);
                next.link_patch = meta.edited_json;
                next.link_tables = meta.tables;
                next.link_customer = meta.customer;
                next.approval = meta.approval;
                next.customer_view = true;
            }
            SessionAction::ValidUntil(v) => next.valid_until = v,
            SessionAction::CustomerId(id) => next.customer_id = id,
            SessionAction::Reset => next = Session::default(),
        }
        // An edit makes the typed intake the customer again.
        if !loading && next.intake != self.intake {
            next.link_customer.clear();
            next.customer_view = false;
        }
        if quick {
            next.from_quick_start = true;
        } else if next.intake != self.intake || next.chosen != self.chosen {
            next.from_quick_start = false;
        }
        Rc::new(next)
    }
}

/// A suggestion taken: the service onto the account, or onto every line of
/// a kind it fits that lacks it (each line's chip can take it off again).
fn accept(intake: &mut IntakeDraft, a: Accept) {
    match a {
        Accept::Account(id) if !intake.account_services.contains(&id) => {
            intake.account_services.push(id)
        }
        Accept::Account(_) => {}
        Accept::Lines { service, kinds } => {
            for l in intake.lines.iter_mut() {
                if kinds.contains(&l.kind) && !l.services.contains(&service) {
                    l.services.push(service.clone());
                }
            }
        }
    }
}

/// Adds `id` to `list`, or takes it out when it is there.
fn toggle(list: &mut Vec<ItemId>, id: ItemId) {
    match list.iter().position(|x| *x == id) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(id),
    }
}

/// The handle the counter and proposal pages share.
pub type SessionContext = UseReducerHandle<Session>;

/// The session as the counter and the proposal page both show it (the
/// engine's view: a link's customer as data, the validity date), and the
/// intake's field errors.
#[hook]
pub fn use_session_view(
    session: &Session,
    tables: &ActiveCatalog,
    today: Date,
) -> (Rc<SessionView>, FieldErrors) {
    let parsed = use_memo(
        (session.intake.clone(), tables.clone()),
        |(intake, tables)| intake.parse_for(&tables.0),
    );
    let view = use_memo(
        (
            parsed.clone(),
            session.link_customer.clone(),
            tables.clone(),
            session.valid_until.clone(),
            today,
        ),
        |(parsed, link, tables, valid, today)| {
            let link = customer_of_code(link, &tables.0);
            session_view(link.as_ref(), parsed.0.as_ref(), valid, *today)
        },
    );
    (view, parsed.1.clone())
}
