//! The exact search. Why it is exact:
//! - Every promotion only lowers a bill (see `catalog::promotion`), so with the
//!   choice in each exclusion group fixed, taking every allowed eligible
//!   promotion is optimal; the search enumerates the exclusion-group choices.
//! - With those fixed, a line's cost depends only on its own choice (plan and
//!   packs, or bundle membership): credits are capped per unit, volume tiers
//!   count the account's lines, which no choice changes.
//! - One bundle type per proposal (一户一种融合套餐). For `n` instances, a kind
//!   with slot `[min, max]` takes between `n·min` and `n·max` members; any such
//!   count splits into `n` valid instances, so members are simply the lines
//!   with the largest saving from joining (sorted prefix sums: a concave
//!   curve, whose best count is the number of positive savings, clamped).
//! - The old contract's exit fee is due once if anything changes; "keep
//!   everything" is the baseline, so at least one line must change.
use std::collections::HashSet;

use crate::catalog::{AddOn, Bundle, Catalog, ItemId, LineKind, Plan};
use crate::customer::{Customer, Line};
use crate::money::Money;
use crate::pricing::schedule::PromoContext;
use crate::pricing::usage::{best_packs, feature_fees, packs_for};
use crate::pricing::{Assignment, LineChoice, Proposal};

use super::options::{Objective, Options};
use super::schedule::FeeSchedule;
use super::Eligible;

/// Which bundles a search may use.
#[derive(Clone, Copy, Debug)]
pub enum BundleFilter<'a> {
    Any,
    None,
    Only(&'a ItemId),
}

/// Which plans a search may use, beyond eligibility.
pub type PlanFilter<'a> = &'a dyn Fn(&Plan) -> bool;

/// A bundle choice: its index among the allowed bundles, the instance
/// count, and the member lines of each slot.
type BundlePick = (usize, u32, Vec<Vec<usize>>);

/// The best proposal found and its objective value.
#[derive(Clone, Debug)]
pub struct Solution {
    pub proposal: Proposal,
    pub cost: i64,
}

/// A line's best option outside any bundle.
#[derive(Clone, Debug)]
struct Option1 {
    cost: i64,
    choice: LineChoice,
}

struct Context<'a> {
    catalog: &'a Catalog,
    customer: &'a Customer,
    options: &'a Options,
    ctx: PromoContext<'a>,
    packs: [Vec<&'a AddOn>; 3],
}

fn kind_index(kind: LineKind) -> usize {
    match kind {
        LineKind::Mobile => 0,
        LineKind::Landline => 1,
        LineKind::Broadband => 2,
    }
}

impl Context<'_> {
    fn horizon(&self) -> u32 {
        self.options.horizon.max(1)
    }

    /// The objective value of a unit: fee schedule + monthly usage + one-offs.
    fn unit_cost(
        &self,
        item: &ItemId,
        base_fee: Money,
        usage: Money,
        credits: bool,
        one_offs: i64,
    ) -> i64 {
        match self.options.objective {
            Objective::HorizonTotal => {
                FeeSchedule::new(&self.ctx, item, base_fee, self.horizon(), credits).cost(usage)
                    + one_offs
            }
            Objective::SteadyMonthly => base_fee.0 + usage.0,
        }
    }

    fn handset_cost(&self, line: &Line, committed_fee: Money) -> i64 {
        if self.options.objective == Objective::SteadyMonthly || !self.options.include_handsets {
            return 0;
        }
        match line
            .wants_handset
            .as_ref()
            .and_then(|h| self.catalog.handset(h))
        {
            Some(h) if committed_fee >= h.min_monthly_fee => h.contract_price.0,
            Some(h) => h.retail_price.0,
            None => 0,
        }
    }

    fn keep_cost(&self, line: &Line) -> i64 {
        let months = match self.options.objective {
            Objective::HorizonTotal => i64::from(self.horizon()),
            Objective::SteadyMonthly => 1,
        };
        line.current_monthly_fee.0 * months + self.handset_cost(line, Money::ZERO)
    }

    fn fees(&self, ids: &[ItemId]) -> i64 {
        if self.options.objective == Objective::SteadyMonthly {
            return 0;
        }
        ids.iter()
            .filter_map(|id| self.catalog.fee(id))
            .map(|f| f.amount.0)
            .sum()
    }

    fn plan_option(&self, line: &Line, plan: &Plan) -> Option1 {
        let packs = &self.packs[kind_index(line.kind)];
        let (usage, chosen) = best_packs(&line.usage, &plan.allowance, &plan.rates, false, packs);
        let usage = Money(usage.0 + feature_fees(self.catalog, &line.features, &plan.includes).0);
        let one_offs = self.fees(&plan.one_off_fees) + self.handset_cost(line, plan.monthly_fee);
        Option1 {
            cost: self.unit_cost(&plan.id, plan.monthly_fee, usage, true, one_offs),
            choice: LineChoice {
                assignment: Assignment::Plan {
                    plan: plan.id.clone(),
                },
                packs: chosen.iter().map(|p| p.id.clone()).collect(),
            },
        }
    }

    fn member_option(&self, line: &Line, bundle: &Bundle) -> Option<Option1> {
        let slot = bundle.slots.iter().find(|s| s.kind == line.kind)?;
        if line.kind == LineKind::Broadband && slot.speed_mbps < line.usage.min_speed_mbps {
            return None;
        }
        let packs = &self.packs[kind_index(line.kind)];
        let (usage, chosen) = best_packs(
            &line.usage,
            &slot.allowance,
            &bundle.rates,
            bundle.free_calls_among_members,
            packs,
        );
        let usage = Money(usage.0 + feature_fees(self.catalog, &line.features, &bundle.includes).0);
        let one_offs = self.handset_cost(line, slot.member_fee);
        Some(Option1 {
            cost: self.unit_cost(&bundle.id, slot.member_fee, usage, false, one_offs),
            choice: LineChoice {
                assignment: Assignment::Member { instance: 0 },
                packs: chosen.iter().map(|p| p.id.clone()).collect(),
            },
        })
    }

    fn account_cost(&self, included: &[ItemId]) -> i64 {
        let monthly = feature_fees(self.catalog, &self.customer.account_features, included).0;
        match self.options.objective {
            Objective::HorizonTotal => monthly * i64::from(self.horizon()),
            Objective::SteadyMonthly => monthly,
        }
    }

    fn exit_fee(&self) -> i64 {
        let c = &self.customer.contract;
        if self.options.objective == Objective::HorizonTotal && c.months_left > 0 {
            c.exit_fee.0
        } else {
            0
        }
    }
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

