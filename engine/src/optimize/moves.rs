//! Forcing lines to move: a volume tier that counts the moved lines (on a
//! plan or in a bundle, not kept) is searched one tier at a time (see
//! `search`), and at the tier from `θ` lines the proposal must move at
//! least `θ`; a proposal without a bundle must move at least one.
//!
//! Why the cheapest forced moves found here are exact: with the bundle and
//! its instance count fixed, choosing each line's option (keep, its best
//! change, or member of its kind's slot, whose member count must stay in
//! `[n·min, n·max]`) is a min-cost flow from lines to options, and "at most
//! `N − θ` keep" bounds the flow into "keep". The search's unconstrained
//! pick is optimal for its own number of kept lines; successive shortest
//! augmenting paths keep a flow optimal for each smaller number (the
//! standard min-cost-flow result), so moving one more line at a time along
//! the cheapest path gives the optimum with exactly `θ` moved, which is the
//! constrained optimum (the cost is convex in the number moved). Lines only
//! reach their own kind's options, so a path stays in one kind, and among
//! that kind's three options the simple paths out of "keep" are: keep →
//! change; keep → member with a free place; keep → member, another member
//! → change; keep → change, another changed line → member with a free
//! place. Each step takes the cheapest over every kind. Free member seats
//! (`Slot::free_members`, the same saving whoever takes one) make a slot's
//! places cost `−saving` for the first `n·seats` and 0 after: a convex cost
//! on the slot's flow, so the argument stands with a path that takes a
//! spare place costing `−saving` while free ones are left.

/// Where a line is in a pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum State {
    Keep,
    Change,
    Member,
}

/// A line's objective value in each option (`None`: not open to it) and
/// its kind's slot in the bundle, if any.
#[derive(Clone, Copy, Debug)]
pub(super) struct Costs {
    pub keep: i64,
    pub change: Option<i64>,
    pub member: Option<i64>,
    pub slot: Option<usize>,
}

/// An augmenting path: its cost, each line's new option, and the slot whose
/// free member place it takes, if any.
type Path = (i64, Vec<(usize, State)>, Option<usize>);

/// The cheapest `(cost, line)` over lines in `state` with an option `to`.
fn cheapest(
    lines: &[Costs],
    states: &[State],
    slot: Option<usize>,
    from: State,
    to: State,
) -> Option<(i64, usize)> {
    let cost = |c: &Costs, s: State| match s {
        State::Keep => Some(c.keep),
        State::Change => c.change,
        State::Member => c.member,
    };
    lines
        .iter()
        .zip(states)
        .enumerate()
        .filter(|(_, (c, s))| **s == from && c.slot == slot)
        .filter_map(|(i, (c, _))| Some((cost(c, to)? - cost(c, from)?, i)))
        .min()
}

/// Per slot: members now, at most, and the free seats (places, the saving
/// of each).
pub(super) struct Places<'p> {
    pub counts: &'p mut [usize],
    pub hi: &'p [usize],
    pub free: &'p [(usize, i64)],
}

