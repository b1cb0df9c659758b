//! The exact search. Why it is exact:
//! - Every promotion only lowers a bill (see `catalog::promotion`), so with the
//!   choice in each exclusion group fixed, taking every allowed eligible
//!   promotion is optimal; the search enumerates the exclusion-group choices.
//!   A whole-account promotion (整体办理, `whole_account`) is the exception:
//!   it needs every line to move, so each choice is split in two: taken
//!   (keeping a line costs `NO_KEEP`, more than any real total, so no pick
//!   keeps one) and forbidden.
//! - With those fixed, a line's cost depends only on its own choice (plan and
//!   packs, or bundle membership): a promotion touches a unit by its item and
//!   its kind of fee (`fees`), credits per unit are capped per unit, volume
//!   tiers counting every line count the customer's lines, which no choice
//!   changes. A line's packs are the set minimising its monthly usage cost
//!   (`best_packs`), which is optimal because a unit's monthly net never
//!   falls when its usage rises. Where a promotion reduces the line's
//!   add-on fees (`fees.addons`) the cheapest set may differ by month
//!   (a data pack at half price in months 1–6 beats the overage it saves,
//!   at full price it may not), but the set is chosen once per proposal:
//!   each set on the line's front (`pack_front`: no other set has both no
//!   more overage and no more in pack fees; a dominated set is never
//!   cheaper in any month, the reduced fee never falling as the fee rises)
//!   is priced over the horizon against the line's schedule, each month
//!   with its own reduction and weight (`FeeSchedule::cost_split`), and the
//!   least kept (`line_cost`). That is still the line's own cost, so every
//!   argument below holds unchanged (a regime's weights included).
//! - Volume tiers counting the moved lines (`lines_counted: moved`): each
//!   choice is searched once per tier class θ (0 and every tier's line
//!   count up to the customer's, highest first), with those tiers priced as
//!   if exactly θ lines moved and at least θ forced to move (`moves`: the
//!   cheapest forced moves, exact by the min-cost-flow argument there). A
//!   proposal moving m ≥ θ lines really gets a tier at least θ's, and tiers
//!   are validated never to give less for more lines, so its real cost is at
//!   most the class's figure; the optimum, moving m* lines, is feasible in
//!   the class of the highest θ ≤ m* and priced exactly there. So the
//!   minimum over classes is the optimum, and `price()` agrees with it. A
//!   class whose unconstrained optimum already moves θ lines is optimal for
//!   every lower class too (their prices are no lower), which ends the
//!   classes of that category early.
//! - Account credits and the cap on the account's bill (`credit_per:
//!   account`, `policy.credit_cap_on: account`) are not per line. The search
//!   minimises a relaxation: every unit's credit uncapped and the account
//!   credits subtracted in full (Σ bills − credits over the months), a lower
//!   bound on every proposal's price, and exact when no month's credits
//!   reach the cap of that month's whole bill (bill ≥ credit / cap). Each
//!   category's pick is then priced by `price()`: equal to its bound, it is
//!   proven the least (`Solution::proven`). Where not, the upper-bound
//!   search (each unit's credit capped on its own bill, account credits not
//!   counted: never below the real price, since Σ min(o, cap·b) ≤ min(Σo,
//!   cap·Σb)) offers its pick too and the cheaper at `price()` is kept.
//!   Then the regimes (`regimes`): a month's real cost is max(B − O,
//!   ⌈(1 − cap)·B⌉), so giving each month one side (credits uncapped, or
//!   (1 − cap)·B with no credit) is at most the real cost and still
//!   separable per line: one search per combination of the month groups
//!   offering credits, each minimum a proven lower bound; the greatest is
//!   `Solution::bound` (never below the relaxation's) and the cheapest of
//!   their picks at `price()` is kept. Only when no pick reaches the bound
//!   is the figure not proven the least (the exactness test counts how
//!   often: see `engine/tests/exactness.rs`). The bound (the least over
//!   every kind for `Best::any`) lets the cheapest alternative state the
//!   most any proposal could be cheaper (`Alternative::unproven_by`)
//!   instead of claiming it.
//! - One bundle type per proposal (一户一种融合套餐). For `n` instances, a kind
//!   with slot `[min, max]` takes between `n·min` and `n·max` members; any such
//!   count splits into `n` valid instances, so members are simply the lines
//!   with the largest saving from joining (sorted prefix sums: a concave
//!   curve, whose best count is the number of positive savings, clamped).
//!   A free member seat (`free_members`: the first members of a slot in each
//!   instance pay no member fee) saves the same for whoever takes it (its
//!   fee after promotions; members take no credits), and members take the
//!   instances in turn, so `j` members fill `min(j, n·seats)` free seats:
//!   the curve stays concave with the free seats first, and the forced
//!   moves price a spare place at the seat's saving while one is left.
//!   Free calls only within the instance (`free_calls_scope:
//!   same_instance`) make a member's usage depend on how many voice lines
//!   share its instance, so the curve is no longer one sorted list; such a
//!   bundle allows one instance per account (`max_instances` 1, validated),
//!   and the search tries every member count of each slot of that one
//!   instance (an odometer over the slots' ranges), each slot's members
//!   the best candidates at the level (other voice lines in the instance)
//!   those counts give: for fixed counts every member of a slot has the
//!   same level, so the sorted prefix is again the best choice.
//! - The old contract's exit fee is due once if anything changes; "keep
//!   everything" is the baseline, so at least one line must change.
//! - Starting at the contract's end is this search over the months after it
//!   (the start-month rule makes the months before it the same for every
//!   proposal): `contract_end.rs`.
//!
//! What is shared, not re-derived, between exclusion choices and between
//! the searches of one customer (the cheapest overall, without a bundle,
//! with each bundle, the premium plans) is only what those choices cannot
//! change: a fee schedule depends on the item, its kind of fee, its fee, the
//! promotions that touch it (its fee, and its line's add-on fees) and the
//! tier class (cached by those); a line's
//! usage cost and packs on a plan or in a bundle depend on the packs allowed
//! (cached by that set); one-off fees and handsets depend on the plan or
//! bundle and the line alone: a fee for line kinds (`OneOffFee::line_kinds`,
//! `origins`) is due on each line of those kinds and origins on a plan or in
//! a bundle listing it, so it is part of that line's option's cost (the
//! members' fees ride with each member, sorted with its saving); a bundle's
//! fee for no kind is due once per instance, in the instance's cost. A
//! member's handset is the exception where the bundle shares its fee toward
//! the handset's minimum (`handset_fee_share: shared`): it then depends on
//! the instance's members, so such a bundle is one per account (validated)
//! and priced in each try of its counts (`candidates`).
//! So the search is still exhaustive over the exclusion choices, each priced
//! exactly.
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::catalog::{
    AddOn, Bundle, CapBase, Catalog, FeeRole, FreeCallScope, HandsetFeeShare, ItemId, LineKind,
    LinesCounted, OneOffFee, Plan, Promotion, PromotionKind,
};
use crate::customer::{Customer, HandsetMode, Line, LineOrigin};
use crate::money::Money;
use crate::pricing::schedule::PromoContext;
use crate::pricing::usage::{best_packs, feature_fees, pack_front, packs_for};
use crate::pricing::{
    due, free_share, is_voice, Assignment, FreeShare, LineChoice, Proposal, Seat,
};