/// The cheapest changed proposal under `bundles` and `plans`, or `None` when
/// no line can change.
pub fn solve(
    catalog: &Catalog,
    customer: &Customer,
    options: &Options,
    eligible: &Eligible,
    bundles: BundleFilter,
    plans: PlanFilter,
) -> Option<Solution> {
    let ids: HashSet<&ItemId> = eligible
        .plans
        .iter()
        .map(|p| &p.id)
        .chain(eligible.bundles.iter().map(|b| &b.id))
        .chain(eligible.promotions.iter().map(|p| &p.id))
        .chain(eligible.packs.iter().map(|p| &p.id))
        .collect();
    let mut best: Option<Solution> = None;
    for forbidden in exclusion_choices(catalog, &ids) {
        let allowed = |id: &ItemId| !forbidden.contains(id);
        let ctx = PromoContext {
            promotions: eligible
                .promotions
                .iter()
                .copied()
                .filter(|p| allowed(&p.id))
                .collect(),
            line_count: customer.line_count(),
            tenure_months: customer.tenure_months,
            credit_cap: catalog.credit_cap,
        };
        let packs = LineKind::ALL.map(|k| {
            packs_for(catalog, k)
                .into_iter()
                .filter(|p| allowed(&p.id) && eligible.packs.iter().any(|e| e.id == p.id))
                .collect()
        });
        let cx = Context {
            catalog,
            customer,
            options,
            ctx,
            packs,
        };
        let plans: Vec<&Plan> = eligible
            .plans
            .iter()
            .copied()
            .filter(|p| allowed(&p.id) && plans(p))
            .collect();
        let bundle_list: Vec<&Bundle> = eligible
            .bundles
            .iter()
            .copied()
            .filter(|b| allowed(&b.id))
            .filter(|b| match bundles {
                BundleFilter::Any => true,
                BundleFilter::None => false,
                BundleFilter::Only(id) => &b.id == id,
            })
            .collect();
        let candidate = solve_fixed(
            &cx,
            &plans,
            &bundle_list,
            !matches!(bundles, BundleFilter::Only(_)),
        );
        if let Some(c) = candidate {
            if best.as_ref().is_none_or(|b| c.cost < b.cost) {
                best = Some(c);
            }
        }
    }
    best
}

