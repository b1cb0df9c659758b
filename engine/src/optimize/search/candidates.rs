//! The lines outside a bundle, and the candidates for its members.
use super::*;

impl<'a> Search<'a> {
    /// Each line's best option outside a bundle (keeping included) and its
    /// best change, in choice `c`.
    pub(super) fn outside(
        &self,
        c: &Choice,
        plans: &[bool],
    ) -> (Vec<LineOpt>, Vec<Option<LineOpt>>) {
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
    pub(super) fn candidates(
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
}
