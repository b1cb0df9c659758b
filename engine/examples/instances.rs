//! Writes one random medium instance for the independent check of the
//! optimizer (`scripts/verify_optimizer.py`, HiGHS): everything a
//! mixed-integer program needs, priced with `pricing`'s own building blocks
//! (`line_unit`, `PromoContext::horizon_cost`), not the optimizer's, and the
//! optimizer's optimum (its total only: the MIP must find its own decisions).
//!
//! Usage: `cargo run --release -p proposal-engine --example instances -- SEED LINES`
//! Even seeds use the default package tables, odd seeds random tables
//! (`tests/common`, with exclusion groups between a bundle and a plan).
//!
//! The JSON, amounts in fen over `horizon` months:
//! - `lines[i].options`: every way line `i` can go: `keep`, a plan, or
//!   membership of a bundle, each with every subset `promos` of the
//!   promotions that would apply to its item (the option is only valid when
//!   exactly that subset is chosen) and its cheapest pack set per
//!   exclusion-relevant footprint (`packs`); `cost` = the unit's horizon net
//!   + its one-offs (plan fees, handset at contract or retail price).
//! - `items`: for each plan and bundle, the promotions that apply to it.
//! - `bundles`: slot bounds per kind and, per promotion subset, one
//!   instance's cost (its fee's horizon net + its one-off fees).
//! - `account`: the account features' cost with no bundle and with each.
//! - `constant`: the current contract's exit fee (at least one line changes).
//! - `promotions`: the ones the customer may be given; `exclusion_groups`:
//!   at most one member of each may be used (plans, bundles, packs, promotions).
use std::collections::BTreeMap;

use proposal_engine::catalog::{AddOn, Catalog, LineKind, Promotion, Scope};
use proposal_engine::customer::{Cluster, Customer, Segment};
use proposal_engine::optimize::{cheapest, Options};
use proposal_engine::pricing::usage::feature_fees;
use proposal_engine::pricing::{
    due, eligibility_problem, line_unit, promo_context, Assignment, Seat, Unit,
};
use proposal_engine::{default_catalog, price, ItemId, Money};
use serde_json::{json, Value};

#[path = "../tests/common/mod.rs"]
mod common;

fn kind_name(k: LineKind) -> &'static str {
    match k {
        LineKind::Mobile => "mobile",
        LineKind::Landline => "landline",
        LineKind::Broadband => "broadband",
    }
}

/// Every subset of `items`.
fn subsets<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    (0u32..1 << items.len())
        .map(|m| {
            (0..items.len())
                .filter(|i| m & (1 << i) != 0)
                .map(|i| items[i].clone())
                .collect()
        })
        .collect()
}

fn ids<'a>(items: &[&'a Promotion]) -> Vec<&'a str> {
    items.iter().map(|p| p.id.as_str()).collect()
}

struct Instance<'a> {
    catalog: &'a Catalog,
    customer: &'a Customer,
    horizon: u32,
    promotions: Vec<&'a Promotion>,
    /// Packs that are in some exclusion group: an option's footprint.
    excluded_packs: Vec<ItemId>,
}