/// With the promotions fixed: the best over no bundle and every bundle and instance count.
fn solve_fixed(
    cx: &Context,
    plans: &[&Plan],
    bundles: &[&Bundle],
    allow_no_bundle: bool,
) -> Option<Solution> {
    let lines = &cx.customer.lines;
    let locked = |i: usize| cx.options.locked_lines.contains(&i);
    let keep = LineChoice {
        assignment: Assignment::Keep,
        packs: Vec::new(),
    };
    // Each line's best option outside a bundle, and its best change.
    let mut outside: Vec<Option1> = Vec::with_capacity(lines.len());
    let mut best_change: Vec<Option<Option1>> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let keep_opt = Option1 {
            cost: cx.keep_cost(line),
            choice: keep.clone(),
        };
        if locked(i) {
            outside.push(keep_opt);
            best_change.push(None);
            continue;
        }
        let change = plans
            .iter()
            .filter(|p| {
                p.kind == line.kind
                    && (line.kind != LineKind::Broadband
                        || p.speed_mbps >= line.usage.min_speed_mbps)
            })
            .map(|p| cx.plan_option(line, p))
            .min_by_key(|o| o.cost);
        outside.push(match &change {
            Some(c) if c.cost < keep_opt.cost => c.clone(),
            _ => keep_opt,
        });
        best_change.push(change);
    }
    let base: i64 = outside.iter().map(|o| o.cost).sum();
    let mut best: Option<(i64, Option<BundlePick>)> = None;
    let mut member_opts: Vec<Vec<Option<Option1>>> = Vec::with_capacity(bundles.len());

    if allow_no_bundle {
        // Without a bundle, at least one line must change: the cheapest forced change.
        let any_change = outside
            .iter()
            .any(|o| o.choice.assignment != Assignment::Keep);
        let forced = if any_change {
            Some(0)
        } else {
            best_change
                .iter()
                .zip(&outside)
                .filter_map(|(c, o)| c.as_ref().map(|c| c.cost - o.cost))
                .min()
        };
        if let Some(extra) = forced {
            best = Some((base + extra + cx.account_cost(&[]) + cx.exit_fee(), None));
        }
    }

    for (bi, &bundle) in bundles.iter().enumerate() {
        let instance = cx.unit_cost(
            &bundle.id,
            bundle.monthly_fee,
            Money::ZERO,
            true,
            cx.fees(&bundle.one_off_fees),
        );
        // Per slot: candidate members sorted by saving (best first), with prefix sums.
        let mut per_slot: Vec<(u32, u32, Vec<usize>, Vec<i64>)> = Vec::new();
        let mut members: Vec<Option<Option1>> = vec![None; lines.len()];
        for slot in &bundle.slots {
            let mut cands: Vec<(i64, usize)> = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                if line.kind != slot.kind || locked(i) {
                    continue;
                }
                if let Some(m) = cx.member_option(line, bundle) {
                    cands.push((outside[i].cost - m.cost, i));
                    members[i] = Some(m);
                }
            }
            cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let mut prefix = vec![0i64];
            for (s, _) in &cands {
                prefix.push(prefix.last().copied().unwrap_or(0) + s);
            }
            per_slot.push((
                slot.min,
                slot.max,
                cands.iter().map(|c| c.1).collect(),
                prefix,
            ));
        }
        let n_max = per_slot
            .iter()
            .filter(|s| s.0 > 0)
            .map(|s| s.2.len() as u32 / s.0)
            .min()
            .unwrap_or(0);
        let account = cx.account_cost(&bundle.includes);
        for n in 1..=n_max {
            let mut saving = 0;
            let mut chosen = Vec::new();
            for (min, max, order, prefix) in &per_slot {
                let lo = (n * min) as usize;
                let hi = ((n * max) as usize).min(order.len());
                let positive = prefix.windows(2).take_while(|w| w[1] > w[0]).count();
                let j = positive.clamp(lo, hi);
                saving += prefix[j];
                chosen.push(order[..j].to_vec());
            }
            let total = base - saving + i64::from(n) * instance + account + cx.exit_fee();
            if best.as_ref().is_none_or(|b| total < b.0) {
                best = Some((total, Some((bi, n, chosen))));
            }
        }
        member_opts.push(members);
    }

    let (cost, bundle) = best?;
    let mut choices: Vec<LineChoice> = outside.iter().map(|o| o.choice.clone()).collect();
    let mut proposal_bundle = None;
    match bundle {
        Some((bi, n, chosen)) => {
            let b = bundles[bi];
            for slot_members in chosen {
                for (t, &i) in slot_members.iter().enumerate() {
                    let mut c = member_opts[bi][i]
                        .clone()
                        .map(|m| m.choice)
                        .unwrap_or_else(|| keep.clone());
                    c.assignment = Assignment::Member {
                        instance: t as u32 % n,
                    };
                    choices[i] = c;
                }
            }
            proposal_bundle = Some(b.id.clone());
        }
        None => {
            if choices.iter().all(|c| c.assignment == Assignment::Keep) {
                let forced = best_change
                    .iter()
                    .zip(&outside)
                    .enumerate()
                    .filter_map(|(i, (c, o))| {
                        c.as_ref().map(|c| (c.cost - o.cost, i, c.choice.clone()))
                    })
                    .min_by_key(|x| (x.0, x.1));
                if let Some((_, i, c)) = forced {
                    choices[i] = c;
                }
            }
        }
    }
    let used: Vec<&ItemId> = choices
        .iter()
        .filter_map(|c| match &c.assignment {
            Assignment::Plan { plan } => Some(plan),
            _ => None,
        })
        .chain(proposal_bundle.iter())
        .collect();
    let promotions = cx
        .ctx
        .promotions
        .iter()
        .filter(|p| used.iter().any(|id| p.applies_to(id)))
        .map(|p| p.id.clone())
        .collect();
    Some(Solution {
        proposal: Proposal {
            lines: choices,
            bundle: proposal_bundle,
            promotions,
            include_handsets: cx.options.include_handsets,
        },
        cost,
    })
}
