//! The campaign's aggregates, added to one customer at a time: totals, by
//! segment, by cluster market, by month of contract expiry, the operator's
//! revenue before and after, and each customer's saving for the ranking
//! (about 200 bytes a customer: the only thing kept per customer).
use std::collections::BTreeMap;

use proposal_engine::customer::Cluster;
use proposal_engine::Money;

use super::customer::{Row, Side};

/// Counts and sums of a group of customers.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct Tally {
    pub customers: u32,
    pub keep: u32,
    pub monthly_saving: i64,
    pub term_saving: i64,
    pub revenue_before: i64,
    pub revenue_after: i64,
}

impl Tally {
    fn add(&mut self, r: &Row) {
        self.customers += 1;
        self.keep += u32::from(r.keep);
        self.monthly_saving += r.monthly_saving.0;
        self.term_saving += r.term_saving.0;
        self.revenue_before += r.revenue_before.0;
        self.revenue_after += r.revenue_after.0;
    }
}

/// One customer in the ranking by saving.
pub struct Ranked {
    pub id: String,
    pub name: String,
    pub segment: &'static str,
    pub title: String,
    pub monthly_saving: Money,
    pub term_saving: Money,
    pub months_left: u32,
    pub href: String,
}

#[derive(Default)]
pub struct Summary {
    /// Customers proposed for.
    pub all: Tally,
    /// Customers with no possible proposal.
    pub none: u32,
    pub by_segment: BTreeMap<&'static str, Tally>,
    pub by_cluster: Vec<(Option<Cluster>, Tally)>,
    /// By months left on the contract (a contract-expiry list).
    pub by_expiry: BTreeMap<u32, Tally>,
    pub existing: Tally,
    pub won: Tally,
    pub ranked: Vec<Ranked>,
}

impl Summary {
    pub fn add(&mut self, r: &Row) {
        let Some(title) = &r.title else {
            self.none += 1;
            return;
        };
        self.all.add(r);
        self.by_segment.entry(r.segment).or_default().add(r);
        if r.segment == "business" {
            match self.by_cluster.iter_mut().find(|(c, _)| *c == r.cluster) {
                Some((_, t)) => t.add(r),
                None => {
                    let mut t = Tally::default();
                    t.add(r);
                    self.by_cluster.push((r.cluster, t));
                }
            }
        }
        self.by_expiry.entry(r.months_left).or_default().add(r);
        match r.side {
            Side::Existing => self.existing.add(r),
            Side::Won => self.won.add(r),
            Side::Keep => {}
        }
        self.ranked.push(Ranked {
            id: r.id.clone(),
            name: r.name.clone(),
            segment: r.segment,
            title: title.clone(),
            monthly_saving: r.monthly_saving,
            term_saving: r.term_saving,
            months_left: r.months_left,
            href: r.href.clone(),
        });
    }

    /// The ranking: the largest saving over the horizon first (ties by id).
    pub fn sort(&mut self) {
        self.ranked.sort_by(|a, b| {
            b.term_saving
                .cmp(&a.term_saving)
                .then_with(|| a.id.cmp(&b.id))
        });
    }
}
