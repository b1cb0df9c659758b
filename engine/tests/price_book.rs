//! The host's published tables: a fetched `tables/current.json` is adopted
//! only when it is newer (or corrects the same version), refused with its
//! reason when damaged, foreign or invalid, and a link priced under an
//! earlier version reopens with its mark and, once expired, says so.
mod common;

use proposal_engine::catalog::default_catalog;
use proposal_engine::screen::price_book::{
    history_mark, is_earlier_version, is_the_version, judge_host_file, repriced_difference,
    tables_in_use, HostTables, StatedFingerprint, TablesSource, CURRENT_FILE,
};
use proposal_engine::{Catalog, Date, Lang, Money};

fn read(text: &str) -> Result<Catalog, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

fn stated(text: &str) -> Option<StatedFingerprint> {
    serde_json::from_str(text).ok()
}

fn judge(text: &str, in_use: &Catalog) -> HostTables {
    judge_host_file(CURRENT_FILE, text, in_use, read, stated)
}

fn version_2() -> Catalog {
    let mut c = default_catalog();
    c.version = 2;
    c.effective_from = "2026-12-01".into();
    c.plans[0].monthly_fee = Money(c.plans[0].monthly_fee.0 - 100);
    c
}

#[test]
fn a_newer_version_is_adopted_and_the_same_or_older_kept() {
    let v1 = default_catalog();
    let v2 = version_2();
    assert_eq!(
        judge(&v2.to_published_json(), &v1),
        HostTables::Adopt(Box::new(v2.clone()))
    );
    assert_eq!(judge(&v1.to_published_json(), &v1), HostTables::Keep);
    // A manager's device that published version 2 before deploying it.
    assert_eq!(judge(&v1.to_published_json(), &v2), HostTables::Keep);
    // Tables that state no fingerprint are judged on their content.
    assert_eq!(judge(&v2.to_json(), &v1), HostTables::Adopt(Box::new(v2)));
}

#[test]
fn a_corrected_file_of_the_same_version_is_adopted() {
    let v1 = default_catalog();
    let mut fixed = v1.clone();
    fixed.brand.hotline = "10001".into();
    assert_eq!(
        judge(&fixed.to_published_json(), &v1),
        HostTables::Adopt(Box::new(fixed))
    );
}

