//! The share link: everything a proposal needs, in the URL fragment, so a
//! customer's phone reopens it with no server. Format: base64url of the
//! [`envelope`] `[version, flags, body…, CRC-32]`, body = postcard of the
//! payload, deflated when that is shorter. Version 2 is version 1's payload
//! in a checksummed envelope; version 3 (`v3.rs`) carries each line's origin,
//! its usage by the engine's usage table, and the proposal's start month;
//! version 4 (`v4.rs`) groups identical lines with their count, and carries
//! each line's handset mode and current plan, and the approval. Opening a link recomputes every figure from the
//! app's own package tables; numbers never come from the link.
pub mod crc32;
mod envelope;
mod payload;
mod v1;
mod v3;
mod v4;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::catalog::{fingerprint, validate_catalog, Catalog, CatalogPatch, CatalogRef};
use crate::customer::{validate_customer, Customer};
use crate::pricing::Proposal;

pub use envelope::FORMAT_VERSION;

/// What a link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub customer: Customer,
    pub chosen: Option<Proposal>,
    pub horizon: u32,
    pub rep_name: String,
    pub rep_phone: String,
    /// `YYYY-MM-DD`.
    pub valid_until: String,
    pub catalog: CatalogRef,
    /// The rep's edited package items as JSON; empty when the prices are the published ones.
    pub edited_json: String,
    /// Who approved an offer above the rep's authority (a record only).
    pub approval: Option<crate::optimize::authority::Approval>,
}

/// Why a link cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Truncated, altered or not ours.
    Damaged,
    /// Written by a newer version of the app.
    NewerVersion(u8),
}

/// A decoded link and how it relates to the app's tables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub shared: Shared,
    /// The link was made with exactly the tables this app has.
    pub same_tables: bool,
    /// The rep's edited tables, rebuilt from the link's patch over the app's
    /// tables; `None` when the link has no edits or they cannot be rebuilt
    /// exactly (the app's published tables moved on).
    pub edited_tables: Option<Catalog>,
}

impl Opened {
    /// The tables this link's proposal is priced with.
    pub fn tables<'a>(&'a self, app: &'a Catalog) -> &'a Catalog {
        self.edited_tables.as_ref().unwrap_or(app)
    }
}

/// What a link carries of a rep's edited tables: the patch from the
/// published tables to `active`, as JSON; empty when they are the same.
pub fn edited_json(published: &Catalog, active: &Catalog) -> String {
    let patch = CatalogPatch::between(published, active);
    if patch.is_empty() {
        String::new()
    } else {
        serde_json::to_string(&patch).unwrap_or_default()
    }
}

/// The fragment code for `shared`, whose proposal refers to `catalog`'s items.
pub fn encode(shared: &Shared, catalog: &Catalog) -> String {
    let c = &shared.customer;
    let payload = v4::Payload {
        head: payload::head_of(c, &shared.catalog),
        lines: v4::lines_of(c),
        chosen: shared
            .chosen
            .as_ref()
            .and_then(|p| payload::proposal_v1(p, catalog)),
        start_month: shared.chosen.as_ref().map_or(1, |p| p.start_month),
        tail: payload::Tail {
            horizon: shared.horizon,
            rep_name: shared.rep_name.clone(),
            rep_phone: shared.rep_phone.clone(),
            valid_until: shared.valid_until.clone(),
            edited_json: shared.edited_json.clone(),
        },
        approval: v4::approval_of(shared.approval.as_ref()),
    };
    let body = postcard::to_allocvec(&payload).unwrap_or_default();
    URL_SAFE_NO_PAD.encode(envelope::wrap(&body))
}

/// Opens a fragment code against the app's `catalog`. Never panics: a bad,
/// truncated or tampered code is `Damaged`, a newer one `NewerVersion`.
pub fn decode(code: &str, catalog: &Catalog) -> Result<Opened, LinkError> {
    decode_with(code, catalog, read_patch_json)
}

/// A link's edited tables (its patch), read with serde_json.
pub fn read_patch_json(json: &str) -> Option<CatalogPatch> {
    serde_json::from_str(json).ok()
}

/// As [`decode`], reading the link's edited tables with `read_patch`: the
/// reps' app passes the browser's own JSON reader, so serde_json's parser
/// stays out of its wasm.
pub fn decode_with(
    code: &str,
    catalog: &Catalog,
    read_patch: fn(&str) -> Option<CatalogPatch>,
) -> Result<Opened, LinkError> {
    // Longer than any link of ours: damaged or hostile, refused undecoded.
    if code.len() > crate::limits::MAX_LINK_CHARS {
        return Err(LinkError::Damaged);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(code.trim().as_bytes())
        .map_err(|_| LinkError::Damaged)?;
    let (version, body) = envelope::unwrap(&bytes)?;
    let (customer, head, chosen_v1, start_month, tail, approval) = if version < 3 {
        let p: v1::Payload = whole(&body)?;
        let c = v1::customer_of_v1(&p).ok_or(LinkError::Damaged)?;
        (c, p.head, p.chosen, 1, p.tail, None)
    } else if version == 3 {
        let p: v3::Payload = whole(&body)?;
        let c = v3::customer_of_v3(&p).ok_or(LinkError::Damaged)?;
        (c, p.head, p.chosen, p.start_month, p.tail, None)
    } else {
        let p: v4::Payload = whole(&body)?;
        let c = v4::customer_of_v4(&p).ok_or(LinkError::Damaged)?;
        let approval = v4::approval_of_v4(&p);
        (c, p.head, p.chosen, p.start_month, p.tail, approval)
    };
    validate_customer(&customer).map_err(|_| LinkError::Damaged)?;
    let mine = catalog.reference();
    let same_tables = head.fingerprint == mine.fingerprint && tail.edited_json.is_empty();
    let edited_tables = if tail.edited_json.is_empty() {
        None
    } else {
        // Only exactly the rep's tables give the proposal's item indexes
        // their meaning; anything else opens the intake alone.
        read_patch(&tail.edited_json)
            .map(|patch| patch.apply(catalog))
            .filter(|t| fingerprint(t) == head.fingerprint && validate_catalog(t).is_ok())
    };
    let pricing = edited_tables.as_ref().unwrap_or(catalog);
    // Item indexes only mean the same items in the same tables.
    let chosen = if head.fingerprint == fingerprint(pricing) {
        chosen_v1
            .as_ref()
            .and_then(|p| payload::proposal_of(p, start_month, pricing))
            .filter(|p| p.lines.len() == customer.lines.len())
    } else {
        None
    };
    Ok(Opened {
        shared: Shared {
            customer,
            chosen,
            horizon: tail.horizon,
            rep_name: tail.rep_name,
            rep_phone: tail.rep_phone,
            valid_until: tail.valid_until,
            catalog: CatalogRef {
                id: head.catalog_id,
                version: head.catalog_version,
                fingerprint: head.fingerprint,
            },
            edited_json: tail.edited_json,
            approval,
        },
        same_tables,
        edited_tables,
    })
}

/// A payload that takes exactly the whole body.
fn whole<'a, T: serde::Deserialize<'a>>(body: &'a [u8]) -> Result<T, LinkError> {
    match postcard::take_from_bytes(body) {
        Ok((payload, [])) => Ok(payload),
        _ => Err(LinkError::Damaged),
    }
}
