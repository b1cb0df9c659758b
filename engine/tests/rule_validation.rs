//! The promotion rules of the package tables are validated before use
//! (`catalog/validate/promotions.rs`, `rules`): each way a manager can state
//! a rule the engine could not price as stated is refused, at the field's
//! path, in Chinese and English. One broken field at a time on the default
//! tables, which pass.
use proposal_engine::catalog::{CreditBasis, FeeRoles, LinesCounted, PromotionKind};
use proposal_engine::{default_catalog, validate_catalog, Bps, Catalog};

type Break = fn(&mut Catalog);

fn promo<'a>(c: &'a mut Catalog, id: &str) -> &'a mut proposal_engine::catalog::Promotion {
    c.promotions
        .iter_mut()
        .find(|p| p.id.as_str() == id)
        .unwrap()
}

fn index(c: &Catalog, id: &str) -> usize {
    c.promotions
        .iter()
        .position(|p| p.id.as_str() == id)
        .unwrap()
}

const NONE: FeeRoles = FeeRoles {
    plan: false,
    bundle: false,
    members: false,
    addons: false,
};

/// (promotion, field, English message, how to break it).
const CASES: [(&str, &str, &str, Break); 8] = [
    (
        "promo.half-6",
        "fees",
        "must touch at least one fee: plan, bundle, members or addons",
        |c| promo(c, "promo.half-6").fees = NONE,
    ),
    (
        "promo.prepay-600",
        "fees.addons",
        "a credit gift does not reduce add-on fees: only free months, percentage and volume discounts touch addons",
        |c| promo(c, "promo.prepay-600").fees.addons = true,
    ),
    (
        "promo.prepay-600",
        "fees",
        "a credit lands on a plan line or a bundle's own bill: touch plan or bundle",
        |c| {
            promo(c, "promo.prepay-600").fees = FeeRoles {
                members: true,
                ..NONE
            }
        },
    ),
    (
        "promo.half-6",
        "credit_per",
        "only a credit gift counts once per account",
        |c| promo(c, "promo.half-6").credit_per = CreditBasis::Account,
    ),
    (
        "promo.prepay-600",
        "applies_to",
        "a credit counted once per account is for the whole account: leave it empty",
        |c| promo(c, "promo.prepay-600").credit_per = CreditBasis::Account,
    ),
    (
        "promo.tenure-5y",
        "fees",
        "a credit counted once per account touches plan and bundle bills",
        |c| promo(c, "promo.tenure-5y").fees.bundle = false,
    ),
    (
        "promo.half-6",
        "lines_counted",
        "only a volume discount counts lines",
        |c| promo(c, "promo.half-6").lines_counted = LinesCounted::Moved,
    ),
    (
        "promo.volume",
        "kind.tiers",
        "counting moved lines, a tier for more lines must not give less",
        |c| {
            if let PromotionKind::VolumeDiscount { tiers } = &mut promo(c, "promo.volume").kind {
                let last = tiers.len() - 1;
                tiers[last].discount = Bps(tiers[0].discount.0 - 1);
            }
        },
    ),
];

#[test]
fn a_rule_the_engine_cannot_price_as_stated_is_refused_in_both_languages() {
    assert!(validate_catalog(&default_catalog()).is_ok());
    for (id, field, en, break_it) in CASES {
        let mut c = default_catalog();
        break_it(&mut c);
        let path = format!("promotions[{}].{field}", index(&c, id));
        let problems = validate_catalog(&c).expect_err(&path);
        let p = problems
            .iter()
            .find(|p| p.path == path && p.message.en == en)
            .unwrap_or_else(|| panic!("{path}: {en:?} not in {problems:?}"));
        assert!(
            p.message
                .zh
                .chars()
                .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
            "{path}: {}",
            p.message.zh
        );
    }
}

/// A volume discount counting every line may give less for more lines (it
/// is priced as stated); only counting moved lines needs rising tiers, which
/// the exact search relies on.
#[test]
fn falling_tiers_are_refused_only_when_counting_moved_lines() {
    let mut c = default_catalog();
    let p = promo(&mut c, "promo.volume");
    p.lines_counted = LinesCounted::All;
    if let PromotionKind::VolumeDiscount { tiers } = &mut p.kind {
        let last = tiers.len() - 1;
        tiers[last].discount = Bps(tiers[0].discount.0 - 1);
    }
    assert!(validate_catalog(&c).is_ok());
}
