//! Properties of pricing over random customers (1 to 20 lines, random usage,
//! segment, tenure, contract, features and handsets) and random valid
//! proposals (plans, bundle instances, packs, promotions) on the default
//! tables and on generated ones:
//! - more usage never costs less on the same proposal;
//! - the horizon's saving is exactly current total − proposed total;
//! - each unit's monthly bills, recomputed from the tables' promotions apart
//!   from the engine's schedule, add up to `price()`; a credit gift never
//!   passes the tables' cap (50% by default, drawn from 0 to 100% on
//!   generated tables) of its unit's bill in its month;
//! - no month's bill is negative;
//! - the total is the months' bills plus the one-offs;
//! - promotions never raise the total;
//! - tables, intakes and priced proposals survive serialise → deserialise,
//!   and the tables keep their fingerprint.
mod common;
#[path = "common/proptest_config.rs"]
mod proptest_config;

use std::sync::OnceLock;

use common::Rng;
use proposal_engine::catalog::{
    fingerprint, CapBase, Catalog, CreditBasis, FeeRole, ItemId, LineKind, LinesCounted, Promotion,
    PromotionKind, Scope, Stacking,
};
use proposal_engine::customer::{Cluster, CurrentContract, Customer, Line, Segment, Usage};
use proposal_engine::pricing::usage::packs_for;
use proposal_engine::pricing::{eligibility_problem, promo_context, LineCost, UnitKind};
use proposal_engine::{
    default_catalog, price, Assignment, Bps, LineChoice, Money, Priced, Proposal,
};
use proptest::prelude::*;

fn default_tables() -> &'static Catalog {
    static TABLES: OnceLock<Catalog> = OnceLock::new();
    TABLES.get_or_init(default_catalog)
}

/// The default tables, or small generated ones with every kind of promotion,
/// eligibility rules and several line features (`common::wide_catalog`),
/// and a credit cap drawn from 0% to 100% (a quarter of the time 10%, a
/// quarter the usual 50%).
fn tables(which: u8, seed: u64) -> Catalog {
    if which < 2 {
        let mut cat = default_tables().clone();
        if which == 1 {
            // Half the default-table cases with the credit capped on each
            // unit's bill instead of the account's: both policies are drawn.
            cat.policy.credit_cap_on = CapBase::Unit;
        }
        cat
    } else {
        let mut r = Rng::new(seed);
        let mut cat = common::wide_catalog(&mut r, 2, 2, 5);
        let mut caps = Rng::new(seed ^ 0xCAB);
        if caps.chance(50) {
            cat.credit_cap = Bps(caps.range(0, 10_000));
        } else if caps.chance(50) {
            // A low cap, so credits meet it (on a unit's or the account's bill).
            cat.credit_cap = Bps(1_000);
        }
        cat
    }
}

/// One unit's month recomputed from the package tables' promotions, apart
/// from the engine's `PromoContext`: (fee after discounts, usage after the
/// add-on reductions of `fees.addons`, credit, net). `addons`: the part of
/// `usage` that is pack and feature fees.
fn expected_month(
    x: &Case,
    item: Option<&ItemId>,
    base_fee: i64,
    (usage, addons): (i64, i64),
    month: u32,
    role: Option<FeeRole>,
) -> (i64, i64, i64, i64) {
    let takes = matches!(role, Some(FeeRole::Plan | FeeRole::Bundle));
    let chosen = x
        .catalog
        .promotions
        .iter()
        .filter(|p| x.proposal.promotions.contains(&p.id))
        .filter(|p| p.from_month <= month && month <= p.to_month)
        .filter(|p| item.is_some_and(|id| p.applies_to.is_empty() || p.applies_to.contains(id)));
    let active: Vec<&Promotion> = chosen
        .clone()
        .filter(|p| role.is_some_and(|r| p.fees.touches(r)))
        .filter(|p| !(p.kind.is_credit() && p.credit_per == CreditBasis::Account))
        .collect();
    // A line's add-on fees: reduced by the fee reductions saying `fees.addons`.
    let on_addons: Vec<&Promotion> = chosen
        .filter(|p| p.fees.addons && !p.kind.is_credit())
        .filter(|_| matches!(role, Some(FeeRole::Plan | FeeRole::Member)))
        .collect();
    let (addon_fee, _) = reduce(x, &on_addons, addons);
    let usage = usage - addons + addon_fee;
    let (fee, offered) = reduce(x, &active, base_fee);
    let bill = fee + usage;
    let cap = match x.catalog.policy.credit_cap_on {
        CapBase::Unit => bill * i64::from(x.catalog.credit_cap.0) / 10_000,
        CapBase::Account => i64::MAX,
    };
    let credit = if takes { offered.min(cap).max(0) } else { 0 };
    (fee, usage, credit, bill - credit)
}

