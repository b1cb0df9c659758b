//! What a line's usage costs beyond its allowance, and which packs (data,
//! long-distance) cover it most cheaply. Usage is the same every month, so
//! this part of a bill is one amount per month.
use crate::catalog::{AddOn, AddOnKind, Allowance, Catalog, ItemId, LineKind, Rates, Scope};
use crate::customer::{RateSlot, Usage, UsageField};
use crate::money::Money;

pub use super::free_share::FreeShare;

/// Overage of `usage` on `allowance` at `rates`. `free`: the part of the
/// calls to the customer's own lines that uses no minutes (inside a bundle
/// that makes them free: [`FreeShare`]).
pub fn overage(usage: &Usage, allowance: &Allowance, rates: &Rates, free: FreeShare) -> Money {
    let mut domestic = free.kept(usage.domestic_min, usage.own_calls);
    // Saturating: with validated inputs every product is far below i64::MAX;
    // with absurd ones the sum saturates and pricing reports the overflow.
    let charge =
        |units: u64, rate: Money| (units.min(i64::MAX as u64) as i64).saturating_mul(rate.0);
    // Every other metered quantity (usage/`UsageField`): billed beyond its
    // allowance at its rate; one whose rate is billed apart but unset
    // (long distance) counts as domestic minutes instead.
    let mut others = 0i64;
    for f in UsageField::ALL
        .into_iter()
        .filter(|f| *f != UsageField::DomesticMin)
    {
        let (Some(metered), Some(included)) = (f.spec().metered, f.included(allowance)) else {
            continue;
        };
        let used = match f {
            UsageField::LongDistanceMin if free.long_distance => {
                free.kept(f.get(usage), usage.own_calls)
                    .min(u64::from(u32::MAX)) as u32
            }
            _ => f.get(usage),
        };
        match (f.rate(rates), metered.rate) {
            (Some(rate), _) => {
                others =
                    others.saturating_add(charge(u64::from(used.saturating_sub(included)), rate));
            }
            (None, RateSlot::Apart(_)) => domestic += u64::from(used),
            (None, RateSlot::Always(_)) => {}
        }
    }
    let dom_over = charge(
        domestic.saturating_sub(u64::from(allowance.domestic_min)),
        rates.domestic_per_min,
    );
    Money(dom_over.saturating_add(others))
}

/// The per-line packs a line of `kind` may take.
pub fn packs_for(catalog: &Catalog, kind: LineKind) -> Vec<&AddOn> {
    catalog
        .addons
        .iter()
        .filter(|a| a.kind.is_pack() && a.scope == Scope::PerLine && a.line_kinds.contains(&kind))
        .collect()
}

/// The cheapest way to cover `usage`: which packs (each at most once) to add,
/// and the monthly cost of packs plus remaining overage. Data packs and
/// long-distance packs are chosen independently (they cover different usage).
pub fn best_packs<'a>(
    usage: &Usage,
    allowance: &Allowance,
    rates: &Rates,
    free: FreeShare,
    packs: &[&'a AddOn],
) -> (Money, Vec<&'a AddOn>) {
    // `pack_sets`' sets in its order, the first least kept, without
    // building each set (this runs per line, plan and bundle seat).
    let (data, ld) = split_packs(packs);
    fn set<'s, 'a>(items: &'s [&'a AddOn], mask: u32) -> impl Iterator<Item = &'a AddOn> + 's {
        (0..items.len())
            .filter(move |i| mask & (1 << i) != 0)
            .map(move |i| items[i])
    }
    let mut best = (Money(i64::MAX), 0u32, 0u32);
    for d in 0u32..1 << data.len() {
        for l in 0u32..1 << ld.len() {
            let (mut extra, mut fees) = (Allowance::default(), 0i64);
            for p in set(&data, d).chain(set(&ld, l)) {
                extra = extra.plus(p.adds);
                fees = fees.saturating_add(p.monthly_fee.0);
            }
            let over = overage(usage, &allowance.plus(extra), rates, free);
            let cost = Money(fees.saturating_add(over.0));
            if cost < best.0 {
                best = (cost, d, l);
            }
        }
    }
    let chosen = set(&data, best.1).chain(set(&ld, best.2)).collect();
    (best.0, chosen)
}

/// The data packs and the long-distance packs of `packs`, at most 10 of
/// each (packs per line kind are a handful), in their order.
fn split_packs<'a>(packs: &[&'a AddOn]) -> (Vec<&'a AddOn>, Vec<&'a AddOn>) {
    let of = |k: AddOnKind| -> Vec<&'a AddOn> {
        packs
            .iter()
            .copied()
            .filter(|p| p.kind == k)
            .take(10)
            .collect()
    };
    (of(AddOnKind::DataPack), of(AddOnKind::LongDistancePack))
}

