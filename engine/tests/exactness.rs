//! Proof that the optimizer is exact: on random small customers (1 to 6
//! lines) and random package tables, its cheapest proposal costs exactly the
//! minimum over EVERY valid proposal — every plan, bundle and instance for
//! each line, every bundle, every subset of promotions — each priced by
//! `price()`, the product's source of truth.
//!
//! Packs are the one thing not enumerated: for a line's assignment the pack
//! set minimising its usage cost is taken, which is optimal because a line's
//! monthly net (bill less capped credits) never falls when its usage cost rises.
mod common;

use common::{catalog, customer, Rng};
use proposal_engine::catalog::{Catalog, LineKind};
use proposal_engine::customer::Customer;
use proposal_engine::optimize::{cheapest, Options};
use proposal_engine::pricing::usage::{best_packs, packs_for};
use proposal_engine::{price, Assignment, ItemId, LineChoice, Proposal};
use proptest::prelude::*;

const HORIZON: u32 = 24;

/// Every choice for line `i`, with its best packs.
fn choices(
    cat: &Catalog,
    c: &Customer,
    i: usize,
    bundle: Option<&ItemId>,
    instances: u32,
) -> Vec<LineChoice> {
    let line = &c.lines[i];
    let packs = packs_for(cat, line.kind);
    let mut out = vec![LineChoice {
        assignment: Assignment::Keep,
        packs: vec![],
    }];
    for p in cat.plans.iter().filter(|p| p.kind == line.kind) {
        let (_, chosen) = best_packs(&line.usage, &p.allowance, &p.rates, false, &packs);
        out.push(LineChoice {
            assignment: Assignment::Plan { plan: p.id.clone() },
            packs: chosen.iter().map(|a| a.id.clone()).collect(),
        });
    }
    if let Some(b) = bundle.and_then(|b| cat.bundle(b)) {
        if let Some(slot) = b.slots.iter().find(|s| s.kind == line.kind) {
            let (_, chosen) = best_packs(
                &line.usage,
                &slot.allowance,
                &b.rates,
                b.free_calls_among_members,
                &packs,
            );
            for instance in 0..instances {
                out.push(LineChoice {
                    assignment: Assignment::Member { instance },
                    packs: chosen.iter().map(|a| a.id.clone()).collect(),
                });
            }
        }
    }
    out
}

/// The minimum total over every valid changed proposal, by brute force.
fn exhaustive(cat: &Catalog, c: &Customer) -> Option<i64> {
    let mut best: Option<i64> = None;
    let promos: Vec<ItemId> = cat.promotions.iter().map(|p| p.id.clone()).collect();
    let bundles: Vec<Option<ItemId>> = std::iter::once(None)
        .chain(cat.bundles.iter().map(|b| Some(b.id.clone())))
        .collect();
    for bundle in &bundles {
        let hosts = bundle.as_ref().and_then(|b| cat.bundle(b)).map_or(0, |b| {
            b.slots
                .iter()
                .filter(|s| s.min > 0)
                .map(|s| c.count_of(s.kind) / s.min)
                .min()
                .unwrap_or(0)
        });
        let per_line: Vec<Vec<LineChoice>> = (0..c.lines.len())
            .map(|i| choices(cat, c, i, bundle.as_ref(), hosts))
            .collect();
        let mut idx = vec![0usize; c.lines.len()];
        loop {
            let lines: Vec<LineChoice> = idx
                .iter()
                .enumerate()
                .map(|(i, &k)| per_line[i][k].clone())
                .collect();
            let proposal = Proposal {
                lines,
                bundle: bundle.clone(),
                promotions: vec![],
                include_handsets: true,
            };
            let uses_bundle = proposal.instances() > 0;
            if !proposal.is_keep_all() && (bundle.is_none() || uses_bundle) {
                for mask in 0u32..(1 << promos.len()) {
                    let promotions = (0..promos.len())
                        .filter(|b| mask & (1 << b) != 0)
                        .map(|b| promos[b].clone())
                        .collect();
                    let p = Proposal {
                        promotions,
                        ..proposal.clone()
                    };
                    if let Ok(x) = price(cat, c, &p, Some(HORIZON)) {
                        best = Some(best.map_or(x.total.0, |b: i64| b.min(x.total.0)));
                    }
                }
            }
            // Next combination (odometer).
            let mut pos = 0;
            loop {
                if pos == idx.len() {
                    return_best(&mut best);
                    break;
                }
                idx[pos] += 1;
                if idx[pos] < per_line[pos].len() {
                    break;
                }
                idx[pos] = 0;
                pos += 1;
            }
            if pos == idx.len() {
                break;
            }
        }
    }
    best
}

fn return_best(_: &mut Option<i64>) {}

fn check_seed(seed: u64, max_lines: u32, plans_per_kind: u32) {
    let mut r = Rng::new(seed);
    let (bundles, promotions) = (r.range(0, 2), r.range(0, 3));
    let cat = catalog(&mut r, plans_per_kind, bundles, promotions);
    let lines = r.range(1, max_lines);
    let c = customer(&mut r, lines);
    let options = Options {
        horizon: HORIZON,
        ..Options::default()
    };
    let found = cheapest(&cat, &c, &options);
    let truth = exhaustive(&cat, &c);
    match (found, truth) {
        (Some(s), Some(t)) => {
            let priced = price(&cat, &c, &s.proposal, Some(HORIZON))
                .expect("the optimizer's proposal is valid");
            assert_eq!(
                priced.total.0, s.cost,
                "seed {seed}: optimizer cost disagrees with price()"
            );
            assert_eq!(
                s.cost, t,
                "seed {seed}: optimizer {} vs exhaustive {t}",
                s.cost
            );
        }
        (None, None) => {}
        (f, t) => panic!(
            "seed {seed}: optimizer {:?} vs exhaustive {t:?}",
            f.map(|s| s.cost)
        ),
    }
}

proptest! {
    #![proptest_config(common::proptest_config(48))]

    #[test]
    fn optimizer_equals_exhaustive_search_up_to_5_lines(seed in any::<u64>()) {
        check_seed(seed, 5, 2);
    }
}

proptest! {
    #![proptest_config(common::proptest_config(8))]

    #[test]
    fn optimizer_equals_exhaustive_search_with_6_lines(seed in any::<u64>()) {
        check_seed(seed, 6, 1);
    }
}

#[test]
fn a_bundle_needs_its_host_line() {
    let mut r = Rng::new(7);
    let cat = catalog(&mut r, 2, 2, 0);
    let mut c = customer(&mut r, 3);
    for l in &mut c.lines {
        l.kind = LineKind::Mobile;
    }
    let mut notes = Vec::new();
    let e = proposal_engine::optimize::eligible(&cat, &c, &Options::default(), &mut notes);
    assert!(e.bundles.is_empty());
    assert!(
        notes.iter().any(|n| n.en.contains("needs at least 1")),
        "{notes:?}"
    );
}