/// `base_fee` after the fee reductions of `active` (free months, then the
/// percentages as the tables stack them), and the credits they offer.
fn reduce(x: &Case, active: &[&Promotion], base_fee: i64) -> (i64, i64) {
    let c = &x.customer;
    let moved = x
        .proposal
        .lines
        .iter()
        .filter(|l| l.assignment != Assignment::Keep)
        .count() as u32;
    let mut added = 0i64;
    let mut fee = if active
        .iter()
        .any(|p| matches!(p.kind, PromotionKind::FreeMonths))
    {
        0
    } else {
        base_fee
    };
    let mut offered = 0;
    for p in active {
        let bps = match &p.kind {
            PromotionKind::PercentOff { discount } => Some(discount.0),
            PromotionKind::VolumeDiscount { tiers } => tiers
                .iter()
                .filter(|t| match p.lines_counted {
                    LinesCounted::All => c.lines.len() as u32 >= t.min_lines,
                    LinesCounted::Moved => moved >= t.min_lines,
                })
                .max_by_key(|t| t.min_lines)
                .map(|t| t.discount.0),
            PromotionKind::PrepayCredit {
                credit_per_month, ..
            } => {
                offered += credit_per_month.0;
                None
            }
            PromotionKind::TenureCredit {
                min_tenure_months,
                credit_per_month,
            } => {
                if c.tenure_months >= *min_tenure_months {
                    offered += credit_per_month.0;
                }
                None
            }
            PromotionKind::FreeMonths => None,
        };
        match (bps, x.catalog.policy.stacking) {
            // Half-up to the fen: (fee × bps + 5,000) / 10,000, off what is left.
            (Some(bps), Stacking::Compound) => fee -= (fee * i64::from(bps) + 5_000) / 10_000,
            (Some(bps), Stacking::Add) => added += i64::from(bps),
            (None, _) => {}
        }
    }
    if added > 0 {
        fee -= (fee * added.min(10_000) + 5_000) / 10_000;
    }
    (fee, offered)
}

/// The account's line `price()` adds for what the account's month (credits
/// per account, the cap on the whole bill) changed from the units' own.
fn account_line(u: &LineCost) -> bool {
    u.unit == UnitKind::Account
        && u.base_fee.0 == 0
        && u.usage.0 == 0
        && (u.horizon_total.0 != 0 || u.first_month.0 != 0)
}

/// A unit's kind of fee, from what `price()` reports of it.
fn role_of(cat: &Catalog, unit: &UnitKind, item: Option<&ItemId>) -> Option<FeeRole> {
    match unit {
        UnitKind::BundleInstance { .. } => Some(FeeRole::Bundle),
        UnitKind::Line { .. } => item.map(|id| {
            if cat.plan(id).is_some() {
                FeeRole::Plan
            } else {
                FeeRole::Member
            }
        }),
        UnitKind::Account => None,
    }
}

/// The account's month from the units' own credits and the whole new bill
/// (kept lines apart): the credits counted once per account are offered,
/// and the month's credit is at most the cap of that bill.
fn account_month(x: &Case, month: u32, unit_credits: i64, whole: i64) -> i64 {
    let account: i64 = x
        .catalog
        .promotions
        .iter()
        .filter(|p| x.proposal.promotions.contains(&p.id))
        .filter(|p| p.from_month <= month && month <= p.to_month)
        .filter(|p| p.credit_per == CreditBasis::Account)
        .map(|p| match &p.kind {
            PromotionKind::PrepayCredit {
                credit_per_month, ..
            } => credit_per_month.0,
            PromotionKind::TenureCredit {
                min_tenure_months,
                credit_per_month,
            } if x.customer.tenure_months >= *min_tenure_months => credit_per_month.0,
            _ => 0,
        })
        .sum();
    let cap = whole * i64::from(x.catalog.credit_cap.0) / 10_000;
    (unit_credits + account).min(cap).max(0)
}