/// The pack sets worth pricing when a promotion reduces add-on fees
/// (`fees.addons`), so the cheapest set may differ by month: every set
/// (data and long-distance packs, each at most once) as (overage, pack
/// fees, packs), keeping only those no other set beats on both (a set with
/// no less overage and no less in fees is never cheaper in any month: a
/// month's reduced add-on fee never falls when the fee rises). Sorted by
/// pack fees, rising; the first is the set with no pack when it is on the
/// front.
pub fn pack_front<'a>(
    usage: &Usage,
    allowance: &Allowance,
    rates: &Rates,
    free: FreeShare,
    packs: &[&'a AddOn],
) -> Vec<(Money, Money, Vec<&'a AddOn>)> {
    let mut all = pack_sets(usage, allowance, rates, free, packs);
    // Stable: among equal (fees, overage) the first enumerated stays.
    all.sort_by_key(|(over, fees, _)| (*fees, *over));
    let mut front: Vec<(Money, Money, Vec<&AddOn>)> = Vec::new();
    for x in all {
        if front.last().is_none_or(|f| x.0 < f.0) {
            front.push(x);
        }
    }
    front
}

/// Every set of packs (data and long-distance packs, each at most once;
/// they cover different usage) as (overage left, pack fees, packs), in a
/// fixed order: the set with no pack first.
fn pack_sets<'a>(
    usage: &Usage,
    allowance: &Allowance,
    rates: &Rates,
    free: FreeShare,
    packs: &[&'a AddOn],
) -> Vec<(Money, Money, Vec<&'a AddOn>)> {
    let of =
        |k: AddOnKind| -> Vec<&AddOn> { packs.iter().copied().filter(|p| p.kind == k).collect() };
    let (data, ld) = (of(AddOnKind::DataPack), of(AddOnKind::LongDistancePack));
    let mut all = Vec::new();
    for d in subsets(&data) {
        for l in subsets(&ld) {
            let chosen: Vec<&AddOn> = d.iter().chain(l.iter()).copied().collect();
            let extra = chosen
                .iter()
                .fold(Allowance::default(), |a, p| a.plus(p.adds));
            let fees = chosen
                .iter()
                .fold(0i64, |a, p| a.saturating_add(p.monthly_fee.0));
            let over = overage(usage, &allowance.plus(extra), rates, free);
            all.push((over, Money(fees), chosen));
        }
    }
    all
}

/// Every subset of a short list (packs per line kind are a handful).
fn subsets<'a>(items: &[&'a AddOn]) -> Vec<Vec<&'a AddOn>> {
    let n = items.len().min(10);
    (0u32..1 << n)
        .map(|mask| {
            (0..n)
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| items[i])
                .collect()
        })
        .collect()
}

/// Monthly fees of the features a line or account needs that `included` does not cover.
pub fn feature_fees(catalog: &Catalog, needed: &[ItemId], included: &[ItemId]) -> Money {
    Money(
        needed
            .iter()
            .filter(|id| !included.contains(id))
            .filter_map(|id| catalog.addon(id))
            .fold(0i64, |a, x| a.saturating_add(x.monthly_fee.0)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Bps;

    fn rates() -> Rates {
        Rates {
            domestic_per_min: Money(15),
            data_per_mb: Money(3),
            sms_each: Money(10),
            // Long distance unset: counted as domestic minutes.
            ..Rates::default()
        }
    }

    #[test]
    fn overage_charges_only_beyond_the_allowance() {
        let usage = Usage {
            domestic_min: 600,
            data_mb: 12_000,
            sms: 10,
            ..Usage::default()
        };
        let allowance = Allowance {
            domestic_min: 500,
            data_mb: 10_240,
            sms: 0,
            ..Allowance::default()
        };
        // 100 min x 0.15 + 1760 MB x 0.03 + 10 x 0.10
        assert_eq!(
            overage(&usage, &allowance, &rates(), FreeShare::NONE),
            Money(1_500 + 5_280 + 100)
        );
    }

    #[test]
    fn long_distance_counts_as_domestic_unless_priced_apart() {
        let usage = Usage {
            domestic_min: 100,
            long_distance_min: 100,
            ..Usage::default()
        };
        let allowance = Allowance {
            domestic_min: 150,
            ..Allowance::default()
        };
        assert_eq!(
            overage(&usage, &allowance, &rates(), FreeShare::NONE),
            Money(50 * 15)
        );
        let apart = Rates {
            long_distance_per_min: Some(Money(30)),
            ..rates()
        };
        assert_eq!(
            overage(&usage, &allowance, &apart, FreeShare::NONE),
            Money(100 * 30)
        );
    }

    #[test]
    fn calls_to_own_lines_are_free_inside_a_bundle() {
        let usage = Usage {
            domestic_min: 1_000,
            own_calls: Bps(4_000),
            ..Usage::default()
        };
        let allowance = Allowance {
            domestic_min: 500,
            ..Allowance::default()
        };
        assert_eq!(
            overage(&usage, &allowance, &rates(), FreeShare::all(false)),
            Money(100 * 15)
        );
        assert_eq!(
            overage(&usage, &allowance, &rates(), FreeShare::NONE),
            Money(500 * 15)
        );
    }
}
