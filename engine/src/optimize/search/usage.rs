//! The usage table: each line's usage cost and packs on every plan and in every
//! bundle, per set of packs allowed.
use super::*;

impl<'a> Search<'a> {
    /// Usage costs of every line on every plan and in every bundle, with the
    /// packs in `mask` (per kind) allowed.
    pub(super) fn usage_table(&self, mask: [u32; 3]) -> UsageTable {
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
}