/// A line as drawn: kind, today's fee, usage, and bits for features/handset.
#[derive(Clone, Debug)]
struct RawLine {
    kind: u8,
    fee: i64,
    domestic_min: u32,
    long_distance_min: u32,
    data_mb: u32,
    sms: u32,
    own_calls: u32,
    speed: u32,
    extras: u8,
}

fn raw_line() -> impl Strategy<Value = RawLine> {
    (
        (0u8..6, 0i64..=40_000, 0u32..=3_000, 0u32..=800),
        (
            0u32..=150_000,
            0u32..=500,
            0u32..=10_000,
            0u32..=10,
            any::<u8>(),
        ),
    )
        .prop_map(
            |((kind, fee, domestic_min, long_distance_min), (data_mb, sms, own, speed, extras))| {
                RawLine {
                    kind,
                    fee,
                    domestic_min,
                    long_distance_min,
                    data_mb,
                    sms,
                    own_calls: own,
                    speed,
                    extras,
                }
            },
        )
}

/// Extra usage for the monotonicity property.
fn more() -> impl Strategy<Value = (u32, u32, u32, u32)> {
    (0u32..=600, 0u32..=300, 0u32..=40_000, 0u32..=200)
}

fn customer(cat: &Catalog, raw: &[RawLine], r: &mut Rng) -> Customer {
    let lines = raw
        .iter()
        .map(|x| {
            let kind = match x.kind {
                0 => LineKind::Landline,
                1 => LineKind::Broadband,
                _ => LineKind::Mobile,
            };
            let mobile = kind == LineKind::Mobile;
            let features: Vec<ItemId> = cat
                .addons
                .iter()
                .filter(|a| !a.kind.is_pack() && a.scope == Scope::PerLine)
                .filter(|a| a.line_kinds.contains(&kind))
                .enumerate()
                .filter(|(i, _)| x.extras & (1 << (i % 2)) != 0 && x.extras & 0x80 == 0)
                .map(|(_, a)| a.id.clone())
                .collect();
            let wants_handset = if mobile && x.extras & 2 != 0 && !cat.handsets.is_empty() {
                let h = usize::from(x.extras >> 2) % cat.handsets.len();
                Some(cat.handsets[h].id.clone())
            } else {
                None
            };
            Line {
                kind,
                label: common::LABELS[usize::from(x.extras) % common::LABELS.len()].into(),
                current_monthly_fee: Money(x.fee),
                usage: Usage {
                    domestic_min: if kind == LineKind::Broadband {
                        0
                    } else {
                        x.domestic_min
                    },
                    long_distance_min: if kind == LineKind::Broadband {
                        0
                    } else {
                        x.long_distance_min
                    },
                    data_mb: if mobile { x.data_mb } else { 0 },
                    sms: if mobile { x.sms } else { 0 },
                    own_calls: Bps(x.own_calls),
                    min_speed_mbps: if kind == LineKind::Broadband {
                        x.speed * 100
                    } else {
                        0
                    },
                },
                features,
                wants_handset,
                origin: Default::default(),
                handset_mode: Default::default(),
                current_plan: String::new(),
                estimated: Vec::new(),
            }
        })
        .collect();
    let segment = match r.range(0, 3) {
        0 => Segment::Individual,
        1 => Segment::Family,
        2 => Segment::Business {
            cluster: [
                Cluster::StreetShop,
                Cluster::OfficeTower,
                Cluster::WholesaleMarket,
                Cluster::IndustrialPark,
                Cluster::Other,
            ][r.range(0, 4) as usize],
            industry: "物流".into(),
        },
        _ => Segment::KeyAccount {
            industry: "制造".into(),
        },
    };
    let account_features = cat
        .addons
        .iter()
        .filter(|a| !a.kind.is_pack() && a.scope == Scope::PerAccount)
        .filter(|_| r.chance(30))
        .map(|a| a.id.clone())
        .collect();
    Customer {
        name: "测试客户".into(),
        segment,
        tenure_months: r.range(0, 120),
        lines,
        account_features,
        current_account_fee: Money(i64::from(r.range(0, 5)) * 1_000),
        contract: CurrentContract {
            months_left: r.range(0, 12),
            exit_fee: Money(i64::from(r.range(0, 5)) * 10_000),
        },
    }
}

