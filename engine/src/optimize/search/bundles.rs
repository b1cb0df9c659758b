//! A bundle's members: levels, slots, free seats, and the best proposal with a
//! bundle.
use super::*;

impl<'a> Search<'a> {
    /// How many levels (other voice lines in the instance) change a
    /// member's cost: 1 unless the bundle frees only calls within the
    /// instance, then 0 up to the instance's voice capacity, capped by the
    /// customer's voice lines.
    pub(super) fn levels(&self, b: &Bundle) -> usize {
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
    pub(super) fn per_count(&self, b: &Bundle) -> bool {
        self.levels(b) > 1 || b.handset_fee_share == HandsetFeeShare::Shared
    }

    pub(super) fn voice_lines(&self) -> u32 {
        self.customer
            .lines
            .iter()
            .filter(|l| is_voice(l.kind))
            .count() as u32
    }

    /// Each slot's level when one instance of `b` has `counts` members per
    /// slot: the voice members less the member itself (all 0 where the
    /// level does not matter).
    pub(super) fn slot_levels(&self, b: &Bundle, counts: &[usize]) -> Vec<usize> {
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
    pub(super) fn free_seat_saving(&self, c: &Choice, b: usize, k: usize) -> i64 {
        let slot = &self.bundles[b].slots[k];
        match c.member_schedule[b][k] {
            Some(schedule) if slot.free_members > 0 => {
                self.unit_cost(schedule, slot.member_fee, Money::ZERO)
            }
            _ => 0,
        }
    }

    /// The best with bundle `b` in choice `c`: its cost and pick.
    pub(super) fn best_with_bundle(
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
}
