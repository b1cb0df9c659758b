//! A solution from a pick: each line's choice and the proposal.
use super::*;

impl<'a> Search<'a> {
    pub(super) fn line_choice(&self, line: &Line, o: &LineOpt, instance: u32) -> LineChoice {
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
    pub(super) fn build(&self, ci: usize, plans: &[bool], pick: Pick, cost: i64) -> Solution {
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
