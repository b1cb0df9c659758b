//! What every version of the share link's payload has in common: the
//! customer's head (who, tenure, contract, account), the chosen proposal
//! by item index, and the rep's tail (horizon, name, phone, validity, edited
//! tables). A version's payload is `Head`, its lines, the proposal, and
//! `Tail` in that order; postcard writes a nested struct as its fields one
//! after another, so the bytes are those of a flat struct.
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, ItemId, LineKind};
use crate::customer::{Cluster, CurrentContract, Customer, Line, Segment};
use crate::money::Money;
use crate::pricing::{Assignment, LineChoice, Proposal};

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Head {
    pub catalog_id: String,
    pub catalog_version: u32,
    pub fingerprint: String,
    pub name: String,
    /// 0 individual, 1 family, 2 business, 3 key account.
    pub segment: u8,
    pub cluster: u8,
    pub industry: String,
    pub tenure_months: u32,
    pub months_left: u32,
    pub exit_fee: i64,
    pub account_fee: i64,
    pub account_features: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Tail {
    pub horizon: u32,
    pub rep_name: String,
    pub rep_phone: String,
    pub valid_until: String,
    /// The rep's edited package items, as JSON (empty: published prices).
    pub edited_json: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ProposalV1 {
    /// Index in `catalog.bundles`, plus one (0: none).
    pub bundle: u32,
    /// Indexes in `catalog.promotions`.
    pub promotions: Vec<u32>,
    /// Per line: 0 keep, 1 + plan index, or `u32::MAX - instance` for a bundle member.
    pub lines: Vec<(u32, Vec<u32>)>,
    pub include_handsets: bool,
}

pub const KINDS: [LineKind; 3] = [LineKind::Mobile, LineKind::Landline, LineKind::Broadband];
const CLUSTERS: [Cluster; 5] = [
    Cluster::StreetShop,
    Cluster::OfficeTower,
    Cluster::WholesaleMarket,
    Cluster::IndustrialPark,
    Cluster::Other,
];

pub fn kind_code(k: LineKind) -> u8 {
    KINDS.iter().position(|x| *x == k).unwrap_or(0) as u8
}

pub fn segment_of(p: &Head) -> Option<Segment> {
    let cluster = *CLUSTERS.get(usize::from(p.cluster))?;
    Some(match p.segment {
        0 => Segment::Individual,
        1 => Segment::Family,
        2 => Segment::Business {
            cluster,
            industry: p.industry.clone(),
        },
        3 => Segment::KeyAccount {
            industry: p.industry.clone(),
        },
        _ => return None,
    })
}

/// The customer of a payload's head and its lines.
pub fn customer_of(p: &Head, lines: Vec<Line>) -> Option<Customer> {
    Some(Customer {
        name: p.name.clone(),
        segment: segment_of(p)?,
        tenure_months: p.tenure_months,
        lines,
        account_features: p.account_features.iter().map(ItemId::new).collect(),
        current_account_fee: Money(p.account_fee),
        contract: CurrentContract {
            months_left: p.months_left,
            exit_fee: Money(p.exit_fee),
        },
    })
}

/// The head of a payload for `c` and its tables.
pub fn head_of(c: &Customer, catalog: &crate::catalog::CatalogRef) -> Head {
    let (segment, cluster, industry) = segment_codes(&c.segment);
    Head {
        catalog_id: catalog.id.clone(),
        catalog_version: catalog.version,
        fingerprint: catalog.fingerprint.clone(),
        name: c.name.clone(),
        segment,
        cluster,
        industry,
        tenure_months: c.tenure_months,
        months_left: c.contract.months_left,
        exit_fee: c.contract.exit_fee.0,
        account_fee: c.current_account_fee.0,
        account_features: c.account_features.iter().map(|f| f.0.clone()).collect(),
    }
}

pub fn segment_codes(s: &Segment) -> (u8, u8, String) {
    match s {
        Segment::Individual => (0, 4, String::new()),
        Segment::Family => (1, 4, String::new()),
        Segment::Business { cluster, industry } => (
            2,
            CLUSTERS.iter().position(|c| c == cluster).unwrap_or(4) as u8,
            industry.clone(),
        ),
        Segment::KeyAccount { industry } => (3, 4, industry.clone()),
    }
}

fn index_of<T>(items: &[T], id: &ItemId, key: impl Fn(&T) -> &ItemId) -> Option<u32> {
    items.iter().position(|x| key(x) == id).map(|i| i as u32)
}

pub fn proposal_v1(p: &Proposal, catalog: &Catalog) -> Option<ProposalV1> {
    let addon = |id: &ItemId| index_of(&catalog.addons, id, |a| &a.id);
    let lines = p
        .lines
        .iter()
        .map(|l| {
            let code = match &l.assignment {
                Assignment::Keep => 0,
                Assignment::Plan { plan } => 1 + index_of(&catalog.plans, plan, |x| &x.id)?,
                Assignment::Member { instance } => u32::MAX - instance,
            };
            Some((code, l.packs.iter().map(addon).collect::<Option<Vec<_>>>()?))
        })
        .collect::<Option<Vec<_>>>()?;
    Some(ProposalV1 {
        bundle: match &p.bundle {
            Some(b) => 1 + index_of(&catalog.bundles, b, |x| &x.id)?,
            None => 0,
        },
        promotions: p
            .promotions
            .iter()
            .map(|id| index_of(&catalog.promotions, id, |x| &x.id))
            .collect::<Option<_>>()?,
        lines,
        include_handsets: p.include_handsets,
    })
}

pub fn proposal_of(v: &ProposalV1, start_month: u32, catalog: &Catalog) -> Option<Proposal> {
    let addon = |i: &u32| catalog.addons.get(*i as usize).map(|a| a.id.clone());
    let lines = v
        .lines
        .iter()
        .map(|(code, packs)| {
            let assignment = match *code {
                0 => Assignment::Keep,
                c if c > u32::MAX - 10_000 => Assignment::Member {
                    instance: u32::MAX - c,
                },
                c => Assignment::Plan {
                    plan: catalog.plans.get(c as usize - 1)?.id.clone(),
                },
            };
            Some(LineChoice {
                assignment,
                packs: packs.iter().map(addon).collect::<Option<_>>()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Proposal {
        lines,
        bundle: match v.bundle {
            0 => None,
            b => Some(catalog.bundles.get(b as usize - 1)?.id.clone()),
        },
        promotions: v
            .promotions
            .iter()
            .map(|i| catalog.promotions.get(*i as usize).map(|p| p.id.clone()))
            .collect::<Option<_>>()?,
        include_handsets: v.include_handsets,
        start_month,
    })
}