use super::moves::{self, Costs, State};
use super::options::{Objective, Options};
use super::schedule::FeeSchedule;
use super::Eligible;

mod build;
mod bundles;
mod candidates;
mod costs;
mod forced;
mod regimes;
mod setup;
mod usage;
use regimes::Weights;

/// The cost of keeping a line where no line may be kept (a whole-account
/// promotion taken): more than any real total, so a pick that keeps one is
/// never chosen, and is dropped.
const NO_KEEP: i64 = 1 << 52;

/// Which plans a search may use, beyond eligibility.
pub type PlanFilter<'a> = &'a dyn Fn(&Plan) -> bool;

/// The best proposal found and its objective value.
#[derive(Clone, Debug)]
pub struct Solution {
    pub proposal: Proposal,
    pub cost: i64,
    /// Whether the cost is proven the least (always, but where a relaxed
    /// bound was not tight: see the top).
    pub proven: bool,
    /// A proven lower bound on the cost of every proposal of its kind (for
    /// `Best::any`, of every changed proposal): the relaxation's minimum.
    /// Equal to `cost` when proven; otherwise the least is between the two,
    /// so a screen can say by how much at most a proposal could be cheaper.
    pub bound: i64,
}

/// The best changed proposals of one search.
#[derive(Clone, Debug, Default)]
pub struct Best {
    /// The cheapest of all.
    pub any: Option<Solution>,
    /// The cheapest without a bundle.
    pub no_bundle: Option<Solution>,
    /// The cheapest with each bundle, in `Eligible::bundles` order.
    pub with_bundle: Vec<Option<Solution>>,
}