/// Whether `id` would share an exclusion group with something in `used`.
fn conflicts(cat: &Catalog, used: &[ItemId], id: &ItemId) -> bool {
    cat.exclusion_groups
        .iter()
        .any(|g| g.members.contains(id) && g.members.iter().any(|m| m != id && used.contains(m)))
}

fn pick<T: Clone>(r: &mut Rng, items: &[T]) -> Option<T> {
    if items.is_empty() {
        None
    } else {
        Some(items[r.range(0, items.len() as u32 - 1) as usize].clone())
    }
}

fn shuffle<T>(r: &mut Rng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        items.swap(i, r.range(0, i as u32) as usize);
    }
}

/// A random proposal that the rules accept, built so by construction.
fn proposal(cat: &Catalog, c: &Customer, r: &mut Rng) -> Proposal {
    let n = c.lines.len();
    let ok = |rule| eligibility_problem(rule, c).is_none();
    let fits = |line: &Line, kind: LineKind, speed: u32| {
        line.kind == kind && (kind != LineKind::Broadband || speed >= line.usage.min_speed_mbps)
    };
    let mut assignment: Vec<Option<Assignment>> = vec![None; n];
    let mut used: Vec<ItemId> = Vec::new();
    let mut bundle = None;
    let eligible_bundles: Vec<_> = cat.bundles.iter().filter(|b| ok(&b.eligibility)).collect();
    if let Some(b) = pick(r, &eligible_bundles).filter(|_| r.chance(50)) {
        let mut candidates: Vec<Vec<usize>> = b
            .slots
            .iter()
            .map(|s| {
                let mut v: Vec<usize> = (0..n)
                    .filter(|&i| fits(&c.lines[i], s.kind, s.speed_mbps))
                    .collect();
                shuffle(r, &mut v);
                v
            })
            .collect();
        let most = b
            .slots
            .iter()
            .zip(&candidates)
            .filter(|(s, _)| s.min > 0)
            .map(|(s, v)| v.len() as u32 / s.min)
            .min()
            .unwrap_or(0);
        // At most the bundle's per-account limit (`max_instances`, 0: none).
        let most = match b.max_instances {
            0 => most,
            limit => most.min(limit),
        };
        if most > 0 {
            let k = r.range(1, most);
            let mut counts = vec![vec![0u32; b.slots.len()]; k as usize];
            for instance in 0..k {
                for (j, s) in b.slots.iter().enumerate() {
                    for _ in 0..s.min {
                        let i = candidates[j].pop().expect("counted above");
                        assignment[i] = Some(Assignment::Member { instance });
                        counts[instance as usize][j] += 1;
                    }
                }
            }
            for (j, s) in b.slots.iter().enumerate() {
                for i in std::mem::take(&mut candidates[j]) {
                    let instance = r.range(0, k - 1);
                    if r.chance(50) && counts[instance as usize][j] < s.max {
                        assignment[i] = Some(Assignment::Member { instance });
                        counts[instance as usize][j] += 1;
                    }
                }
            }
            bundle = Some(b.id.clone());
            used.push(b.id.clone());
        }
    }
    let mut lines = Vec::with_capacity(n);
    for (i, line) in c.lines.iter().enumerate() {
        let a = match assignment[i].take() {
            Some(a) => a,
            None if r.chance(25) => Assignment::Keep,
            None => {
                let plans: Vec<&ItemId> = cat
                    .plans
                    .iter()
                    .filter(|p| fits(line, p.kind, p.speed_mbps) && ok(&p.eligibility))
                    .map(|p| &p.id)
                    .filter(|id| !conflicts(cat, &used, id))
                    .collect();
                match pick(r, &plans) {
                    Some(plan) => {
                        used.push(plan.clone());
                        Assignment::Plan { plan: plan.clone() }
                    }
                    None => Assignment::Keep,
                }
            }
        };
        let mut packs = Vec::new();
        if a != Assignment::Keep {
            for pack in packs_for(cat, line.kind) {
                if ok(&pack.eligibility) && !conflicts(cat, &used, &pack.id) && r.chance(40) {
                    packs.push(pack.id.clone());
                    used.push(pack.id.clone());
                }
            }
        }
        lines.push(LineChoice {
            assignment: a,
            packs,
        });
    }
    let mut p = Proposal {
        lines,
        bundle,
        promotions: Vec::new(),
        include_handsets: r.chance(80),
        start_month: 1,
    };
    // Each unit's item and kind of fee; a credit never lands on a member.
    let targets: Vec<(ItemId, FeeRole)> = used
        .iter()
        .flat_map(|id| {
            let roles: &[FeeRole] = if cat.plan(id).is_some() {
                &[FeeRole::Plan]
            } else if cat.bundle(id).is_some() {
                &[FeeRole::Bundle, FeeRole::Member]
            } else {
                &[]
            };
            roles.iter().map(move |r| (id.clone(), *r))
        })
        .collect();
    let kept = p.lines.iter().any(|l| l.assignment == Assignment::Keep);
    for promo in &cat.promotions {
        let touches = |(t, role): &(ItemId, FeeRole)| {
            promo.applies_to_unit(t, *role) && !(promo.kind.is_credit() && *role == FeeRole::Member)
        };
        let wanted = r.chance(60)
            && ok(&promo.eligibility)
            && targets.iter().any(touches)
            && !(promo.whole_account && kept)
            && !conflicts(cat, &used, &promo.id);
        if wanted {
            p.promotions.push(promo.id.clone());
            used.push(promo.id.clone());
        }
    }
    p
}

