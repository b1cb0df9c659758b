//! What each unit costs: handsets, one-off fees, keeping a line, a unit over
//! the horizon, the account and the exit fee.
use super::*;

impl<'a> Search<'a> {
    /// A wanted handset at contract price when `committed_fee` reaches its
    /// minimum; at retail on a kept line (`None`), which signs no contract.
    pub(super) fn handset_cost(&self, line: &Line, committed_fee: Option<Money>) -> i64 {
        self.handset_price(line, committed_fee) * self.scale()
    }

    /// `handset_cost` unscaled.
    pub(super) fn handset_price(&self, line: &Line, committed_fee: Option<Money>) -> i64 {
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
    pub(super) fn scale(&self) -> i64 {
        self.weights.as_ref().map_or(1, |w| w.scale)
    }

    /// One-off fees (`due`: the line's kind and origin decide which).
    pub(super) fn fees<'c>(&self, fees: impl Iterator<Item = &'c OneOffFee>) -> i64 {
        self.fees_unscaled(fees) * self.scale()
    }

    pub(super) fn fees_unscaled<'c>(&self, fees: impl Iterator<Item = &'c OneOffFee>) -> i64 {
        if self.steady() {
            return 0;
        }
        due::sum(fees)
    }

    /// The packs of each kind an exclusion choice forbidding `forbidden`
    /// allows (bits of `packs`).
    pub(super) fn pack_mask(&self, forbidden: &HashSet<ItemId>) -> [u32; 3] {
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
    pub(super) fn build_tables(&self, masks: &[[u32; 3]], key: (bool, bool)) -> Tables {
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
    pub(super) fn plan_one_offs(&self, line: &Line) -> Vec<i64> {
        self.plans
            .iter()
            .map(|p| {
                self.fees_unscaled(due::on_plan(self.catalog, &p.one_off_fees, line))
                    + self.handset_price(line, Some(p.monthly_fee))
            })
            .collect()
    }

    /// A line's one-off fees and handset as a member of each bundle, unscaled.
    pub(super) fn member_one_offs(&self, line: &Line) -> Vec<i64> {
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
    pub(super) fn plan_one_off(&self, i: usize, p: usize) -> i64 {
        self.tables.plan_rows[self.tables.row[i]][p] * self.scale()
    }

    /// Line `i`'s one-offs as a member of bundle `b`, scaled.
    pub(super) fn member_one_off(&self, i: usize, b: usize) -> i64 {
        self.tables.member_rows[self.tables.row[i]][b] * self.scale()
    }

    pub(super) fn keep_cost(&self, line: &Line) -> i64 {
        let months = if self.steady() {
            1
        } else {
            i64::from(self.horizon())
        };
        line.current_monthly_fee.0 * months * self.scale() + self.handset_cost(line, None)
    }

    /// The objective value of a unit with fee schedule `schedule`: its fees
    /// and `usage` each month.
    pub(super) fn unit_cost(&self, schedule: usize, base_fee: Money, usage: Money) -> i64 {
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
    pub(super) fn line_cost(
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

    pub(super) fn account_cost(&self, included: &[ItemId]) -> i64 {
        let monthly = feature_fees(self.catalog, &self.customer.account_features, included).0;
        if self.steady() {
            monthly
        } else {
            let months = i64::from(self.horizon());
            monthly * self.weights.as_ref().map_or(months, |w| w.bill_total())
        }
    }

    pub(super) fn exit_fee(&self) -> i64 {
        let c = &self.customer.contract;
        if !self.steady() && c.months_left > 0 {
            c.exit_fee.0 * self.scale()
        } else {
            0
        }
    }
}
