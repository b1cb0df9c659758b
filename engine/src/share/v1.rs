//! Version 1 of the share link's payload: a compact mirror of the intake and
//! the chosen proposal, its own schema so the link format stays stable when
//! the engine's types change. Catalog items are referred to by index.
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, ItemId, LineKind};
use crate::customer::{Cluster, CurrentContract, Customer, Line, Segment, Usage};
use crate::money::{Bps, Money};
use crate::pricing::{Assignment, LineChoice, Proposal};

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Payload {
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
    pub lines: Vec<LineV1>,
    pub chosen: Option<ProposalV1>,
    pub horizon: u32,
    pub rep_name: String,
    pub rep_phone: String,
    pub valid_until: String,
    /// The rep's edited package items, as JSON (empty: published prices).
    pub edited_json: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LineV1 {
    /// 0 mobile, 1 landline, 2 broadband.
    pub kind: u8,
    pub fee: i64,
    pub label: String,
    pub domestic_min: u32,
    pub long_distance_min: u32,
    pub data_mb: u32,
    pub sms: u32,
    pub own_calls_bps: u32,
    pub min_speed_mbps: u32,
    pub features: Vec<String>,
    pub handset: Option<String>,
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

const KINDS: [LineKind; 3] = [LineKind::Mobile, LineKind::Landline, LineKind::Broadband];
const CLUSTERS: [Cluster; 5] = [
    Cluster::StreetShop,
    Cluster::OfficeTower,
    Cluster::WholesaleMarket,
    Cluster::IndustrialPark,
    Cluster::Other,
];

fn kind_code(k: LineKind) -> u8 {
    KINDS.iter().position(|x| *x == k).unwrap_or(0) as u8
}

pub fn segment_of(p: &Payload) -> Option<Segment> {
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

pub fn customer_of(p: &Payload) -> Option<Customer> {
    let lines = p
        .lines
        .iter()
        .map(|l| {
            Some(Line {
                kind: *KINDS.get(usize::from(l.kind))?,
                label: l.label.clone(),
                current_monthly_fee: Money(l.fee),
                usage: Usage {
                    domestic_min: l.domestic_min,
                    long_distance_min: l.long_distance_min,
                    data_mb: l.data_mb,
                    sms: l.sms,
                    own_calls: Bps(l.own_calls_bps),
                    min_speed_mbps: l.min_speed_mbps,
                },
                features: l.features.iter().map(ItemId::new).collect(),
                wants_handset: l.handset.as_ref().map(ItemId::new),
                origin: Default::default(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
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

pub fn lines_of(c: &Customer) -> Vec<LineV1> {
    c.lines
        .iter()
        .map(|l| LineV1 {
            kind: kind_code(l.kind),
            fee: l.current_monthly_fee.0,
            label: l.label.clone(),
            domestic_min: l.usage.domestic_min,
            long_distance_min: l.usage.long_distance_min,
            data_mb: l.usage.data_mb,
            sms: l.usage.sms,
            own_calls_bps: l.usage.own_calls.0,
            min_speed_mbps: l.usage.min_speed_mbps,
            features: l.features.iter().map(|f| f.0.clone()).collect(),
            handset: l.wants_handset.as_ref().map(|h| h.0.clone()),
        })
        .collect()
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

pub fn proposal_of(v: &ProposalV1, catalog: &Catalog) -> Option<Proposal> {
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
        start_month: 1,
    })
}