#[derive(Clone, Debug)]
struct Case {
    catalog: Catalog,
    customer: Customer,
    proposal: Proposal,
    horizon: Option<u32>,
}

fn case() -> impl Strategy<Value = Case> {
    (
        0u8..3,
        any::<u64>(),
        prop::collection::vec(raw_line(), 1..=20),
        prop_oneof![Just(None), (1u32..=60).prop_map(Some)],
    )
        .prop_map(|(which, seed, raw, horizon)| {
            let catalog = tables(which, seed);
            let mut r = Rng::new(seed ^ 0x5eed);
            let customer = customer(&catalog, &raw, &mut r);
            let proposal = proposal(&catalog, &customer, &mut r);
            Case {
                catalog,
                customer,
                proposal,
                horizon,
            }
        })
}

fn priced(x: &Case) -> Priced {
    price(&x.catalog, &x.customer, &x.proposal, x.horizon)
        .unwrap_or_else(|r| panic!("a valid proposal was rejected: {r}\n{:#?}", x.proposal))
}

proptest! {
    #![proptest_config(proptest_config::cases(256))]

    #[test]
    fn more_usage_never_costs_less(
        x in case(),
        extra in prop::collection::vec(more(), 20),
    ) {
        let before = priced(&x);
        let mut heavier = x.clone();
        for (line, (d, ld, mb, sms)) in heavier.customer.lines.iter_mut().zip(&extra) {
            line.usage.domestic_min += d;
            line.usage.long_distance_min += ld;
            line.usage.data_mb += mb;
            line.usage.sms += sms;
        }
        let after = priced(&heavier);
        prop_assert_eq!(after.horizon, before.horizon);
        prop_assert!(after.total >= before.total, "{:?} < {:?}", after.total, before.total);
        for (a, b) in after.months.iter().zip(&before.months) {
            prop_assert!(a.bill >= b.bill, "month {}: {:?} < {:?}", a.month, a.bill, b.bill);
        }
        // Unit by unit (the account's line, what the cap on the whole bill
        // changed, may fall when a bill rises: more bill, more credit).
        let units = |p: &Priced| p.lines.iter().filter(|u| !account_line(u)).cloned().collect::<Vec<_>>();
        for (a, b) in units(&after).iter().zip(&units(&before)) {
            prop_assert!(a.horizon_total >= b.horizon_total, "{:?}", a.unit);
        }
        prop_assert_eq!(after.one_offs_total, before.one_offs_total);
    }

    #[test]
    fn savings_are_current_minus_proposed_exactly(x in case()) {
        let p = priced(&x);
        let s = &p.savings;
        prop_assert_eq!(s.horizon, Money(p.current_total.0 - p.total.0));
        let h = p.horizon as usize;
        prop_assert_eq!(s.cumulative_current.len(), h);
        prop_assert_eq!(s.cumulative_proposed.len(), h);
        prop_assert_eq!(s.cumulative_current[h - 1], p.current_total);
        prop_assert_eq!(s.cumulative_proposed[h - 1], p.total);
        prop_assert_eq!(s.average_month, s.horizon.per(p.horizon));
        prop_assert_eq!(p.effective_monthly, p.total.per(p.horizon));
        prop_assert_eq!(s.this_month, Money(p.current_monthly.0 - p.months[0].bill.0));
        prop_assert_eq!(p.current_monthly, x.customer.current_monthly_bill());
        if let Some(m) = s.break_even_month {
            for i in (m as usize - 1)..h {
                prop_assert!(s.cumulative_current[i] >= s.cumulative_proposed[i]);
            }
            if m > 1 {
                let i = m as usize - 2;
                prop_assert!(s.cumulative_current[i] < s.cumulative_proposed[i]);
            }
        } else {
            prop_assert!(s.horizon.0 < 0);
        }
    }

    /// Each unit's bill month by month, recomputed from the tables'
    /// promotions (not the engine's schedule), adds up to `price()`'s months
    /// and unit totals; no credit passes the tables' cap of its unit's bill,
    /// hence 50% on tables whose cap is 50%.
    #[test]
    fn credits_never_pass_the_cap_of_a_units_bill(x in case()) {
        let p = priced(&x);
        let cap = i128::from(x.catalog.credit_cap.0);
        let mut bills = vec![0i64; p.horizon as usize];
        let mut credits = vec![0i64; p.horizon as usize];
        let mut fees = vec![0i64; p.horizon as usize];
        let mut whole = vec![0i64; p.horizon as usize];
        let on_unit = x.catalog.policy.credit_cap_on == CapBase::Unit;
        // The account's line (what step 4 changed) is checked with the months.
        for unit in p.lines.iter().filter(|u| !account_line(u)) {
            let item = unit.item.as_ref();
            let role = role_of(&x.catalog, &unit.unit, item);
            let kept = role.is_none() && unit.unit != UnitKind::Account;
            let mut sum = 0i64;
            for m in 1..=p.horizon {
                let split = (unit.usage.0, unit.usage.0 - unit.overage.0);
                let (fee, usage, credit, net) =
                    expected_month(&x, item, unit.base_fee.0, split, m, role);
                let before_credits = fee + usage;
                if !kept {
                    whole[m as usize - 1] += before_credits;
                }
                prop_assert!(credit >= 0 && (net >= 0 || !on_unit));
                if on_unit {
                    prop_assert!(i128::from(credit) * 10_000 <= i128::from(before_credits) * cap);
                }
                if cap <= 5_000 && on_unit {
                    prop_assert!(2 * credit <= before_credits, "month {}: {} of {}", m, credit, before_credits);
                }
                if m == 1 {
                    prop_assert_eq!(Money(net), unit.first_month, "{:?}", unit.unit);
                }
                bills[m as usize - 1] += net;
                credits[m as usize - 1] += credit;
                fees[m as usize - 1] += fee;
                sum += net;
            }
            prop_assert_eq!(Money(sum), unit.horizon_total, "{:?}", unit.unit);
        }
        for (i, m) in p.months.iter().enumerate() {
            let settled = account_month(&x, m.month, credits[i], whole[i]);
            prop_assert_eq!(m.bill.0, bills[i] + credits[i] - settled, "month {}", m.month);
            prop_assert_eq!(m.credits.0, settled, "month {}", m.month);
            prop_assert_eq!(m.fees.0, fees[i], "month {}", m.month);
            prop_assert!(i128::from(m.credits.0) * 10_000 <= i128::from(m.fees.0 + m.usage.0) * cap);
        }
    }

    #[test]
    fn no_month_is_negative_and_the_total_adds_up(x in case()) {
        let p = priced(&x);
        prop_assert_eq!(p.months.len(), p.horizon as usize);
        for (i, m) in p.months.iter().enumerate() {
            prop_assert_eq!(m.month as usize, i + 1);
            prop_assert!(m.bill.0 >= 0, "month {} bill {:?}", m.month, m.bill);
            prop_assert!(m.fees.0 >= 0 && m.usage.0 >= 0 && m.credits.0 >= 0);
            prop_assert!(m.discounts.0 >= 0);
            prop_assert_eq!(m.bill.0, m.fees.0 + m.usage.0 - m.credits.0);
        }
        for o in &p.one_offs {
            prop_assert!(o.amount.0 >= 0);
        }
        let bills: i64 = p.months.iter().map(|m| m.bill.0).sum();
        let one_offs: i64 = p.one_offs.iter().map(|o| o.amount.0).sum();
        prop_assert_eq!(p.monthly_total, Money(bills));
        prop_assert_eq!(p.one_offs_total, Money(one_offs));
        prop_assert_eq!(p.total, Money(bills + one_offs));
        let units: i64 = p.lines.iter().map(|l| l.horizon_total.0).sum();
        prop_assert_eq!(units, bills);
        let steady: i64 = p.lines.iter().map(|l| l.steady.0).sum();
        prop_assert_eq!(p.steady_monthly, Money(steady));
        if x.horizon.is_none() {
            let expected = if p.contract_months == 0 { 24 } else { p.contract_months };
            prop_assert_eq!(p.horizon, expected);
        }
    }

    #[test]
    fn promotions_never_raise_the_total(x in case()) {
        let with = priced(&x);
        let mut bare = x.clone();
        bare.proposal.promotions.clear();
        let without = priced(&bare);
        prop_assert!(with.total <= without.total);
        prop_assert_eq!(with.one_offs_total, without.one_offs_total);
        prop_assert_eq!(with.steady_monthly, without.steady_monthly);
    }

    #[test]
    fn serialise_then_deserialise_is_the_identity(x in case(), fen in 0i64..=1_000_000) {
        let json = serde_json::to_string(&x.customer).unwrap();
        let back: Customer = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &x.customer);
        let json = serde_json::to_string(&x.proposal).unwrap();
        let back: Proposal = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &x.proposal);
        let p = priced(&x);
        let back: Priced = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        prop_assert_eq!(&back, &p);

        // Tables, as drawn and with one price changed, both ways and both forms.
        let mut edited = x.catalog.clone();
        let i = (fen as usize) % edited.plans.len();
        edited.plans[i].monthly_fee = Money(fen);
        for cat in [&x.catalog, &edited] {
            for json in [cat.to_json(), serde_json::to_string(cat).unwrap()] {
                let back = Catalog::from_json(&json).unwrap();
                prop_assert_eq!(&back, cat);
                prop_assert_eq!(fingerprint(&back), fingerprint(cat));
            }
        }
        let changed = edited.plans[i].monthly_fee != x.catalog.plans[i].monthly_fee;
        prop_assert_eq!(fingerprint(&edited) != fingerprint(&x.catalog), changed);
    }
}