fn kind_index(kind: LineKind) -> usize {
    match kind {
        LineKind::Mobile => 0,
        LineKind::Landline => 1,
        LineKind::Broadband => 2,
    }
}

/// Whose fee a schedule is for.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Role {
    Plan(usize),
    Instance(usize),
    Member(usize, usize),
}

/// Where a line goes in one option, and its packs (bits of its kind's pack list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Keep,
    Plan(usize),
    Member(usize),
}

#[derive(Clone, Copy, Debug)]
struct LineOpt {
    cost: i64,
    target: Target,
    packs: u32,
}

/// A line's usage cost on a plan or in a bundle, with the packs allowed.
#[derive(Clone, Copy)]
struct UsageCost {
    /// Overage, packs and features, a month.
    usage: Money,
    packs: u32,
    /// Where a promotion may reduce add-on fees (`fees.addons`): index into
    /// `UsageTable::fronts`, the pack sets to price against the schedule.
    front: Option<u32>,
}

/// One pack set worth pricing where add-on fees are reduced: the overage
/// with it, its add-on fees (its packs' and the line's features'), its
/// packs (bits).
#[derive(Clone, Copy)]
struct PackSet {
    overage: Money,
    addons: Money,
    packs: u32,
}

/// Per line, with one set of allowed packs: usage on each plan of its kind
/// (fast enough), and as a member of each bundle that takes it, by the
/// number of the customer's other voice lines in its instance (its level:
/// one entry when the bundle's free calls do not depend on it; none: not a
/// member).
struct UsageTable {
    plans: Vec<Vec<(usize, UsageCost)>>,
    members: Vec<Vec<Vec<UsageCost>>>,
    /// The pack fronts (`pricing::usage::pack_front`) of `UsageCost::front`.
    fronts: Vec<Vec<PackSet>>,
}

/// One exclusion choice, resolved against the caches.
struct Choice {
    forbidden: HashSet<ItemId>,
    /// A whole-account promotion is taken: no line may be kept.
    all_move: bool,
    /// The tier class: at least this many lines must move, and tiers that
    /// count moved lines are priced as if exactly this many did.
    moved: u32,
    /// Which base choice (exclusions and whole-account) it refines: its
    /// tier classes are consecutive, highest first.
    base: usize,
    /// The credits counted once per account over the horizon (every changed
    /// proposal takes them).
    account_credit: i64,
    /// Index into `Tables::usage`.
    usage: usize,
    /// Fee schedules of each plan and bundle role (index into `Search::schedules`).
    plan_schedule: Vec<Option<usize>>,
    instance_schedule: Vec<Option<usize>>,
    member_schedule: Vec<Vec<Option<usize>>>,
}

/// The best of one category in one choice, before its proposal is built.
#[derive(Clone, Debug)]
enum Pick {
    NoBundle,
    /// Bundle index, instance count, members per slot.
    Bundle(usize, u32, Vec<usize>),
}

/// One slot's candidates sorted by saving: prefix sums, and how many save
/// something in a paying seat (`paying`) and in a free one (`any`).
struct Prefix {
    sums: Vec<i64>,
    paying: usize,
    any: usize,
}

