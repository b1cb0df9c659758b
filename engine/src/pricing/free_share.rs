//! Which part of a line's calls to the customer's own lines a bundle makes
//! free (`free_calls_among_members`, `free_calls_scope`,
//! `free_calls_long_distance`): the share `own_calls × others / of`, where
//! `others` of the customer's `of` other voice lines share the line's
//! instance (all of them with `all_own_lines`), on domestic minutes and,
//! when the tables say so, on long-distance minutes too. Minutes are
//! rounded half-up once per quantity.
use crate::catalog::{Bundle, FreeCallScope};
use crate::money::Bps;

use super::seat::Seat;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FreeShare {
    pub others: u32,
    pub of: u32,
    pub long_distance: bool,
}

impl FreeShare {
    /// Nothing free (a plan, a bundle without free calls).
    pub const NONE: FreeShare = FreeShare {
        others: 0,
        of: 1,
        long_distance: false,
    };

    /// The whole share of own calls free (`all_own_lines`).
    pub fn all(long_distance: bool) -> FreeShare {
        FreeShare {
            others: 1,
            of: 1,
            long_distance,
        }
    }

    /// `v` minutes less the free part of their `own` share, rounded half-up:
    /// `v × (1 − own × others / of)`.
    pub fn kept(self, v: u32, own: Bps) -> u64 {
        if self.others == 0 || self.of == 0 {
            return u64::from(v);
        }
        let of = u128::from(self.of) * 10_000;
        let free = u128::from(own.0.min(10_000)) * u128::from(self.others.min(self.of));
        ((u128::from(v) * (of - free) + of / 2) / of) as u64
    }
}

/// What part of a member's calls to own lines `bundle` makes free at `seat`.
pub fn free_share(bundle: &Bundle, seat: Seat) -> FreeShare {
    if !bundle.free_calls_among_members {
        return FreeShare::NONE;
    }
    match bundle.free_calls_scope {
        FreeCallScope::AllOwnLines => FreeShare::all(bundle.free_calls_long_distance),
        FreeCallScope::SameInstance => FreeShare {
            others: seat.voice_others,
            of: seat.other_voice_lines,
            long_distance: bundle.free_calls_long_distance,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_instances_share_of_own_calls_rounds_half_up() {
        // 35% own, 2 of 4 others in the instance: 17.5% free.
        let half = FreeShare {
            others: 2,
            of: 4,
            long_distance: true,
        };
        // 700 × 82.5% = 577.5 → 578; 500 × 82.5% = 412.5 → 413.
        assert_eq!(half.kept(700, Bps(3_500)), 578);
        assert_eq!(half.kept(500, Bps(3_500)), 413);
        // The whole share: 700 × 65% = 455; nothing: 700.
        assert_eq!(FreeShare::all(false).kept(700, Bps(3_500)), 455);
        assert_eq!(FreeShare::NONE.kept(700, Bps(3_500)), 700);
    }
}
