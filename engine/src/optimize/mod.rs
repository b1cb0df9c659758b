//! The optimizer: the cheapest valid proposal (exact, see `search`), distinct
//! alternatives a rep can offer, and how each holds up if the customer's
//! usage is off by the usage band.
pub mod authority;
mod contract_end;
mod moves;
mod options;
mod ranking;
mod schedule;
pub mod search;

pub use contract_end::{at_contract_end, at_contract_end_solution, LaterStart};
pub use options::{
    Alternative, Badge, Band, NoProposal, Objective, Options, Proposals, DEFAULT_HORIZON,
};

use crate::catalog::Eligibility;
use crate::catalog::{AddOn, Bundle, Catalog, Plan, Promotion};
use crate::customer::Customer;
use crate::document::alternative_wording;
use crate::money::Money;
use crate::pricing::{
    audience_problem, eligibility_problem, price, sale_problem, Priced, Proposal,
};
use crate::text::Text;
use search::{Search, Solution};

/// The items this customer may order, with this rep's authority.
#[derive(Clone)]
pub struct Eligible<'a> {
    pub plans: Vec<&'a Plan>,
    pub bundles: Vec<&'a Bundle>,
    pub promotions: Vec<&'a Promotion>,
    pub packs: Vec<&'a AddOn>,
}

/// Filters the catalog to what `customer` may order; `notes` gets why a
/// bundle or promotion is out, first what is out of its window or for
/// another audience (what a rep most needs to tell the customer).
pub fn eligible<'a>(
    catalog: &'a Catalog,
    customer: &Customer,
    options: &Options,
    notes: &mut Vec<Text>,
) -> Eligible<'a> {
    let start = notes.len();
    let mut offers: Vec<Text> = Vec::new();
    // An offer out of its window or for another audience, with the reason.
    let closed = |rule: &Eligibility| {
        options
            .date
            .and_then(|d| sale_problem(rule, d))
            .or_else(|| audience_problem(rule, customer))
    };
    let mut bundles = Vec::new();
    for b in &catalog.bundles {
        if let Some(why) = closed(&b.eligibility) {
            offers.push(named(&b.name, &why));
        } else if let Some(why) = eligibility_problem(&b.eligibility, customer) {
            notes.push(named(&b.name, &why));
        } else if let Some(why) = alternative_wording::missing_lines(b, customer) {
            notes.push(why);
        } else {
            bundles.push(b);
        }
    }
    // Other items closed by segment, lines or tenure are left out quietly.
    let open = |name: &Text, rule: &Eligibility, offers: &mut Vec<Text>| -> bool {
        if let Some(why) = closed(rule) {
            offers.push(named(name, &why));
            return false;
        }
        eligibility_problem(rule, customer).is_none()
    };
    let mut promotions = Vec::new();
    for p in &catalog.promotions {
        // Offers the customer is not eligible for are not "needs authority".
        if !open(&p.name, &p.eligibility, &mut offers) {
            continue;
        }
        if p.authority_level > options.authority() {
            notes.push(named(
                &p.name,
                &authority::needs_approval(p.authority_level),
            ));
        } else {
            promotions.push(p);
        }
    }
    let plans = catalog
        .plans
        .iter()
        .filter(|p| open(&p.name, &p.eligibility, &mut offers))
        .collect();
    let packs = catalog
        .addons
        .iter()
        .filter(|a| a.kind.is_pack() && open(&a.name, &a.eligibility, &mut offers))
        .collect();
    notes.splice(start..start, offers);
    Eligible {
        plans,
        bundles,
        promotions,
        packs,
    }
}

/// "名称：原因" / "Name: reason".
fn named(name: &Text, why: &Text) -> Text {
    Text::new(
        format!("{}：{}", name.zh, why.zh),
        format!("{}: {}", name.en, why.en),
    )
}

/// The cheapest changed proposal (exact). Used by `optimize` and the proofs.
pub fn cheapest(catalog: &Catalog, customer: &Customer, options: &Options) -> Option<Solution> {
    let mut notes = Vec::new();
    let e = eligible(catalog, customer, options, &mut notes);
    Search::new(catalog, customer, options, &e)
        .run(&|_| true)
        .any
}

/// A customer with usage scaled by `percent`.
fn scaled(customer: &Customer, percent: u32) -> Customer {
    let mut c = customer.clone();
    for line in &mut c.lines {
        line.usage = line.usage.scaled(percent);
    }
    c
}

/// The saving at the low and high ends of the usage band; `low` and `high`
/// are the customer with usage scaled down and up.
fn band(
    catalog: &Catalog,
    (low, high): (&Customer, &Customer),
    proposal: &Proposal,
    horizon: u32,
    percent: u32,
) -> Band {
    let saving = |c: &Customer| {
        price(catalog, c, proposal, Some(horizon)).map_or(Money::ZERO, |x| x.savings.horizon)
    };
    let low = saving(low);
    let high = saving(high);
    Band {
        percent,
        saving_low_usage: low,
        saving_high_usage: high,
        fragile: low.0 < 0 || high.0 < 0,
    }
}

/// The search's proven lower bounds: on every changed proposal starting now
/// (the full horizon's total), and how far the contract-end pick may be from
/// the least of those starting then.
struct Bounds {
    now: i64,
    later_gap: Option<(Proposal, i64)>,
}

impl Bounds {
    /// How much cheaper any changed proposal could at most be than `a`;
    /// `None` when `a` is proven the least.
    fn unproven_by(
        &self,
        a: &Alternative,
        priced: &dyn Fn(&Proposal) -> Option<Priced>,
    ) -> Option<Money> {
        let later = self
            .later_gap
            .as_ref()
            .and_then(|(p, gap)| priced(p).map(|x| x.total.0 - gap));
        let least = later.map_or(self.now, |l| l.min(self.now));
        let gap = a.priced.total.0 - least;
        (gap > 0).then_some(Money(gap))
    }
}

