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

mod regimes;
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

    /// `upper`: the upper-bound search of `settle`; `weights`: a regime's
    /// search (`regimes`); `shared`: another search's tables of the same
    /// customer and eligible items, used where they hold.
    fn with_bound(
        catalog: &'a Catalog,
        customer: &'a Customer,
        options: &'a Options,
        eligible: &Eligible<'a>,
        upper: bool,
        weights: Option<Weights>,
        shared: Option<Rc<Tables>>,
    ) -> Search<'a> {
        let ids: HashSet<&ItemId> = eligible
            .plans
            .iter()
            .map(|p| &p.id)
            .chain(eligible.bundles.iter().map(|b| &b.id))
            .chain(eligible.promotions.iter().map(|p| &p.id))
            .chain(eligible.packs.iter().map(|p| &p.id))
            .collect();
        let packs = LineKind::ALL.map(|k| {
            packs_for(catalog, k)
                .into_iter()
                .filter(|p| eligible.packs.iter().any(|e| e.id == p.id))
                .take(32)
                .collect::<Vec<_>>()
        });
        let mut s = Search {
            catalog,
            customer,
            options,
            plans: eligible.plans.clone(),
            bundles: eligible.bundles.clone(),
            promotions: eligible.promotions.clone(),
            packs,
            schedules: Vec::new(),
            tables: Rc::default(),
            choices: Vec::new(),
            eligible: eligible.clone(),
            upper,
            move_every_line: false,
            weights,
        };
        let mut policy = catalog.policy;
        if upper {
            policy.credit_cap_on = CapBase::Unit;
        }
        let mut schedule_index: HashMap<(Role, Vec<usize>, Vec<usize>, u32), usize> =
            HashMap::new();
        let choices = refined_choices(
            exclusion_choices(catalog, &ids),
            &s.promotions,
            customer.line_count(),
        );
        let masks: Vec<[u32; 3]> = choices.iter().map(|c| s.pack_mask(&c.0)).collect();
        let key = (s.steady(), options.include_handsets);
        s.tables = match shared {
            Some(t) if t.key == key && masks.iter().all(|m| t.usage_index.contains_key(m)) => t,
            _ => Rc::new(s.build_tables(&masks, key)),
        };
        for ((forbidden, all_move, moved, base), mask) in choices.into_iter().zip(masks) {
            let allowed = |id: &ItemId| !forbidden.contains(id);
            let usage = s.tables.usage_index[&mask];
            let promos: Vec<usize> = (0..s.promotions.len())
                .filter(|&i| allowed(&s.promotions[i].id))
                .collect();
            let context = |s: &Search<'a>, promos: &[usize]| PromoContext {
                promotions: promos.iter().map(|&i| s.promotions[i]).collect(),
                line_count: customer.line_count(),
                moved_lines: moved,
                tenure_months: customer.tenure_months,
                credit_cap: catalog.credit_cap,
                policy,
            };
            let account_credit = if s.steady() || upper {
                0
            } else {
                let ctx = context(&s, &promos);
                let w = |m| s.weights.as_ref().map_or(1, |w| w.credit(m));
                (1..=s.horizon())
                    .map(|m| w(m) * ctx.account_offered(m).0)
                    .sum()
            };
            let mut schedule =
                |s: &mut Search<'a>, role: Role, item: &ItemId, fee: Money, fee_role| {
                    let applicable: Vec<usize> = promos
                        .iter()
                        .copied()
                        .filter(|&i| s.promotions[i].applies_to_unit(item, fee_role))
                        .filter(|&i| !s.promotions[i].is_account_credit())
                        .collect();
                    // Those reducing the line's add-on fees (`fees.addons`).
                    let on_addons: Vec<usize> = promos
                        .iter()
                        .copied()
                        .filter(|&i| {
                            let all = context(s, &[i]);
                            !all.applicable_addons(Some(item), Some(fee_role)).is_empty()
                        })
                        .collect();
                    let key = (role, applicable, on_addons, moved);
                    if let Some(&i) = schedule_index.get(&key) {
                        return i;
                    }
                    let ctx = context(s, &key.1);
                    let addon_ctx = (!key.2.is_empty()).then(|| context(s, &key.2));
                    let horizon = s.horizon();
                    s.schedules.push(FeeSchedule::new(
                        &ctx,
                        addon_ctx.as_ref(),
                        item,
                        fee_role,
                        fee,
                        horizon,
                    ));
                    schedule_index.insert(key, s.schedules.len() - 1);
                    s.schedules.len() - 1
                };
            let plans = s.plans.clone();
            let plan_schedule = plans
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    allowed(&p.id).then(|| {
                        schedule(&mut s, Role::Plan(i), &p.id, p.monthly_fee, FeeRole::Plan)
                    })
                })
                .collect();
            let bundles = s.bundles.clone();
            let instance_schedule = bundles
                .iter()
                .enumerate()
                .map(|(b, x)| {
                    allowed(&x.id).then(|| {
                        schedule(
                            &mut s,
                            Role::Instance(b),
                            &x.id,
                            x.monthly_fee,
                            FeeRole::Bundle,
                        )
                    })
                })
                .collect();
            let member_schedule = bundles
                .iter()
                .enumerate()
                .map(|(b, x)| {
                    x.slots
                        .iter()
                        .enumerate()
                        .map(|(k, slot)| {
                            allowed(&x.id).then(|| {
                                let (role, fee) = (Role::Member(b, k), slot.member_fee);
                                schedule(&mut s, role, &x.id, fee, FeeRole::Member)
                            })
                        })
                        .collect()
                })
                .collect();
            s.choices.push(Choice {
                forbidden,
                all_move,
                moved,
                base,
                account_credit,
                usage,
                plan_schedule,
                instance_schedule,
                member_schedule,
            });
        }
        if let Some(w) = &s.weights {
            s.schedules.iter_mut().for_each(|x| w.reweigh(x));
        }
        s
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

    /// A wanted handset at contract price when `committed_fee` reaches its
    /// minimum; at retail on a kept line (`None`), which signs no contract.
    fn handset_cost(&self, line: &Line, committed_fee: Option<Money>) -> i64 {
        self.handset_price(line, committed_fee) * self.scale()
    }

    /// `handset_cost` unscaled.
    fn handset_price(&self, line: &Line, committed_fee: Option<Money>) -> i64 {
        if self.steady() || !self.options.include_handsets {
            return 0;
        }
        match line
            .wants_handset
            .as_ref()
            .and_then(|h| self.catalog.handset(h))
        {
            Some(h)
                if line.handset_mode == HandsetMode::Contract
                    && committed_fee.is_some_and(|f| f >= h.min_monthly_fee) =>
            {
                h.contract_price.0
            }
            Some(h) => h.retail_price.0,
            None => 0,
        }
    }

    /// What every amount is multiplied by (1 but in a regime's search).
    fn scale(&self) -> i64 {
        self.weights.as_ref().map_or(1, |w| w.scale)
    }

    /// One-off fees (`due`: the line's kind and origin decide which).
    fn fees<'c>(&self, fees: impl Iterator<Item = &'c OneOffFee>) -> i64 {
        self.fees_unscaled(fees) * self.scale()
    }

    fn fees_unscaled<'c>(&self, fees: impl Iterator<Item = &'c OneOffFee>) -> i64 {
        if self.steady() {
            return 0;
        }
        due::sum(fees)
    }

    /// The packs of each kind an exclusion choice forbidding `forbidden`
    /// allows (bits of `packs`).
    fn pack_mask(&self, forbidden: &HashSet<ItemId>) -> [u32; 3] {
        [0, 1, 2].map(|k| {
            self.packs[k]
                .iter()
                .enumerate()
                .filter(|(_, p)| !forbidden.contains(&p.id))
                .fold(0u32, |m, (i, _)| m | 1 << i)
        })
    }

    /// The usage tables of `masks` (each distinct one once, in order) and
    /// every line's one-offs, for `key` (steady objective, handsets).
    fn build_tables(&self, masks: &[[u32; 3]], key: (bool, bool)) -> Tables {
        let mut t = Tables {
            key,
            ..Tables::default()
        };
        for &mask in masks {
            if !t.usage_index.contains_key(&mask) {
                t.usage.push(self.usage_table(mask));
                t.usage_index.insert(mask, t.usage.len() - 1);
            }
        }
        // One-offs depend on the line's kind, origin and wanted handset only.
        let mut rows: Vec<(LineKind, LineOrigin, Option<&ItemId>)> = Vec::new();
        for line in &self.customer.lines {
            let k = (line.kind, line.origin, line.wants_handset.as_ref());
            if let Some(r) = rows.iter().position(|x| *x == k) {
                t.row.push(r);
                continue;
            }
            rows.push(k);
            t.row.push(rows.len() - 1);
            t.plan_rows.push(self.plan_one_offs(line));
            t.member_rows.push(self.member_one_offs(line));
        }
        t
    }

    /// A line's one-off fees and handset on each plan, unscaled.
    fn plan_one_offs(&self, line: &Line) -> Vec<i64> {
        self.plans
            .iter()
            .map(|p| {
                self.fees_unscaled(due::on_plan(self.catalog, &p.one_off_fees, line))
                    + self.handset_price(line, Some(p.monthly_fee))
            })
            .collect()
    }

    /// A line's one-off fees and handset as a member of each bundle, unscaled.
    fn member_one_offs(&self, line: &Line) -> Vec<i64> {
        self.bundles
            .iter()
            .map(|b| {
                b.slot(line.kind).map_or(0, |slot| {
                    // A shared fee toward a handset depends on the
                    // instance's members: added in `candidates`.
                    let handset = match b.handset_fee_share {
                        HandsetFeeShare::MemberFee => {
                            self.handset_price(line, Some(slot.member_fee))
                        }
                        HandsetFeeShare::Shared => 0,
                    };
                    self.fees_unscaled(due::as_member(self.catalog, &b.one_off_fees, line))
                        + handset
                })
            })
            .collect()
    }

    /// Line `i`'s one-offs on plan `p` (`plans` index), scaled.
    fn plan_one_off(&self, i: usize, p: usize) -> i64 {
        self.tables.plan_rows[self.tables.row[i]][p] * self.scale()
    }

    /// Line `i`'s one-offs as a member of bundle `b`, scaled.
    fn member_one_off(&self, i: usize, b: usize) -> i64 {
        self.tables.member_rows[self.tables.row[i]][b] * self.scale()
    }

    fn keep_cost(&self, line: &Line) -> i64 {
        let months = if self.steady() {
            1
        } else {
            i64::from(self.horizon())
        };
        line.current_monthly_fee.0 * months * self.scale() + self.handset_cost(line, None)
    }

    /// The objective value of a unit with fee schedule `schedule`: its fees
    /// and `usage` each month.
    fn unit_cost(&self, schedule: usize, base_fee: Money, usage: Money) -> i64 {
        if self.steady() {
            base_fee.0 + usage.0
        } else {
            self.schedules[schedule].cost(usage)
        }
    }

    /// The objective value of a line with fee schedule `schedule` and usage
    /// `u`, and its packs: where the schedule reduces add-on fees
    /// (`fees.addons`), the cheapest over the horizon of the pack sets on
    /// the line's front, each priced against the schedule's months (the
    /// set is chosen once per proposal, so its weighted cost decides);
    /// else the packs least a month (`best_packs`).
    fn line_cost(
        &self,
        table: &UsageTable,
        schedule: usize,
        base_fee: Money,
        u: UsageCost,
    ) -> (i64, u32) {
        let sched = &self.schedules[schedule];
        match u.front {
            Some(f) if !self.steady() && sched.touches_addons() => table.fronts[f as usize]
                .iter()
                .map(|x| (sched.cost_split(x.overage, x.addons), x.packs))
                .min_by_key(|&(cost, _)| cost)
                .unwrap_or((self.unit_cost(schedule, base_fee, u.usage), u.packs)),
            _ => (self.unit_cost(schedule, base_fee, u.usage), u.packs),
        }
    }

    fn account_cost(&self, included: &[ItemId]) -> i64 {
        let monthly = feature_fees(self.catalog, &self.customer.account_features, included).0;
        if self.steady() {
            monthly
        } else {
            let months = i64::from(self.horizon());
            monthly * self.weights.as_ref().map_or(months, |w| w.bill_total())
        }
    }

    fn exit_fee(&self) -> i64 {
        let c = &self.customer.contract;
        if !self.steady() && c.months_left > 0 {
            c.exit_fee.0 * self.scale()
        } else {
            0
        }
    }

    /// Usage costs of every line on every plan and in every bundle, with the
    /// packs in `mask` (per kind) allowed.
    fn usage_table(&self, mask: [u32; 3]) -> UsageTable {
        let allowed: Vec<Vec<&AddOn>> = (0..3)
            .map(|k| {
                self.packs[k]
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask[k] & 1 << i != 0)
                    .map(|(_, p)| *p)
                    .collect()
            })
            .collect();
        let bits = |k: usize, chosen: &[&AddOn]| {
            chosen.iter().fold(0u32, |m, c| {
                m | self.packs[k]
                    .iter()
                    .position(|p| std::ptr::eq(*p, *c))
                    .map_or(0, |i| 1 << i)
            })
        };
        let mut plans = Vec::with_capacity(self.customer.lines.len());
        let mut members = Vec::with_capacity(self.customer.lines.len());
        let mut fronts: Vec<Vec<PackSet>> = Vec::new();
        let reduced = self.promotions.iter().any(|p| p.fees.addons);
        // The pack front of a line with `features` of feature fees, when a
        // promotion may reduce add-on fees.
        let mut front = |k: usize, features: Money, f: Option<Vec<(Money, Money, Vec<&AddOn>)>>| {
            let f = f?;
            fronts.push(
                f.iter()
                    .map(|(overage, fees, chosen)| PackSet {
                        overage: *overage,
                        addons: Money(fees.0 + features.0),
                        packs: bits(k, chosen),
                    })
                    .collect(),
            );
            Some(fronts.len() as u32 - 1)
        };
        for line in &self.customer.lines {
            let k = kind_index(line.kind);
            let on_plans = self
                .plans
                .iter()
                .enumerate()
                .filter(|(_, p)| p.kind == line.kind && fast_enough(line, p.speed_mbps))
                .map(|(i, p)| {
                    let (usage, chosen) = best_packs(
                        &line.usage,
                        &p.allowance,
                        &p.rates,
                        FreeShare::NONE,
                        &allowed[k],
                    );
                    let features = feature_fees(self.catalog, &line.features, &p.includes);
                    let usage = Money(usage.0 + features.0);
                    let packs = bits(k, &chosen);
                    let f = reduced.then(|| {
                        let (a, r) = (&p.allowance, &p.rates);
                        pack_front(&line.usage, a, r, FreeShare::NONE, &allowed[k])
                    });
                    let front = front(k, features, f);
                    (
                        i,
                        UsageCost {
                            usage,
                            packs,
                            front,
                        },
                    )
                })
                .collect::<Vec<_>>();
            let other_voice_lines = self.voice_lines() - u32::from(is_voice(line.kind));
            let in_bundles = self
                .bundles
                .iter()
                .map(|b| {
                    let Some(slot) = b
                        .slot(line.kind)
                        .filter(|s| fast_enough(line, s.speed_mbps))
                    else {
                        return Vec::new();
                    };
                    let features = feature_fees(self.catalog, &line.features, &b.includes);
                    (0..self.levels(b))
                        .map(|level| {
                            let seat = Seat {
                                position: 0,
                                voice_others: level as u32,
                                other_voice_lines,
                            };
                            let (usage, chosen) = best_packs(
                                &line.usage,
                                &slot.allowance,
                                &b.rates,
                                free_share(b, seat),
                                &allowed[k],
                            );
                            let f = reduced.then(|| {
                                let (a, r) = (&slot.allowance, &b.rates);
                                pack_front(&line.usage, a, r, free_share(b, seat), &allowed[k])
                            });
                            UsageCost {
                                usage: Money(usage.0 + features.0),
                                packs: bits(k, &chosen),
                                front: front(k, features, f),
                            }
                        })
                        .collect()
                })
                .collect::<Vec<_>>();
            plans.push(on_plans);
            members.push(in_bundles);
        }
        UsageTable {
            plans,
            members,
            fronts,
        }
    }

    /// Each line's best option outside a bundle (keeping included) and its
    /// best change, in choice `c`.
    fn outside(&self, c: &Choice, plans: &[bool]) -> (Vec<LineOpt>, Vec<Option<LineOpt>>) {
        let table = &self.tables.usage[c.usage];
        let n = self.customer.lines.len();
        let mut outside = Vec::with_capacity(n);
        let mut best_change = Vec::with_capacity(n);
        for (i, line) in self.customer.lines.iter().enumerate() {
            let keep = LineOpt {
                cost: self.keep_cost(line) + if c.all_move { NO_KEEP } else { 0 },
                target: Target::Keep,
                packs: 0,
            };
            if self.options.locked_lines.contains(&i) {
                outside.push(keep);
                best_change.push(None);
                continue;
            }
            let mut change: Option<LineOpt> = None;
            for &(p, u) in &table.plans[i] {
                let Some(schedule) = c.plan_schedule[p].filter(|_| plans[p]) else {
                    continue;
                };
                let (cost, packs) = self.line_cost(table, schedule, self.plans[p].monthly_fee, u);
                let cost = cost + self.plan_one_off(i, p);
                if change.is_none_or(|c| cost < c.cost) {
                    change = Some(LineOpt {
                        cost,
                        target: Target::Plan(p),
                        packs,
                    });
                }
            }
            outside.push(match change {
                Some(c) if c.cost < keep.cost || self.move_every_line => c,
                _ => keep,
            });
            best_change.push(change);
        }
        (outside, best_change)
    }

    /// Per slot of bundle `b` in choice `c`, with `counts` members per slot
    /// in the one instance where a member's cost depends on them
    /// (`per_count`; else, or `None`, as if alone in it): candidate members
    /// (line, option) sorted by saving over their best outside option, best
    /// first (each paying the member fee: a free seat saves
    /// `free_seat_saving` more, whoever sits in it).
    fn candidates(
        &self,
        c: &Choice,
        b: usize,
        counts: Option<&[usize]>,
        outside: &[LineOpt],
    ) -> Vec<Vec<(i64, LineOpt, usize)>> {
        let bundle = self.bundles[b];
        let table = &self.tables.usage[c.usage];
        let levels = match counts {
            Some(counts) => self.slot_levels(bundle, counts),
            None => vec![0; bundle.slots.len()],
        };
        // The instance's members, for a handset's share of its fee.
        let shared = bundle.handset_fee_share == HandsetFeeShare::Shared;
        let members = counts.map_or(1, |n| n.iter().sum::<usize>()) as u32;
        bundle
            .slots
            .iter()
            .enumerate()
            .map(|(k, slot)| {
                let Some(schedule) = c.member_schedule[b][k] else {
                    return Vec::new();
                };
                let mut cands: Vec<(i64, LineOpt, usize)> = Vec::new();
                for (i, line) in self.customer.lines.iter().enumerate() {
                    if line.kind != slot.kind || self.options.locked_lines.contains(&i) {
                        continue;
                    }
                    let by_level = &table.members[i][b];
                    let Some(&u) = by_level.get(levels[k].min(by_level.len().saturating_sub(1)))
                    else {
                        continue;
                    };
                    let (cost, packs) = self.line_cost(table, schedule, slot.member_fee, u);
                    let mut cost = cost + self.member_one_off(i, b);
                    if shared {
                        let fee = bundle.handset_committed_fee(line.kind, members);
                        cost += self.handset_cost(line, Some(fee));
                    }
                    let opt = LineOpt {
                        cost,
                        target: Target::Member(b),
                        packs,
                    };
                    cands.push((outside[i].cost - cost, opt, i));
                }
                // Lines are distinct, so the order is total and an
                // unstable sort gives the same one.
                cands.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.2.cmp(&y.2)));
                cands
            })
            .collect()
    }

    /// How many levels (other voice lines in the instance) change a
    /// member's cost: 1 unless the bundle frees only calls within the
    /// instance, then 0 up to the instance's voice capacity, capped by the
    /// customer's voice lines.
    fn levels(&self, b: &Bundle) -> usize {
        if !(b.free_calls_among_members && b.free_calls_scope == FreeCallScope::SameInstance) {
            return 1;
        }
        let capacity: u32 = b
            .slots
            .iter()
            .filter(|s| is_voice(s.kind))
            .map(|s| s.max)
            .sum();
        // A voice member has at most `capacity − 1` others, a broadband
        // member (its own calls count too) `capacity`.
        capacity.min(self.voice_lines()) as usize + 1
    }

    /// Whether a member's cost depends on the counts of its one instance
    /// (free calls within it, or its fee shared toward a handset), so the
    /// search tries every count (both need `max_instances` 1, validated).
    fn per_count(&self, b: &Bundle) -> bool {
        self.levels(b) > 1 || b.handset_fee_share == HandsetFeeShare::Shared
    }

    fn voice_lines(&self) -> u32 {
        self.customer
            .lines
            .iter()
            .filter(|l| is_voice(l.kind))
            .count() as u32
    }

    /// Each slot's level when one instance of `b` has `counts` members per
    /// slot: the voice members less the member itself (all 0 where the
    /// level does not matter).
    fn slot_levels(&self, b: &Bundle, counts: &[usize]) -> Vec<usize> {
        let levels = self.levels(b);
        if levels == 1 {
            return vec![0; b.slots.len()];
        }
        let voice: usize = b
            .slots
            .iter()
            .zip(counts)
            .filter(|(s, _)| is_voice(s.kind))
            .map(|(_, &n)| n)
            .sum();
        b.slots
            .iter()
            .map(|s| {
                let level = voice.saturating_sub(usize::from(is_voice(s.kind)));
                level.min(levels - 1)
            })
            .collect()
    }

    /// What a member of slot `k` of bundle `b` saves in a free seat
    /// (`Slot::free_members`): its member fee over the horizon after the
    /// promotions touching it, the same for whoever sits there (members
    /// take no credits, and a fee's discounts do not depend on the usage).
    fn free_seat_saving(&self, c: &Choice, b: usize, k: usize) -> i64 {
        let slot = &self.bundles[b].slots[k];
        match c.member_schedule[b][k] {
            Some(schedule) if slot.free_members > 0 => {
                self.unit_cost(schedule, slot.member_fee, Money::ZERO)
            }
            _ => 0,
        }
    }

    /// The best with bundle `b` in choice `c`: its cost and pick.
    fn best_with_bundle(
        &self,
        c: &Choice,
        b: usize,
        base: i64,
        outside: &[LineOpt],
        best_change: &[Option<LineOpt>],
    ) -> Option<(i64, Pick, bool)> {
        let bundle = self.bundles[b];
        let instance_schedule = c.instance_schedule[b]?;
        let instance = self.unit_cost(instance_schedule, bundle.monthly_fee, Money::ZERO)
            + self.fees(due::per_instance(self.catalog, &bundle.one_off_fees));
        let slots = bundle.slots.len();
        let per_count = self.per_count(bundle);
        let seat_saving: Vec<i64> = (0..slots).map(|k| self.free_seat_saving(c, b, k)).collect();
        // Each slot's candidates, their prefix sums of savings (how many save
        // something in a paying seat and in a free one), and how many of the
        // first were moved already (a member is moved either way): once, or
        // per try when a member's cost depends on the instance's counts.
        let ranked = |per_slot: Vec<Vec<(i64, LineOpt, usize)>>| {
            let prefix: Vec<Prefix> = per_slot
                .iter()
                .zip(&seat_saving)
                .map(|(cands, &saving)| Prefix::new(cands, saving))
                .collect();
            let moved_before: Vec<Vec<usize>> = per_slot
                .iter()
                .map(|cands| {
                    let mut acc = vec![0];
                    for (_, _, i) in cands {
                        let last = acc[acc.len() - 1];
                        acc.push(last + usize::from(outside[*i].target != Target::Keep));
                    }
                    acc
                })
                .collect();
            (per_slot, prefix, moved_before)
        };
        let once = ranked(self.candidates(c, b, None, outside));
        let mut n_max = bundle
            .slots
            .iter()
            .zip(&once.0)
            .filter(|(s, _)| s.min > 0)
            .map(|(s, cands)| cands.len() as u32 / s.min)
            .min()
            .unwrap_or(0);
        if bundle.max_instances > 0 {
            n_max = n_max.min(bundle.max_instances);
        }
        let fixed = self.account_cost(&bundle.includes) + self.exit_fee() - c.account_credit;
        let moved_outside = outside.iter().filter(|o| o.target != Target::Keep).count();
        // Every (instance count, members per slot) tried: where a member's
        // cost depends on the counts (one instance, validated), every count
        // of each slot; else per `n` the best counts of the concave curve.
        let mut tries: Vec<(u32, Vec<usize>)> = Vec::new();
        if !per_count {
            for n in 1..=n_max {
                let counts = bundle
                    .slots
                    .iter()
                    .zip(&once.1)
                    .map(|(slot, p)| {
                        let seats = (n * slot.free_members) as usize;
                        let lo = (n * slot.min) as usize;
                        let hi = ((n * slot.max) as usize).min(p.len());
                        // Savings are concave in the count (sorted, the free
                        // seats first): the best count is the last that still saves.
                        p.any.min(seats).max(p.paying).clamp(lo, hi.max(lo))
                    })
                    .collect();
                tries.push((n, counts));
            }
        } else if n_max >= 1 {
            let ranges: Vec<(usize, usize)> = bundle
                .slots
                .iter()
                .zip(&once.1)
                .map(|(s, p)| (s.min as usize, (s.max as usize).min(p.len())))
                .collect();
            let mut counts: Vec<usize> = ranges.iter().map(|r| r.0).collect();
            'odometer: loop {
                tries.push((1, counts.clone()));
                for (k, r) in ranges.iter().enumerate() {
                    if counts[k] < r.1 {
                        counts[k] += 1;
                        continue 'odometer;
                    }
                    counts[k] = r.0;
                }
                break;
            }
        }
        let mut best: Option<(i64, Pick)> = None;
        // The least total over the tries ignoring the line count, and whether it met it.
        let mut free: Option<(i64, bool)> = None;
        for (n, counts) in tries {
            let this_try;
            let (per_slot, prefix, moved_before) = if per_count {
                this_try = ranked(self.candidates(c, b, Some(&counts), outside));
                (&this_try.0, &this_try.1, &this_try.2)
            } else {
                (&once.0, &once.1, &once.2)
            };
            let mut saving = 0;
            let mut moved = moved_outside;
            for (k, slot) in bundle.slots.iter().enumerate() {
                let (p, j) = (&prefix[k], counts[k]);
                let seats = (n * slot.free_members) as usize;
                saving += p.sums[j] + seat_saving[k] * j.min(seats) as i64;
                moved += j - moved_before[k][j];
            }
            let mut total = base - saving + i64::from(n) * instance + fixed;
            let met = moved >= c.moved as usize;
            if free.is_none_or(|f| total < f.0) {
                free = Some((total, met));
            }
            if !met {
                let pick = (b, n, counts.as_slice());
                match self.forced(c, Some(pick), outside, best_change, per_slot) {
                    Some((extra, _)) => total += extra,
                    None => continue,
                }
            }
            if total < NO_KEEP / 2 && best.as_ref().is_none_or(|x| total < x.0) {
                best = Some((total, Pick::Bundle(b, n, counts)));
            }
        }
        best.map(|(total, pick)| (total, pick, free.is_some_and(|f| f.1)))
    }

    /// The pick with the cheapest forced moves (`moves`) so that at least
    /// `c.moved` lines move (one without a bundle): its extra cost and every
    /// line's option and instance. `pick`: the bundle, its instance count and
    /// members per slot (the first of each slot's candidates).
    fn forced(
        &self,
        c: &Choice,
        pick: Option<(usize, u32, &[usize])>,
        outside: &[LineOpt],
        best_change: &[Option<LineOpt>],
        per_slot: &[Vec<(i64, LineOpt, usize)>],
    ) -> Option<(i64, Vec<(LineOpt, u32)>)> {
        let n_lines = outside.len();
        let mut costs: Vec<Costs> = (0..n_lines)
            .map(|i| Costs {
                keep: if outside[i].target == Target::Keep {
                    outside[i].cost
                } else {
                    self.keep_cost(&self.customer.lines[i]) + if c.all_move { NO_KEEP } else { 0 }
                },
                change: best_change[i].map(|o| o.cost),
                member: None,
                slot: None,
            })
            .collect();
        let mut states: Vec<State> = outside
            .iter()
            .map(|o| match o.target {
                Target::Keep => State::Keep,
                _ => State::Change,
            })
            .collect();
        let mut members: Vec<Option<LineOpt>> = vec![None; n_lines];
        let (mut counts, mut hi, mut free) = (Vec::new(), Vec::new(), Vec::new());
        let mut need = (c.moved as usize).max(1);
        if let Some((b, n, chosen)) = pick {
            need = c.moved as usize;
            for (s, ((cands, &j), slot)) in per_slot
                .iter()
                .zip(chosen)
                .zip(&self.bundles[b].slots)
                .enumerate()
            {
                for (t, (_, opt, i)) in cands.iter().enumerate() {
                    costs[*i].member = Some(opt.cost);
                    costs[*i].slot = Some(s);
                    members[*i] = Some(*opt);
                    if t < j {
                        states[*i] = State::Member;
                    }
                }
                counts.push(j);
                hi.push((n * slot.max) as usize);
                free.push((
                    (n * slot.free_members) as usize,
                    self.free_seat_saving(c, b, s),
                ));
            }
        }
        if pick.is_some_and(|(b, _, _)| self.per_count(self.bundles[b])) {
            // A member's cost depends on the counts (free calls within the
            // instance, the bundle's fee shared toward a handset): the
            // search tries every count, so each try keeps its counts.
            hi = counts.clone();
        }
        let places = moves::Places {
            counts: &mut counts,
            hi: &hi,
            free: &free,
        };
        let extra = moves::force(&costs, &mut states, places, need)?;
        // Members take the instances in turn, in each slot's candidate order.
        let n = pick.map_or(1, |p| p.1);
        let mut instance = vec![0u32; n_lines];
        for cands in per_slot.iter().take(counts.len()) {
            let mut t = 0u32;
            for (_, _, i) in cands {
                if states[*i] == State::Member {
                    instance[*i] = t % n;
                    t += 1;
                }
            }
        }
        let opts = (0..n_lines)
            .map(|i| {
                let opt = match states[i] {
                    State::Keep if outside[i].target == Target::Keep => outside[i],
                    State::Keep => LineOpt {
                        cost: costs[i].keep,
                        target: Target::Keep,
                        packs: 0,
                    },
                    State::Change => best_change[i].unwrap_or(outside[i]),
                    State::Member => members[i].unwrap_or(outside[i]),
                };
                (opt, instance[i])
            })
            .collect();
        Some((extra, opts))
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

    fn line_choice(&self, line: &Line, o: &LineOpt, instance: u32) -> LineChoice {
        let packs = self.packs[kind_index(line.kind)]
            .iter()
            .enumerate()
            .filter(|(i, _)| o.packs & 1 << i != 0)
            .map(|(_, p)| p.id.clone())
            .collect();
        let assignment = match o.target {
            Target::Keep => Assignment::Keep,
            Target::Plan(p) => Assignment::Plan {
                plan: self.plans[p].id.clone(),
            },
            Target::Member(_) => Assignment::Member { instance },
        };
        LineChoice { assignment, packs }
    }

    /// The proposal of `pick` in choice `ci` (re-derived: the same numbers).
    fn build(&self, ci: usize, plans: &[bool], pick: Pick, cost: i64) -> Solution {
        let c = &self.choices[ci];
        let (outside, best_change) = self.outside(c, plans);
        let (bundle, per_slot, chosen) = match &pick {
            Pick::NoBundle => (None, Vec::new(), None),
            Pick::Bundle(b, n, counts) => (
                Some(*b),
                self.candidates(c, *b, Some(counts), &outside),
                Some((*b, *n, counts.as_slice())),
            ),
        };
        let opts = self
            .forced(c, chosen, &outside, &best_change, &per_slot)
            .map(|x| x.1)
            .unwrap_or_else(|| outside.iter().map(|o| (*o, 0)).collect());
        let lines: Vec<LineChoice> = self
            .customer
            .lines
            .iter()
            .zip(&opts)
            .map(|(line, (o, instance))| self.line_choice(line, o, *instance))
            .collect();
        let bundle = bundle.map(|b| self.bundles[b].id.clone());
        // Every unit's item and kind of fee, for the promotions that touch them.
        let used: Vec<(&ItemId, FeeRole)> = opts
            .iter()
            .filter_map(|(o, _)| match o.target {
                Target::Plan(p) => Some((&self.plans[p].id, FeeRole::Plan)),
                _ => None,
            })
            .chain(
                bundle
                    .iter()
                    .flat_map(|b| [(b, FeeRole::Bundle), (b, FeeRole::Member)]),
            )
            .collect();
        let touches = |p: &Promotion, (id, role): &(&ItemId, FeeRole)| p.touches_unit(id, *role);
        let promotions = self
            .promotions
            .iter()
            .filter(|p| !c.forbidden.contains(&p.id) && used.iter().any(|u| touches(p, u)))
            .map(|p| p.id.clone())
            .collect();
        Solution {
            proposal: Proposal {
                lines,
                bundle,
                promotions,
                include_handsets: self.options.include_handsets,
                start_month: 1,
            },
            cost,
            proven: true,
            bound: cost,
        }
    }
}