fn refusal(verdict: HostTables) -> (String, String) {
    match verdict {
        HostTables::Refused(t) => (t.get(Lang::ZhCn).to_string(), t.get(Lang::En).to_string()),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn damaged_foreign_and_invalid_files_are_refused_and_say_what_stays() {
    let v1 = default_catalog();
    let (zh, en) = refusal(judge("<!doctype html><p>404</p>", &v1));
    assert!(zh.contains("已损坏或不是资费表"), "{zh}");
    assert!(zh.contains("继续使用第 1 版"), "{zh}");
    assert!(en.contains("Version 1"), "{en}");
    let half = &version_2().to_published_json()[..400];
    assert!(refusal(judge(half, &v1)).0.contains("已损坏"));

    let mut foreign = version_2();
    foreign.id = "other-operator".into();
    let (zh, _) = refusal(judge(&foreign.to_published_json(), &v1));
    assert!(
        zh.contains("另一套资费表") && zh.contains("other-operator"),
        "{zh}"
    );

    let mut invalid = version_2();
    invalid.plans[0].monthly_fee = Money(-1);
    let (zh, en) = refusal(judge(&invalid.to_json(), &v1));
    assert!(zh.contains("未通过检查"), "{zh}");
    assert!(en.contains("fails the checks"), "{en}");
}

#[test]
fn a_file_changed_after_publishing_is_refused() {
    let v1 = default_catalog();
    let v2 = version_2();
    let fee = v2.plans[0].monthly_fee.0;
    let json = v2.to_published_json().replacen(
        &format!("\"monthly_fee\": {fee}"),
        &format!("\"monthly_fee\": {}", fee - 1),
        1,
    );
    let (zh, en) = refusal(judge(&json, &v1));
    assert!(zh.contains("指纹"), "{zh}");
    assert!(en.contains("changed or damaged"), "{en}");
}

#[test]
fn the_version_in_use_is_named_with_its_source() {
    let v2 = version_2();
    let t = tables_in_use(&v2, TablesSource::Host);
    assert_eq!(t.zh, "价格表第 2 版 · 2026-12-01 起执行 · 已从服务器更新");
    assert!(tables_in_use(&v2, TablesSource::BuiltIn)
        .en
        .contains("built in"));
}

#[test]
fn an_earlier_link_is_recognised_and_its_version_checked() {
    let v1 = default_catalog();
    let v2 = version_2();
    assert!(is_earlier_version(&v1.reference(), &v2));
    assert!(!is_earlier_version(&v2.reference(), &v2));
    assert!(is_the_version(&v1.reference(), &v1));
    // A file named version 1 whose content is not the link's tables.
    let mut altered = v1.clone();
    altered.brand.hotline = "1".into();
    assert!(!is_the_version(&v1.reference(), &altered));
}

#[test]
fn the_mark_names_both_versions_and_expiry_is_after_the_validity_date() {
    let v1 = default_catalog();
    let v2 = version_2();
    let day = |s| Date::parse(s).unwrap();
    let valid = history_mark(&v1, &v2, "2026-12-10", day("2026-12-10"));
    assert!(valid.mark.zh.contains("第 1 版"), "{}", valid.mark.zh);
    assert!(valid.mark.zh.contains("已由第 2 版（2026-12-01）取代"));
    assert!(valid
        .mark
        .en
        .contains("since replaced by version 2 of 2026-12-01"));
    assert_eq!(valid.expired, None, "the validity date itself still holds");
    let late = history_mark(&v1, &v2, "2026-12-10", day("2026-12-11"));
    let expired = late.expired.expect("expired");
    assert!(expired.zh.contains("已过期"), "{}", expired.zh);
    assert!(expired.en.contains("re-priced under the current version 2"));
}

#[test]
fn the_repriced_difference_says_more_or_less() {
    let less = repriced_difference(24, Money(150_000), Money(120_000));
    assert!(less.zh.contains("少 ¥300.00"), "{}", less.zh);
    let more = repriced_difference(24, Money(100_000), Money(120_000));
    assert!(more.en.contains("¥200.00 more"), "{}", more.en);
}

/// The deployed folder's `tables/` (copied beside the app by the build)
/// holds the default tables as published: `current.json` and the version's
/// own file, each stating its fingerprint. `UPDATE_TABLES=1` rewrites them
/// after a change to `catalog/default.json`.
#[test]
fn the_deployed_tables_are_the_default_as_published() {
    let default = proposal_engine::default_catalog();
    let json = default.to_published_json() + "\n";
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog/tables");
    for name in [
        "current.json".to_string(),
        format!("{}.json", default.version),
    ] {
        let path = dir.join(&name);
        if std::env::var_os("UPDATE_TABLES").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &json).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == json,
            "catalog/tables/{name} is not the default tables as published: run UPDATE_TABLES=1 cargo test -p proposal-engine --test price_book"
        );
    }
}

/// A link priced under version 1 reopens with version 1's saving, and
/// re-priced under version 2 (every plan ¥10 dearer) shows the difference.
#[test]
fn a_link_of_an_earlier_version_is_repriced_under_the_current_tables() {
    use proposal_engine::optimize::DEFAULT_HORIZON;
    use proposal_engine::screen::link::phone_view;
    use proposal_engine::screen::price_book::reprice;
    use proposal_engine::share::{decode_with, encode, Shared};
    let (v1, v2, customer, chosen) = dearer_version_2();
    let shared = Shared {
        customer,
        chosen: Some(chosen),
        horizon: DEFAULT_HORIZON,
        rep_name: String::new(),
        rep_phone: String::new(),
        valid_until: "2026-12-10".into(),
        catalog: v1.reference(),
        edited_json: String::new(),
        approval: None,
    };
    let code = encode(&shared, &v1);
    let patch = |_: &str| None;
    let then = decode_with(&code, &v1, patch).unwrap();
    let now = decode_with(&code, &v2, patch).unwrap();
    assert!(is_earlier_version(&now.shared.catalog, &v2));
    assert!(
        then.shared.chosen.is_some(),
        "version 1 gives the link its proposal"
    );
    let saving = |cat: &Catalog, o| {
        phone_view(cat, o, &then.shared.customer)
            .unwrap()
            .figures
            .horizon_saving
            .amount
    };
    let (before, after) = (saving(&v1, &then), saving(&v2, &now));
    assert!(after < before, "¥10 a month dearer: less saved");
    let words = reprice(&v1, &then, &v2, &now).unwrap();
    assert_eq!(words, repriced_difference(DEFAULT_HORIZON, before, after));
    assert!(words.zh.contains("少"), "{}", words.zh);
}