/// The customer's proposals: ranked, distinct alternatives and the baseline.
pub fn optimize(
    catalog: &Catalog,
    customer: &Customer,
    options: &Options,
) -> Result<Proposals, NoProposal> {
    let mut notes = Vec::new();
    let e = eligible(catalog, customer, options, &mut notes);
    let horizon = options.horizon.max(1);
    let search = Search::new(catalog, customer, options, &e);
    let found = search.run(&|_: &Plan| true);
    let Some(best) = found.any else {
        return Err(NoProposal {
            reasons: alternative_wording::why_none(catalog, customer, options, notes),
        });
    };
    // Candidates: the optimum, the optimum starting at the current contract's
    // end, the best without a bundle, the best with each bundle.
    let later = contract_end::at_contract_end_sharing(&search, options);
    let bounds = Bounds {
        now: best.bound,
        later_gap: later
            .as_ref()
            .map(|s| (s.proposal.clone(), s.cost - s.bound)),
    };
    let mut candidates: Vec<Proposal> = vec![best.proposal];
    for p in later.map(|s| s.proposal).into_iter().chain(
        std::iter::once(found.no_bundle)
            .chain(found.with_bundle)
            .flatten()
            .map(|s| s.proposal),
    ) {
        if !candidates.contains(&p) {
            candidates.push(p);
        }
    }
    let key_account = matches!(
        customer.segment,
        crate::customer::Segment::KeyAccount { .. }
    );
    // A key account's premium option moves every line onto the richest
    // plans, never keeping lines unchanged (`Search::moving_every_line`).
    let premium = if key_account {
        let premium_plans = ranking::premium_plans(&e.plans);
        search
            .moving_every_line()
            .run(&|p: &Plan| premium_plans.contains(&p.id))
            .no_bundle
            .map(|s| s.proposal)
            .filter(|p| !candidates.contains(p))
    } else {
        None
    };
    let keep = Proposal {
        include_handsets: options.include_handsets,
        start_month: 1,
        ..Proposal::keep_all(customer.lines.len())
    };
    let keep_priced: Priced =
        price(catalog, customer, &keep, Some(horizon)).map_err(|r| NoProposal {
            reasons: vec![r.message],
        })?;

    let priced = |p: &Proposal| price(catalog, customer, p, Some(horizon)).ok();
    let unbanded = band_of(options);
    let mut alternatives: Vec<Alternative> = candidates
        .into_iter()
        .filter_map(|p| priced(&p).map(|x| (p, x)))
        .map(|(p, x)| ranking::alternative(catalog, customer, p, x, Vec::new(), unbanded.clone()))
        .collect();
    let cheapest = ranking::cheapest(&alternatives, options.objective);
    if let Some(i) = cheapest.filter(|_| options.objective == Objective::HorizonTotal) {
        alternatives[i].unproven_by = bounds.unproven_by(&alternatives[i], &priced);
    }
    if let Some(i) = cheapest.filter(|&i| ranking::saves(&alternatives[i], &keep_priced)) {
        alternatives[i].badges.push(Badge::Cheapest);
    }
    if let Some(i) = cheapest.and_then(|c| ranking::best_value(catalog, customer, &alternatives, c))
    {
        alternatives[i].badges.push(Badge::BestValue);
    }
    if let Some(p) = premium {
        if let Some(x) = priced(&p) {
            alternatives.push(ranking::alternative(
                catalog,
                customer,
                p,
                x,
                vec![Badge::Premium],
                unbanded.clone(),
            ));
        }
    }
    let percent = options.usage_band_percent;
    let low = scaled(customer, 100u32.saturating_sub(percent));
    let high = scaled(customer, 100 + percent);
    for a in &mut alternatives {
        a.band = band(catalog, (&low, &high), &a.proposal, horizon, percent);
    }
    ranking::rank(&mut alternatives, options.objective);
    let mut baseline = ranking::alternative(
        catalog,
        customer,
        keep,
        keep_priced,
        vec![Badge::Keep],
        unbanded,
    );
    baseline.band.fragile = false;
    for a in &mut alternatives {
        alternative_wording::describe(catalog, customer, a);
    }
    alternative_wording::describe(catalog, customer, &mut baseline);
    Ok(Proposals {
        alternatives,
        baseline,
        notes,
    })
}

/// Any valid proposal (one the rep picked, or one a link carried) priced,
/// banded and described like the optimizer's own alternatives, without badges.
pub fn describe_proposal(
    catalog: &Catalog,
    customer: &Customer,
    proposal: &Proposal,
    options: &Options,
) -> Result<Alternative, crate::pricing::Rejection> {
    let horizon = options.horizon.max(1);
    if let Some(day) = options.date {
        crate::pricing::check_on_sale(catalog, proposal, day)?;
    }
    let priced = price(catalog, customer, proposal, Some(horizon))?;
    let percent = options.usage_band_percent;
    let low = scaled(customer, 100u32.saturating_sub(percent));
    let high = scaled(customer, 100 + percent);
    let band = band(catalog, (&low, &high), proposal, horizon, percent);
    let mut a = ranking::alternative(
        catalog,
        customer,
        proposal.clone(),
        priced,
        Vec::new(),
        band,
    );
    alternative_wording::describe(catalog, customer, &mut a);
    Ok(a)
}

/// A band not yet computed (the usage what-if is priced once badges are set).
fn band_of(options: &Options) -> Band {
    Band {
        percent: options.usage_band_percent,
        saving_low_usage: Money::ZERO,
        saving_high_usage: Money::ZERO,
        fragile: false,
    }
}