impl Prefix {
    fn new(cands: &[(i64, LineOpt, usize)], free_seat: i64) -> Prefix {
        let mut sums = Vec::with_capacity(cands.len() + 1);
        sums.push(0i64);
        let mut acc = 0;
        for (s, _, _) in cands {
            acc += s;
            sums.push(acc);
        }
        let saving = |extra: i64| cands.iter().take_while(|(s, _, _)| s + extra > 0).count();
        Prefix {
            sums,
            paying: saving(0),
            any: saving(free_seat),
        }
    }

    /// How many candidates there are.
    fn len(&self) -> usize {
        self.sums.len() - 1
    }
}

/// What the searches of one customer share whatever their horizon, weights
/// (`regimes`) or bound (`settle`): the usage tables per set of allowed
/// packs, and each line's one-off fees and handset per plan and per bundle
/// (unscaled: a regime's search multiplies them by its scale). Built by the
/// first search, reused by its siblings and by the search from the
/// contract's end (`Search::sharing`), which differ only in what these do
/// not depend on.
#[derive(Default)]
struct Tables {
    usage: Vec<UsageTable>,
    usage_index: HashMap<[u32; 3], usize>,
    /// Per line: its row of `plan_rows` and of `member_rows` (lines of the
    /// same kind, origin and wanted handset pay the same one-offs).
    row: Vec<usize>,
    /// Per row and plan: one-off fees and the handset at that plan's fee.
    plan_rows: Vec<Vec<i64>>,
    /// Per row and bundle: the member's one-off fees and the handset at
    /// the member fee.
    member_rows: Vec<Vec<i64>>,
    /// What the one-offs were priced for: (steady objective, handsets included).
    key: (bool, bool),
}

/// Everything a customer's searches share. Build once, `run` per plan filter.
pub struct Search<'a> {
    catalog: &'a Catalog,
    customer: &'a Customer,
    options: &'a Options,
    plans: Vec<&'a Plan>,
    bundles: Vec<&'a Bundle>,
    promotions: Vec<&'a Promotion>,
    /// Eligible per-line packs of each kind.
    packs: [Vec<&'a AddOn>; 3],
    schedules: Vec<FeeSchedule>,
    /// Usage tables and one-offs, shared with the customer's other searches.
    tables: Rc<Tables>,
    choices: Vec<Choice>,
    /// What the customer may order (kept for the upper-bound search).
    eligible: Eligible<'a>,
    /// The upper-bound search: each unit's credit capped on its own bill,
    /// account credits not counted.
    upper: bool,
    /// Every unlocked line with a plan open to it changes, even when keeping
    /// it is cheaper (a key account's premium option, `moving_every_line`).
    move_every_line: bool,
    /// A regime's search (`regimes`): every amount weighted per month.
    weights: Option<Weights>,
}

/// The choices of the exclusion groups: each is a set of forbidden items.
fn exclusion_choices(catalog: &Catalog, eligible: &HashSet<&ItemId>) -> Vec<HashSet<ItemId>> {
    let mut choices: Vec<HashSet<ItemId>> = vec![HashSet::new()];
    for group in &catalog.exclusion_groups {
        let members: Vec<&ItemId> = group
            .members
            .iter()
            .filter(|m| eligible.contains(m))
            .collect();
        if members.len() < 2 {
            continue;
        }
        let mut next = Vec::new();
        for forbidden in &choices {
            // Keep one member (or none), forbid the others.
            for keep in members.iter().map(Some).chain(std::iter::once(None)) {
                let mut f = forbidden.clone();
                f.extend(
                    members
                        .iter()
                        .filter(|m| Some(*m) != keep)
                        .map(|m| (*m).clone()),
                );
                next.push(f);
            }
        }
        choices = next;
    }
    choices
}

