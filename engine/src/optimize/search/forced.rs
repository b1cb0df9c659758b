//! The cheapest proposal with some lines forced to move (the tier classes'
//! forced moves).
use super::*;

impl<'a> Search<'a> {
    /// The pick with the cheapest forced moves (`moves`) so that at least
    /// `c.moved` lines move (one without a bundle): its extra cost and every
    /// line's option and instance. `pick`: the bundle, its instance count and
    /// members per slot (the first of each slot's candidates).
    pub(super) fn forced(
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
}
