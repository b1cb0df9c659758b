//! The counter passes `above_authority_given` the cheapest of the
//! optimizer's alternatives instead of searching the rep's own best again:
//! the offers above the rep's authority must be the same as when
//! `above_authority` searches it, for random customers at every level.
mod common;

use common::{wide_customer, Rng};
use proposal_engine::optimize::authority::{above_authority, above_authority_given};
use proposal_engine::{default_catalog, optimize, Options};

#[test]
fn the_optimizers_cheapest_card_is_the_reps_own_best() {
    let cat = default_catalog();
    let mut offers = 0;
    for seed in 0..80 {
        let mut r = Rng::new(seed);
        let n = r.range(1, 12);
        let c = wide_customer(&mut r, &cat, n);
        for level in 1..=2 {
            let options = Options {
                authority_level: level,
                ..Options::default()
            };
            let Ok(found) = optimize(&cat, &c, &options) else {
                continue;
            };
            let own = found.alternatives.iter().map(|a| a.priced.total).min();
            let given = above_authority_given(&cat, &c, &options, own);
            assert_eq!(
                given,
                above_authority(&cat, &c, &options),
                "seed {seed} level {level}"
            );
            offers += given.len();
        }
    }
    assert!(
        offers > 0,
        "some drawn customers have an offer above the rep's level"
    );
}