/// Each exclusion choice, split by whether its whole-account promotions
/// (整体办理) are taken (then every line must move) or forbidden, and by tier
/// class: the line counts from which a tier counting moved lines starts,
/// highest first, down to 0 (`(forbidden, all_move, moved)`).
fn refined_choices(
    base: Vec<HashSet<ItemId>>,
    promotions: &[&Promotion],
    lines: u32,
) -> Vec<(HashSet<ItemId>, bool, u32, usize)> {
    let mut out = Vec::new();
    let mut b = 0;
    for forbidden in base {
        let whole: Vec<&ItemId> = promotions
            .iter()
            .filter(|p| p.whole_account && !forbidden.contains(&p.id))
            .map(|p| &p.id)
            .collect();
        let mut splits = vec![(forbidden.clone(), false)];
        if !whole.is_empty() {
            splits[0].0.extend(whole.iter().map(|id| (*id).clone()));
            splits.push((forbidden, true));
        }
        for (forbidden, all_move) in splits {
            let mut classes: Vec<u32> = if all_move {
                vec![lines]
            } else {
                promotions
                    .iter()
                    .filter(|p| !forbidden.contains(&p.id))
                    .filter(|p| p.lines_counted == LinesCounted::Moved)
                    .filter_map(|p| match &p.kind {
                        PromotionKind::VolumeDiscount { tiers } => Some(tiers),
                        _ => None,
                    })
                    .flatten()
                    .map(|t| t.min_lines)
                    .filter(|&m| m <= lines)
                    .chain([0])
                    .collect()
            };
            classes.sort_unstable_by(|x, y| y.cmp(x));
            classes.dedup();
            for moved in classes {
                out.push((forbidden.clone(), all_move, moved, b));
            }
            b += 1;
        }
    }
    out
}

fn fast_enough(line: &Line, speed_mbps: u32) -> bool {
    line.kind != LineKind::Broadband || speed_mbps >= line.usage.min_speed_mbps
}

