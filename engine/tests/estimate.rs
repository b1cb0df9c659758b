//! Usage left blank is estimated from the fee, never zero (#14): a family
//! that gave only its fees (¥128, ¥88, ¥58 mobiles, ¥100 broadband) is not
//! proposed the plans with the least in them, and its proposal says which
//! figures are estimated, in its rows and in its conditions.
use proposal_engine::customer::{estimate, UsageField};
use proposal_engine::{build_document, default_catalog, optimize, Customer, Date, Options};

/// The family as the counter parses it with every usage field left blank
/// (the broadband's speed at its preset, 300 Mbps), the segment and
/// tenure untouched as on a new intake: `estimated`, or zeros.
fn family(estimated: bool) -> Customer {
    let mut c: Customer = serde_json::from_str(
        r#"{"segment": {"type": "individual"}, "lines": [
            {"kind": "mobile", "current_monthly_fee": 12800},
            {"kind": "mobile", "current_monthly_fee": 8800},
            {"kind": "mobile", "current_monthly_fee": 5800},
            {"kind": "broadband", "current_monthly_fee": 10000, "usage": {"min_speed_mbps": 300}}]}"#,
    )
    .unwrap();
    if estimated {
        for l in &mut c.lines {
            let blank: Vec<UsageField> = UsageField::ALL
                .into_iter()
                .filter(|f| f.applies_to(l.kind) && *f != UsageField::MinSpeedMbps)
                .collect();
            l.estimate_blanks(&blank);
        }
    }
    c
}

#[test]
fn fees_alone_do_not_propose_the_emptiest_plans() {
    let cat = default_catalog();
    let opts = Options::default();
    let zero = optimize(&cat, &family(false), &opts).unwrap();
    // What a blank taken as zero gave (the bug): 5 GB and 100 minutes a phone.
    // What a blank taken as zero gave (the bug): the family bundle priced
    // with no usage beyond it (¥2,666.40 over 24 months), and beside it
    // 5 GB and 100 minutes a phone.
    let titles = |p: &proposal_engine::Proposals| -> Vec<String> {
        p.alternatives.iter().map(|a| a.title.zh.clone()).collect()
    };
    assert_eq!(zero.alternatives[0].priced.total.0, 266_640);
    assert!(
        titles(&zero).contains(&"19元基础套餐 ×3 + 300M宽带".to_string()),
        "{:?}",
        titles(&zero)
    );
    let c = family(true);
    let usage: Vec<(u32, u32)> = c
        .lines
        .iter()
        .map(|l| (l.usage.domestic_min, l.usage.data_mb / 1024))
        .collect();
    assert_eq!(usage, [(800, 30), (500, 20), (400, 10), (0, 0)]);
    let found = optimize(&cat, &c, &opts).unwrap();
    // The estimate's own price: the bundle with the estimated minutes and data.
    assert_eq!(found.alternatives[0].title.zh, "家庭融合129元");
    assert_eq!(found.alternatives[0].priced.total.0, 374_640);
    assert!(
        titles(&found).iter().all(|t| !t.contains("19元基础套餐")),
        "{:?}",
        titles(&found)
    );
    assert_eq!(estimate::estimated_lines(&c), vec![1, 2, 3]);
}

#[test]
fn the_proposal_says_which_usage_is_estimated() {
    let cat = default_catalog();
    let opts = Options::default();
    let c = family(true);
    let found = optimize(&cat, &c, &opts).unwrap();
    let doc = build_document(
        &cat,
        &c,
        &found.alternatives[0].proposal,
        &opts,
        Date::parse("2026-11-23").unwrap(),
    )
    .unwrap();
    let first = &doc.current[0];
    assert_eq!(
        first.usage.zh,
        "国内 800 分钟 · 长途 0 分钟 · 30.0 GB · 短信 0 条"
    );
    assert_eq!(
        first.estimate.as_ref().unwrap().zh,
        "用量按每月 ¥128.00 估算：约 800 分钟、30 GB，请与客户核对"
    );
    assert_eq!(
        first.estimate.as_ref().unwrap().en,
        "usage estimated from ¥128.00 a month: about 800 minutes, 30 GB; check with the customer"
    );
    assert!(
        doc.current[3].estimate.is_none(),
        "the broadband's speed is asked"
    );
    assert!(doc
        .current
        .iter()
        .all(|r| !r.usage.zh.contains("国内 0 分钟")));
    let cond = doc
        .conditions
        .iter()
        .find(|t| t.zh.contains("按月费估算"))
        .expect("a condition says so");
    assert!(
        cond.zh.starts_with("#1、#2、#3 的用量按月费估算"),
        "{}",
        cond.zh
    );
    assert!(
        cond.en.starts_with("The usage of #1, #2, #3 is estimated"),
        "{}",
        cond.en
    );
    // A customer whose usage is all typed has no such words.
    let typed = family(false);
    let d = build_document(
        &cat,
        &typed,
        &optimize(&cat, &typed, &opts).unwrap().alternatives[0].proposal,
        &opts,
        Date::parse("2026-11-23").unwrap(),
    )
    .unwrap();
    assert!(d.current.iter().all(|r| r.estimate.is_none()));
    assert!(d.conditions.iter().all(|t| !t.zh.contains("估算")));
}