impl Instance<'_> {
    fn applicable(&self, item: &ItemId) -> Vec<&Promotion> {
        self.promotions
            .iter()
            .copied()
            .filter(|p| p.applies_to(item))
            .collect()
    }

    /// A unit's net over the horizon with exactly `promos` chosen.
    fn net(&self, unit: &Unit, promos: &[&Promotion]) -> i64 {
        let chosen: Vec<ItemId> = promos.iter().map(|p| p.id.clone()).collect();
        // Separable tables only (issue 13's tiers counting moved lines,
        // account credits and the account cap are not modelled here).
        let moved = self.customer.line_count();
        let ctx = promo_context(self.catalog, self.customer, &chosen, moved);
        ctx.horizon_cost(
            unit.item.as_ref(),
            unit.role,
            unit.base_fee,
            unit.usage,
            self.horizon,
        )
        .0
    }

    /// At contract price when `committed` reaches the minimum; at retail on a
    /// kept line (`None`), which signs no contract.
    fn handset(&self, i: usize, committed: Option<Money>) -> i64 {
        let line = &self.customer.lines[i];
        match line
            .wants_handset
            .as_ref()
            .and_then(|h| self.catalog.handset(h))
        {
            Some(h) if committed.is_some_and(|f| f >= h.min_monthly_fee) => h.contract_price.0,
            Some(h) => h.retail_price.0,
            None => 0,
        }
    }

    /// One-off fees as `price()` charges them (`pricing::due`): on a plan,
    /// those for the line's kind and origin; as a member, those for its
    /// kind and origin; per instance, those for no kind.
    fn fees<'c>(&self, fees: impl Iterator<Item = &'c proposal_engine::catalog::OneOffFee>) -> i64 {
        due::sum(fees)
    }

    /// Options of line `i` on `assignment` (plan `item`, or a member of
    /// bundle `item`): per promotion subset, the cheapest pack set per footprint.
    fn options(
        &self,
        i: usize,
        assignment: &Assignment,
        item: &ItemId,
        one_offs: i64,
        packs: &[&AddOn],
    ) -> Vec<Value> {
        let line = &self.customer.lines[i];
        let bundle = matches!(assignment, Assignment::Member { .. }).then_some(item);
        let mut out = Vec::new();
        let pack_sets = subsets(packs);
        for promos in subsets(&self.applicable(item)) {
            let mut best: BTreeMap<Vec<&str>, (i64, Vec<&str>)> = BTreeMap::new();
            for set in &pack_sets {
                let set_ids: Vec<ItemId> = set.iter().map(|p| p.id.clone()).collect();
                // The model has no seats: each member pays its member fee
                // and shares its instance with no other voice line (README:
                // which bundle rules the MIP check does not model).
                let seat = Seat {
                    position: u32::MAX,
                    ..Seat::default()
                };
                let Some(unit) =
                    line_unit(self.catalog, i, line, assignment, bundle, seat, &set_ids)
                else {
                    continue;
                };
                let cost = self.net(&unit, &promos) + one_offs;
                let footprint: Vec<&str> = set
                    .iter()
                    .filter(|p| self.excluded_packs.contains(&p.id))
                    .map(|p| p.id.as_str())
                    .collect();
                let names: Vec<&str> = set.iter().map(|p| p.id.as_str()).collect();
                let e = best.entry(footprint).or_insert((cost, names.clone()));
                if cost < e.0 {
                    *e = (cost, names);
                }
            }
            for (cost, packs) in best.into_values() {
                out.push(json!({
                    "item": item.as_str(),
                    "member": bundle.is_some(),
                    "promos": ids(&promos),
                    "packs": packs,
                    "cost": cost,
                }));
            }
        }
        out
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(seed), Some(lines)) = (
        args.next().and_then(|s| s.parse::<u64>().ok()),
        args.next().and_then(|s| s.parse::<u32>().ok()),
    ) else {
        eprintln!("usage: instances SEED LINES");
        std::process::exit(2);
    };
    let mut r = common::Rng::new(seed ^ 0x5eed);
    let default_tables = seed % 2 == 0;
    let catalog = if default_tables {
        default_catalog()
    } else {
        common::catalog(&mut r, 3, 3, 5)
    };
    let mut customer = common::customer(&mut r, lines);
    customer.segment = match r.range(0, 3) {
        0 => Segment::Individual,
        1 => Segment::Family,
        2 => Segment::Business {
            cluster: Cluster::OfficeTower,
            industry: String::new(),
        },
        _ => Segment::KeyAccount {
            industry: String::new(),
        },
    };
    if default_tables {
        // The default tables' handsets (the generator's features exist there).
        let handsets = ["handset.redmi", "handset.nova", "handset.iphone"];
        for l in &mut customer.lines {
            if l.wants_handset.is_some() {
                l.wants_handset = Some(ItemId::new(handsets[r.range(0, 2) as usize]));
            }
        }
    }
    let options = Options {
        authority_level: r.range(1, 3) as u8,
        ..Options::default()
    };
    let horizon = options.horizon;
    let open = |rule| eligibility_problem(rule, &customer).is_none();
    let promotions: Vec<&Promotion> = catalog
        .promotions
        .iter()
        .filter(|p| open(&p.eligibility) && p.authority_level <= options.authority_level)
        .collect();
    let packs_all: Vec<&AddOn> = catalog
        .addons
        .iter()
        .filter(|a| a.kind.is_pack() && a.scope == Scope::PerLine && open(&a.eligibility))
        .collect();
    let in_group = |id: &ItemId| {
        catalog
            .exclusion_groups
            .iter()
            .any(|g| g.members.contains(id))
    };
    let inst = Instance {
        catalog: &catalog,
        customer: &customer,
        horizon,
        promotions: promotions.clone(),
        excluded_packs: packs_all
            .iter()
            .filter(|p| in_group(&p.id))
            .map(|p| p.id.clone())
            .collect(),
    };
    let plans: Vec<_> = catalog
        .plans
        .iter()
        .filter(|p| open(&p.eligibility))
        .collect();
    let bundles: Vec<_> = catalog
        .bundles
        .iter()
        .filter(|b| open(&b.eligibility))
        .collect();

    let mut line_values = Vec::new();
    for (i, line) in customer.lines.iter().enumerate() {
        let packs: Vec<&AddOn> = packs_all
            .iter()
            .copied()
            .filter(|p| p.line_kinds.contains(&line.kind))
            .collect();
        let keep = line_unit(
            &catalog,
            i,
            line,
            &Assignment::Keep,
            None,
            Seat::default(),
            &[],
        )
        .expect("keep");
        let mut opts = vec![json!({
            "item": null, "member": false, "promos": [], "packs": [],
            "cost": inst.net(&keep, &[]) + inst.handset(i, None),
        })];
        for p in &plans {
            let fast_enough =
                line.kind != LineKind::Broadband || p.speed_mbps >= line.usage.min_speed_mbps;
            if p.kind != line.kind || !fast_enough {
                continue;
            }
            let one_offs = inst.fees(due::on_plan(&catalog, &p.one_off_fees, line))
                + inst.handset(i, Some(p.monthly_fee));
            let a = Assignment::Plan { plan: p.id.clone() };
            opts.extend(inst.options(i, &a, &p.id, one_offs, &packs));
        }
        for b in &bundles {
            let Some(slot) = b.slot(line.kind) else {
                continue;
            };
            if line.kind == LineKind::Broadband && slot.speed_mbps < line.usage.min_speed_mbps {
                continue;
            }
            let a = Assignment::Member { instance: 0 };
            let one_offs = inst.fees(due::as_member(&catalog, &b.one_off_fees, line))
                + inst.handset(i, Some(slot.member_fee));
            opts.extend(inst.options(i, &a, &b.id, one_offs, &packs));
        }
        line_values.push(json!({ "kind": kind_name(line.kind), "options": opts }));
    }

    let account = |included: &[ItemId]| {
        feature_fees(&catalog, &customer.account_features, included).0 * i64::from(horizon)
    };
    let mut account_costs = serde_json::Map::new();
    account_costs.insert("none".into(), json!(account(&[])));
    let mut bundle_values = Vec::new();
    let mut items = serde_json::Map::new();
    for p in &plans {
        items.insert(p.id.as_str().into(), json!(ids(&inst.applicable(&p.id))));
    }
    for b in &bundles {
        items.insert(b.id.as_str().into(), json!(ids(&inst.applicable(&b.id))));
        account_costs.insert(b.id.as_str().into(), json!(account(&b.includes)));
        let instance = Unit {
            kind: proposal_engine::pricing::UnitKind::BundleInstance { instance: 0 },
            item: Some(b.id.clone()),
            base_fee: b.monthly_fee,
            usage: Money::ZERO,
            overage: Money::ZERO,
            role: Some(proposal_engine::catalog::FeeRole::Bundle),
            packs: Vec::new(),
        };
        let per_subset: Vec<Value> = subsets(&inst.applicable(&b.id))
            .iter()
            .map(|s| {
                json!({
                    "promos": ids(s),
                    "cost": inst.net(&instance, s)
                        + inst.fees(due::per_instance(&catalog, &b.one_off_fees)),
                })
            })
            .collect();
        bundle_values.push(json!({
            "id": b.id.as_str(),
            "slots": b.slots.iter().map(|s| json!({
                "kind": kind_name(s.kind), "min": s.min, "max": s.max,
            })).collect::<Vec<_>>(),
            "instance": per_subset,
        }));
    }
    let contract = customer.contract;
    let constant = if contract.months_left > 0 {
        contract.exit_fee.0.max(0)
    } else {
        0
    };
    let groups: Vec<Vec<&str>> = catalog
        .exclusion_groups
        .iter()
        .map(|g| g.members.iter().map(|m| m.as_str()).collect())
        .collect();

    let found = cheapest(&catalog, &customer, &options);
    if let Some(s) = &found {
        // The optimizer's objective is what `price` says its proposal costs.
        let priced = price(&catalog, &customer, &s.proposal, Some(horizon))
            .expect("the optimizer's proposal prices");
        assert_eq!(priced.total.0, s.cost, "seed {seed}: objective vs price()");
    }
    let out = json!({
        "seed": seed,
        "tables": if default_tables { "default" } else { "random" },
        "horizon": horizon,
        "authority": options.authority_level,
        "optimizer_total": found.as_ref().map(|s| s.cost),
        "constant": constant,
        "account": account_costs,
        "promotions": ids(&promotions),
        "items": items,
        "exclusion_groups": groups,
        "bundles": bundle_values,
        "lines": line_values,
    });
    println!("{out}");
}