/// Version 1 and a version 2 ¥10 a month dearer on every plan and bundle,
/// a customer of two lines, and version 1's best proposal for them.
fn dearer_version_2() -> (
    Catalog,
    Catalog,
    proposal_engine::Customer,
    proposal_engine::Proposal,
) {
    use proposal_engine::optimize::Options;
    let v1 = default_catalog();
    let mut v2 = v1.clone();
    v2.version = 2;
    for p in &mut v2.plans {
        p.monthly_fee = Money(p.monthly_fee.0 + 1_000);
    }
    for b in &mut v2.bundles {
        b.monthly_fee = Money(b.monthly_fee.0 + 1_000);
    }
    let mut customer = common::customer(&mut common::Rng::new(7), 2);
    for l in &mut customer.lines {
        l.current_monthly_fee = Money(30_000);
    }
    let chosen = proposal_engine::optimize(&v1, &customer, &Options::default())
        .unwrap()
        .alternatives[0]
        .proposal
        .clone();
    (v1, v2, customer, chosen)
}

#[test]
fn a_saved_proposal_is_repriced_with_the_same_packages_and_the_difference() {
    use proposal_engine::optimize::{describe_proposal, Options, DEFAULT_HORIZON};
    use proposal_engine::screen::reprice::reprice_saved;
    let (v1, v2, customer, chosen) = dearer_version_2();
    let options = Options::default();
    let saving = |cat: &Catalog| {
        describe_proposal(cat, &customer, &chosen, &options)
            .unwrap()
            .priced
            .savings
            .horizon
    };
    let (before, after) = (saving(&v1), saving(&v2));
    assert!(after < before, "dearer: less saved");
    let repriced = reprice_saved(&v1, &v2, &customer, &chosen, &options).unwrap();
    assert_eq!(
        repriced.proposal, chosen,
        "the same packages are still offered"
    );
    let difference = repriced_difference(DEFAULT_HORIZON, before, after);
    assert!(
        repriced.words.zh.starts_with(&difference.zh),
        "{}",
        repriced.words.zh
    );
    assert!(repriced.words.zh.contains("同一套餐组合"));
    assert!(repriced.words.en.contains("the same packages"));
}

#[test]
fn a_saved_proposal_whose_plan_is_withdrawn_is_repriced_with_the_best_current_one() {
    use proposal_engine::optimize::Options;
    use proposal_engine::screen::reprice::reprice_saved;
    let (v1, mut v2, customer, chosen) = dearer_version_2();
    // Every item of the saved proposal leaves version 2's sale.
    let used = serde_json::to_string(&chosen).unwrap();
    let stop = Date::parse("2026-11-30");
    for p in v2
        .plans
        .iter_mut()
        .filter(|p| used.contains(&format!("\"{}\"", p.id)))
    {
        p.eligibility.on_sale_until = stop;
    }
    for b in v2
        .bundles
        .iter_mut()
        .filter(|b| used.contains(&format!("\"{}\"", b.id)))
    {
        b.eligibility.on_sale_until = stop;
    }
    let options = Options {
        date: Date::parse("2026-12-07"),
        ..Options::default()
    };
    let repriced = reprice_saved(&v1, &v2, &customer, &chosen, &options).unwrap();
    assert_ne!(repriced.proposal, chosen);
    assert!(
        repriced.words.zh.contains("原套餐组合已不再办理"),
        "{}",
        repriced.words.zh
    );
    // Version 1's own window is not judged on the day it is re-priced.
    let mut v1_ended = v1.clone();
    for p in &mut v1_ended.plans {
        p.eligibility.on_sale_until = stop;
    }
    assert!(reprice_saved(&v1_ended, &v2, &customer, &chosen, &options).is_some());
}
