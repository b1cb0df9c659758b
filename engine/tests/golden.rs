//! The golden set (`engine/tests/golden/*.json`): customers priced BY HAND
//! from the default tables (`catalog/default.json`) and the README's
//! `## Pricing rules` alone, each with its arithmetic written out in the
//! case's `arithmetic`. Every figure is compared to the fen with what the
//! engine says: keeping everything, the recommended proposal (its bundle,
//! promotions, where each line goes, its horizon total, month 1's bill and
//! the saving), the cheapest changed proposal when it is not the
//! recommendation, and each named alternative priced by `price()`.
//! A case whose rule has not landed yet carries `"pending": "why"`; it is
//! skipped, and the run prints how many are pending.
#[path = "golden/case.rs"]
mod golden_case;

use golden_case::{cases, describe, Case, Expected, Spec};
use proposal_engine::{default_catalog, optimize, price, Badge};

/// Checks one case; returns every figure that differs (empty: agreed).
fn check(name: &str, case: &Case) -> Vec<String> {
    let catalog = default_catalog();
    let mut wrong = Vec::new();
    let mut eq = |what: &str, want: String, got: String| {
        if want != got {
            wrong.push(format!("{name}: {what}: by hand {want}, engine {got}"));
        }
    };
    let found = match optimize(&catalog, &case.customer, &case.options) {
        Ok(f) => f,
        Err(e) => return vec![format!("{name}: no proposal: {:?}", e.reasons)],
    };
    let Expected {
        keep_total,
        recommended,
        cheapest,
        named,
    } = &case.expected;
    eq(
        "keep total",
        keep_total.to_string(),
        found.baseline.priced.total.0.to_string(),
    );
    let (rec, is_keep) = found.recommended();
    match recommended {
        None => eq(
            "recommended",
            "keep".into(),
            describe(&rec.proposal, is_keep),
        ),
        Some(spec) => {
            eq(
                "recommended",
                "a switch".into(),
                if is_keep { "keep" } else { "a switch" }.into(),
            );
            spec.compare("recommended", &rec.proposal, &rec.priced, &mut eq);
        }
    }
    if let Some(spec) = cheapest {
        // The cheapest changed proposal (the badge "cheapest" goes only to
        // one that costs less than keeping, so it is looked up by total).
        match found
            .alternatives
            .iter()
            .filter(|a| !a.badges.contains(&Badge::Premium))
            .min_by_key(|a| a.priced.total)
        {
            Some(a) => spec.compare("cheapest", &a.proposal, &a.priced, &mut eq),
            None => eq("cheapest", "an alternative".into(), "none".into()),
        }
    }
    for n in named {
        match price(
            &catalog,
            &case.customer,
            &n.proposal,
            Some(case.options.horizon),
        ) {
            Ok(p) => Spec::compare_totals(&format!("named {:?}", n.name), n, &p, &mut eq),
            Err(r) => eq(
                &format!("named {:?}", n.name),
                "priced".into(),
                format!("{:?}", r.message),
            ),
        }
    }
    wrong
}

#[test]
fn every_golden_case_agrees_with_its_hand_arithmetic() {
    let all = cases();
    let mut wrong = Vec::new();
    let mut pending = Vec::new();
    for (name, case) in &all {
        assert!(
            !case.arithmetic.is_empty(),
            "{name}: a golden case writes its arithmetic out"
        );
        if let Some(why) = &case.pending {
            pending.push(format!("{name} ({why})"));
            continue;
        }
        wrong.extend(
            check(name, case)
                .into_iter()
                .map(|w| format!("{w}  [{}]", case.about)),
        );
    }
    if !pending.is_empty() {
        println!(
            "golden set: {} of {} cases PENDING (their rule has not landed): {}",
            pending.len(),
            all.len(),
            pending.join("; ")
        );
    }
    assert!(
        wrong.is_empty(),
        "golden set disagrees:\n{}",
        wrong.join("\n")
    );
    assert!(
        all.len() >= 15,
        "the golden set has {} cases, needs 15",
        all.len()
    );
}

/// The harness can fail: every expected figure of every checked case, one
/// fen off, is caught.
#[test]
fn one_fen_off_is_caught() {
    for (name, case) in cases().into_iter().filter(|(_, c)| c.pending.is_none()) {
        if !check(&name, &case).is_empty() {
            continue; // reported by the test above
        }
        let mut off: Vec<Case> = Vec::new();
        let mut bump = |f: &dyn Fn(&mut Case)| {
            let mut c = case.clone();
            f(&mut c);
            off.push(c);
        };
        bump(&|c| c.expected.keep_total += 1);
        for which in [false, true] {
            if spec_of(&mut case.clone(), which).is_some() {
                bump(&|c| spec_of(c, which).unwrap().total += 1);
                bump(&|c| spec_of(c, which).unwrap().first_month -= 1);
                bump(&|c| spec_of(c, which).unwrap().saving += 1);
            }
        }
        for i in 0..case.expected.named.len() {
            bump(&|c| c.expected.named[i].total -= 1);
            bump(&|c| c.expected.named[i].first_month += 1);
            bump(&|c| c.expected.named[i].saving -= 1);
        }
        for (k, c) in off.iter().enumerate() {
            assert!(
                !check(&name, c).is_empty(),
                "{name}: figure {k} one fen off passes"
            );
        }
    }
}

/// The recommended (`false`) or the cheapest (`true`) expected proposal.
fn spec_of(c: &mut Case, cheapest: bool) -> Option<&mut Spec> {
    if cheapest {
        c.expected.cheapest.as_mut()
    } else {
        c.expected.recommended.as_mut()
    }
}