/// Moves lines along the cheapest paths until `need` lines move; the extra
/// cost, or `None` when they cannot.
pub(super) fn force(
    lines: &[Costs],
    states: &mut [State],
    places: Places,
    need: usize,
) -> Option<i64> {
    let Places { counts, hi, free } = places;
    let mut moved = states.iter().filter(|s| **s != State::Keep).count();
    let mut extra = 0;
    let slots: Vec<Option<usize>> = std::iter::once(None)
        .chain((0..counts.len()).map(Some))
        .collect();
    while moved < need {
        let mut best: Option<Path> = None;
        for &slot in &slots {
            let kc = cheapest(lines, states, slot, State::Keep, State::Change);
            let mut paths: Vec<Path> = Vec::new();
            if let Some((c, a)) = kc {
                paths.push((c, vec![(a, State::Change)], None));
            }
            if let Some(s) = slot {
                let km = cheapest(lines, states, slot, State::Keep, State::Member);
                let mc = cheapest(lines, states, slot, State::Member, State::Change);
                let cm = cheapest(lines, states, slot, State::Change, State::Member);
                let spare = counts[s] < hi[s];
                // Taking a spare place: a free seat's saving while one is left.
                let seat = free
                    .get(s)
                    .filter(|(places, _)| counts[s] < *places)
                    .map_or(0, |(_, saving)| -saving);
                if let (Some((x, a)), Some((y, b))) = (km, mc) {
                    paths.push((x + y, vec![(a, State::Member), (b, State::Change)], None));
                }
                if let (Some((x, a)), true) = (km, spare) {
                    paths.push((x + seat, vec![(a, State::Member)], Some(s)));
                }
                if let (Some((x, a)), Some((y, b)), true) = (kc, cm, spare) {
                    paths.push((
                        x + y + seat,
                        vec![(a, State::Change), (b, State::Member)],
                        Some(s),
                    ));
                }
            }
            for p in paths {
                if best.as_ref().is_none_or(|b| p.0 < b.0) {
                    best = Some(p);
                }
            }
        }
        let (cost, steps, taken) = best?;
        for (i, to) in steps {
            states[i] = to;
        }
        if let Some(s) = taken {
            counts[s] += 1;
        }
        extra += cost;
        moved += 1;
    }
    Some(extra)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(keep: i64, change: i64, member: Option<i64>) -> Costs {
        Costs {
            keep,
            change: Some(change),
            member,
            slot: member.map(|_| 0),
        }
    }

    #[test]
    fn a_kept_line_joins_and_a_member_changes_when_that_is_cheaper() {
        // A: keep 10, change 100, member 5; B: keep 100, change 20, member 4;
        // one member place, B is the member, A kept (4 + 10 = 14). Both must
        // move: A → change costs +90 (104); A joins and B changes costs
        // (5 − 10) + (20 − 4) = +11 (25), the optimum.
        let lines = [line(10, 100, Some(5)), line(100, 20, Some(4))];
        let mut states = [State::Keep, State::Member];
        let places = Places {
            counts: &mut [1],
            hi: &[1],
            free: &[],
        };
        let extra = force(&lines, &mut states, places, 2);
        assert_eq!(extra, Some(11));
        assert_eq!(states, [State::Member, State::Change]);
    }

    #[test]
    fn without_a_bundle_the_cheapest_changes_move() {
        // Keeps 10, 10, 10; changes 13, 11, 12: moving two costs +1 +2.
        let lines = [line(10, 13, None), line(10, 11, None), line(10, 12, None)];
        let mut states = [State::Keep; 3];
        let extra = force(&lines, &mut states, none(), 2);
        assert_eq!(extra, Some(3));
        assert_eq!(states, [State::Keep, State::Change, State::Change]);
        let locked = [Costs {
            change: None,
            ..line(10, 0, None)
        }];
        assert_eq!(force(&locked, &mut [State::Keep], none(), 1), None);
    }

    fn none() -> Places<'static> {
        Places {
            counts: &mut [],
            hi: &[],
            free: &[],
        }
    }

    #[test]
    fn a_free_seat_left_makes_joining_the_cheapest_move() {
        // A: keep 10, change 15, member 14 (paying); one free seat saving 6
        // still empty, two places: joining costs 14 − 6 − 10 = −2 < +5.
        let lines = [line(10, 15, Some(14))];
        let mut states = [State::Keep];
        let places = Places {
            counts: &mut [0],
            hi: &[2],
            free: &[(1, 6)],
        };
        assert_eq!(force(&lines, &mut states, places, 1), Some(-2));
        assert_eq!(states, [State::Member]);
        // The seat taken already: joining costs +4, changing +5.
        let mut states = [State::Keep];
        let places = Places {
            counts: &mut [1],
            hi: &[2],
            free: &[(1, 6)],
        };
        assert_eq!(force(&lines, &mut states, places, 1), Some(4));
    }
}
