//! Setting a search up: the eligible items, the exclusion choices and the
//! tables it shares with the other searches of the same customer.
use super::*;

impl<'a> Search<'a> {
    /// `upper`: the upper-bound search of `settle`; `weights`: a regime's
    /// search (`regimes`); `shared`: another search's tables of the same
    /// customer and eligible items, used where they hold.
    pub(super) fn with_bound(
        catalog: &'a Catalog,
        customer: &'a Customer,
        options: &'a Options,
        eligible: &Eligible<'a>,
        upper: bool,
        weights: Option<Weights>,
        shared: Option<Rc<Tables>>,
    ) -> Search<'a> {
        let ids: HashSet<&ItemId> = eligible
            .plans
            .iter()
            .map(|p| &p.id)
            .chain(eligible.bundles.iter().map(|b| &b.id))
            .chain(eligible.promotions.iter().map(|p| &p.id))
            .chain(eligible.packs.iter().map(|p| &p.id))
            .collect();
        let packs = LineKind::ALL.map(|k| {
            packs_for(catalog, k)
                .into_iter()
                .filter(|p| eligible.packs.iter().any(|e| e.id == p.id))
                .take(32)
                .collect::<Vec<_>>()
        });
        let mut s = Search {
            catalog,
            customer,
            options,
            plans: eligible.plans.clone(),
            bundles: eligible.bundles.clone(),
            promotions: eligible.promotions.clone(),
            packs,
            schedules: Vec::new(),
            tables: Rc::default(),
            choices: Vec::new(),
            eligible: eligible.clone(),
            upper,
            move_every_line: false,
            weights,
        };
        let mut policy = catalog.policy;
        if upper {
            policy.credit_cap_on = CapBase::Unit;
        }
        let mut schedule_index: HashMap<(Role, Vec<usize>, Vec<usize>, u32), usize> =
            HashMap::new();
        let choices = refined_choices(
            exclusion_choices(catalog, &ids),
            &s.promotions,
            customer.line_count(),
        );
        let masks: Vec<[u32; 3]> = choices.iter().map(|c| s.pack_mask(&c.0)).collect();
        let key = (s.steady(), options.include_handsets);
        s.tables = match shared {
            Some(t) if t.key == key && masks.iter().all(|m| t.usage_index.contains_key(m)) => t,
            _ => Rc::new(s.build_tables(&masks, key)),
        };
        for ((forbidden, all_move, moved, base), mask) in choices.into_iter().zip(masks) {
            let allowed = |id: &ItemId| !forbidden.contains(id);
            let usage = s.tables.usage_index[&mask];
            let promos: Vec<usize> = (0..s.promotions.len())
                .filter(|&i| allowed(&s.promotions[i].id))
                .collect();
            let context = |s: &Search<'a>, promos: &[usize]| PromoContext {
                promotions: promos.iter().map(|&i| s.promotions[i]).collect(),
                line_count: customer.line_count(),
                moved_lines: moved,
                tenure_months: customer.tenure_months,
                credit_cap: catalog.credit_cap,
                policy,
            };
            let account_credit = if s.steady() || upper {
                0
            } else {
                let ctx = context(&s, &promos);
                let w = |m| s.weights.as_ref().map_or(1, |w| w.credit(m));
                (1..=s.horizon())
                    .map(|m| w(m) * ctx.account_offered(m).0)
                    .sum()
            };
            let mut schedule =
                |s: &mut Search<'a>, role: Role, item: &ItemId, fee: Money, fee_role| {
                    let applicable: Vec<usize> = promos
                        .iter()
                        .copied()
                        .filter(|&i| s.promotions[i].applies_to_unit(item, fee_role))
                        .filter(|&i| !s.promotions[i].is_account_credit())
                        .collect();
                    // Those reducing the line's add-on fees (`fees.addons`).
                    let on_addons: Vec<usize> = promos
                        .iter()
                        .copied()
                        .filter(|&i| {
                            let all = context(s, &[i]);
                            !all.applicable_addons(Some(item), Some(fee_role)).is_empty()
                        })
                        .collect();
                    let key = (role, applicable, on_addons, moved);
                    if let Some(&i) = schedule_index.get(&key) {
                        return i;
                    }
                    let ctx = context(s, &key.1);
                    let addon_ctx = (!key.2.is_empty()).then(|| context(s, &key.2));
                    let horizon = s.horizon();
                    s.schedules.push(FeeSchedule::new(
                        &ctx,
                        addon_ctx.as_ref(),
                        item,
                        fee_role,
                        fee,
                        horizon,
                    ));
                    schedule_index.insert(key, s.schedules.len() - 1);
                    s.schedules.len() - 1
                };
            let plans = s.plans.clone();
            let plan_schedule = plans
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    allowed(&p.id).then(|| {
                        schedule(&mut s, Role::Plan(i), &p.id, p.monthly_fee, FeeRole::Plan)
                    })
                })
                .collect();
            let bundles = s.bundles.clone();
            let instance_schedule = bundles
                .iter()
                .enumerate()
                .map(|(b, x)| {
                    allowed(&x.id).then(|| {
                        schedule(
                            &mut s,
                            Role::Instance(b),
                            &x.id,
                            x.monthly_fee,
                            FeeRole::Bundle,
                        )
                    })
                })
                .collect();
            let member_schedule = bundles
                .iter()
                .enumerate()
                .map(|(b, x)| {
                    x.slots
                        .iter()
                        .enumerate()
                        .map(|(k, slot)| {
                            allowed(&x.id).then(|| {
                                let (role, fee) = (Role::Member(b, k), slot.member_fee);
                                schedule(&mut s, role, &x.id, fee, FeeRole::Member)
                            })
                        })
                        .collect()
                })
                .collect();
            s.choices.push(Choice {
                forbidden,
                all_move,
                moved,
                base,
                account_credit,
                usage,
                plan_schedule,
                instance_schedule,
                member_schedule,
            });
        }
        if let Some(w) = &s.weights {
            s.schedules.iter_mut().for_each(|x| w.reweigh(x));
        }
        s
    }
}