impl<'a> Search<'a> {
    pub fn new(
        catalog: &'a Catalog,
        customer: &'a Customer,
        options: &'a Options,
        eligible: &Eligible<'a>,
    ) -> Search<'a> {
        Search::with_bound(catalog, customer, options, eligible, false, None, None)
    }

    /// A search of the same customer and rules with other `options` (the
    /// horizon from the contract's end), sharing this one's usage tables and
    /// one-offs where they hold for those options (the same objective and
    /// handsets; else they are built again).
    pub fn sharing<'b>(&self, options: &'b Options) -> Search<'b>
    where
        'a: 'b,
    {
        Search::with_bound(
            self.catalog,
            self.customer,
            options,
            &self.eligible,
            false,
            None,
            Some(self.tables.clone()),
        )
    }

    /// A search of the same customer and rules with another objective (the
    /// upper bound of `settle`, or a regime's weights), keeping whether
    /// every line must move.
    fn sibling(&self, upper: bool, weights: Option<Weights>) -> Search<'a> {
        Search {
            move_every_line: self.move_every_line,
            ..Search::with_bound(
                self.catalog,
                self.customer,
                self.options,
                &self.eligible,
                upper,
                weights,
                Some(self.tables.clone()),
            )
        }
    }

    /// The customer searched for.
    pub fn customer(&self) -> &'a Customer {
        self.customer
    }

    fn horizon(&self) -> u32 {
        self.options.horizon.max(1)
    }

    /// This search, where no unlocked line keeps its plan when a plan the
    /// filter allows fits it: the cheapest proposal that moves them all.
    pub fn moving_every_line(self) -> Search<'a> {
        Search {
            move_every_line: true,
            ..self
        }
    }

    fn steady(&self) -> bool {
        self.options.objective == Objective::SteadyMonthly
    }

    /// The best changed proposals with the plans `plans` allows (bundles: all
    /// eligible ones).
    pub fn run(&self, plans: PlanFilter) -> Best {
        let plan_ok: Vec<bool> = self.plans.iter().map(|p| plans(p)).collect();
        // Per category (no bundle, each bundle): the best cost, choice and pick.
        let mut best: Vec<Option<(i64, usize, Pick)>> = vec![None; 1 + self.bundles.len()];
        // Per category: its optimum in a higher tier class already met that
        // class's line count, so no lower class of the same base can beat it.
        let mut done = vec![false; 1 + self.bundles.len()];
        let mut base_of = usize::MAX;
        for (ci, c) in self.choices.iter().enumerate() {
            if c.base != base_of {
                base_of = c.base;
                done.fill(false);
            }
            if done.iter().all(|d| *d) {
                continue;
            }
            let (outside, best_change) = self.outside(c, &plan_ok);
            let base: i64 = outside.iter().map(|o| o.cost).sum();
            let mut found: Vec<(usize, i64, Pick)> = Vec::new();
            if !done[0] {
                // Without a bundle, at least one line must change (and the class's count).
                let moved = outside.iter().filter(|o| o.target != Target::Keep).count();
                let extra = if moved >= (c.moved as usize).max(1) {
                    done[0] = true;
                    Some(0)
                } else {
                    self.forced(c, None, &outside, &best_change, &[])
                        .map(|x| x.0)
                };
                if let Some(extra) = extra {
                    let total =
                        base + extra + self.account_cost(&[]) + self.exit_fee() - c.account_credit;
                    if total < NO_KEEP / 2 {
                        found.push((0, total, Pick::NoBundle));
                    }
                }
            }
            for b in 0..self.bundles.len() {
                if done[1 + b] {
                    continue;
                }
                let with = self.best_with_bundle(c, b, base, &outside, &best_change);
                if let Some((total, pick, met)) = with {
                    done[1 + b] = met;
                    found.push((1 + b, total, pick));
                }
            }
            for (slot, total, pick) in found {
                if best[slot].as_ref().is_none_or(|x| total < x.0) {
                    best[slot] = Some((total, ci, pick));
                }
            }
        }
        let mut solutions: Vec<Option<Solution>> = best
            .into_iter()
            .map(|b| b.map(|(cost, ci, pick)| self.build(ci, &plan_ok, pick, cost)))
            .collect();
        if self.relaxed() {
            self.settle(&mut solutions, plans);
        }
        let mut any = solutions.iter().flatten().min_by_key(|s| s.cost).cloned();
        // Every changed proposal is of some kind, so the least of the kinds'
        // bounds bounds them all; the cheapest kind's own flag is not enough.
        if let Some(a) = &mut any {
            a.bound = solutions
                .iter()
                .flatten()
                .map(|s| s.bound)
                .min()
                .unwrap_or(a.cost);
            a.proven = a.cost == a.bound;
        }
        let mut solutions = solutions.into_iter();
        Best {
            any,
            no_bundle: solutions.next().flatten(),
            with_bundle: solutions.collect(),
        }
    }

    /// Whether the search's costs are a relaxation (account credits, or
    /// the credit cap on the account's bill), to be settled by `price()`.
    fn relaxed(&self) -> bool {
        !self.steady()
            && self.weights.is_none()
            && (self.catalog.policy.credit_cap_on == CapBase::Account
                || self.promotions.iter().any(|p| p.is_account_credit()))
    }

    /// Replaces each relaxed cost by the proposal's price; where they differ
    /// the bound was not tight: the search with each unit's credit capped on
    /// its own bill and no account credit (an upper bound, see the top)
    /// offers its proposal too, and the cheaper at `price()` is kept.
    fn settle(&self, solutions: &mut [Option<Solution>], plans: PlanFilter) {
        let priced = |p: &Proposal| {
            crate::pricing::price(self.catalog, self.customer, p, Some(self.horizon()))
                .map_or(i64::MAX, |x| x.total.0)
        };
        let mut tight = true;
        for s in solutions.iter_mut().flatten() {
            let total = priced(&s.proposal);
            s.bound = s.cost;
            s.proven = total == s.cost;
            tight &= s.proven;
            s.cost = total;
        }
        if tight || self.upper {
            return;
        }
        let upper = self.sibling(true, None);
        let other = upper.run(plans);
        let others = std::iter::once(other.no_bundle).chain(other.with_bundle);
        for (mine, theirs) in solutions.iter_mut().zip(others) {
            let Some(mut theirs) = theirs else { continue };
            theirs.cost = priced(&theirs.proposal);
            theirs.proven = false;
            // The relaxation's minimum of the kind still bounds it.
            theirs.bound = mine.as_ref().map_or(i64::MIN, |m| m.bound);
            match mine {
                Some(m) if m.cost <= theirs.cost => {}
                _ => *mine = Some(theirs),
            }
        }
        self.regimes(solutions, plans);
    }
}