/// The properties above only mean something if the drawn cases reach every
/// rule: bundles, promotions of each kind, credits that hit the cap, packs,
/// handsets, the old contract's exit fee, long horizons.
#[test]
fn the_drawn_cases_reach_every_rule() {
    use proposal_engine::pricing::OneOffKind;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let strategy = case();
    let mut seen = [0u32; 9];
    let names = [
        "bundle",
        "promotion",
        "credit",
        "capped credit",
        "discount",
        "pack",
        "handset",
        "exit fee",
        "default tables",
    ];
    for _ in 0..800 {
        let x = strategy.new_tree(&mut runner).unwrap().current();
        let p = priced(&x);
        let moved = x.proposal.moved_lines();
        let ctx = promo_context(&x.catalog, &x.customer, &x.proposal.promotions, moved);
        // A month whose credit is less than what the units and the account
        // were offered: capped on a unit's bill or on the account's.
        let capped = (1..=p.horizon).any(|m| {
            let offered: i64 = p
                .lines
                .iter()
                .filter_map(|u| {
                    let item = u.item.as_ref()?;
                    let role = role_of(&x.catalog, &u.unit, Some(item))?;
                    (role != FeeRole::Member).then(|| ctx.offered_credit(item, role, m).0)
                })
                .sum::<i64>()
                + ctx.account_offered(m).0;
            p.months[m as usize - 1].credits.0 < offered
        });
        let has = |k: OneOffKind| p.one_offs.iter().any(|o| o.kind == k);
        let hits = [
            p.lines
                .iter()
                .any(|l| matches!(l.unit, UnitKind::BundleInstance { .. })),
            !x.proposal.promotions.is_empty(),
            p.months.iter().any(|m| m.credits > Money::ZERO),
            capped,
            p.months.iter().any(|m| m.discounts > Money::ZERO),
            x.proposal.lines.iter().any(|l| !l.packs.is_empty()),
            has(OneOffKind::Handset),
            has(OneOffKind::ExitFee),
            x.catalog.id == "default",
        ];
        for (n, hit) in seen.iter_mut().zip(hits) {
            *n += u32::from(hit);
        }
    }
    for (n, name) in seen.iter().zip(names) {
        assert!(*n >= 10, "only {n} of 800 cases with a {name}: {seen:?}");
    }
}
