//! Issue 15, the whole customer: groups of identical lines (priced as that
//! many lines, one row with the count on the proposal), a handset on
//! contract or bought outright, services that must fit the line, the
//! rep's authority and a recorded approval, and the version-4 link that
//! carries all of it.
#[path = "support/propose.rs"]
mod propose;
use propose::{run, ROOT};

use proposal_engine::catalog::{default_catalog, ItemId, LineKind};
use proposal_engine::customer::{
    feature_problem, handset_problem, Cluster, CurrentContract, HandsetMode, Line, LineOrigin,
    Segment, Usage,
};
use proposal_engine::figures::{parse_line_count, FieldProblem};
use proposal_engine::optimize::authority::{above_authority, Approval};
use proposal_engine::pricing::OneOffKind;
use proposal_engine::share::{decode, encode, Shared};
use proposal_engine::{build_document, optimize, price, Customer, Date, Money, Options};

fn line(kind: LineKind, label: &str, fee: i64, min: u32, gb: u32) -> Line {
    Line {
        kind,
        label: label.into(),
        current_monthly_fee: Money(fee),
        usage: Usage {
            domestic_min: min,
            data_mb: gb * 1024,
            ..Usage::default()
        },
        features: Vec::new(),
        wants_handset: None,
        handset_mode: HandsetMode::Contract,
        origin: LineOrigin::ThisOperator,
        current_plan: String::new(),
        estimated: Vec::new(),
    }
}

/// The hotel restaurant of issue 15: 2 managers with heavy data, 6 cooks and
/// waiters as one group with push-to-talk, a front-desk landline, a switchboard.
fn hotel() -> Customer {
    let mut staff = line(LineKind::Mobile, "服务员", 5_000, 100, 2);
    staff.features = vec![ItemId::new("addon.ptt")];
    let mut lines = vec![line(LineKind::Mobile, "经理", 19_900, 800, 40); 2];
    lines.extend(std::iter::repeat_n(staff, 6));
    lines.push(line(LineKind::Landline, "前台", 6_000, 600, 0));
    Customer {
        name: "海景酒店餐厅".into(),
        segment: Segment::Business {
            cluster: Cluster::StreetShop,
            industry: "酒店".into(),
        },
        tenure_months: 3 * 12 + 4,
        lines,
        account_features: vec![ItemId::new("addon.switchboard")],
        current_account_fee: Money(5_000),
        contract: CurrentContract::default(),
    }
}

fn today() -> Date {
    Date::parse("2026-12-03").unwrap()
}

#[test]
fn a_group_is_priced_as_that_many_lines_and_printed_as_one_row() {
    let cat = default_catalog();
    let c = hotel();
    assert_eq!(c.groups(), vec![(0, 2), (2, 6), (8, 1)]);
    let found = optimize(&cat, &c, &Options::default()).unwrap();
    let best = &found.alternatives[0];
    assert_eq!(best.proposal.lines.len(), 9, "priced as nine lines");
    let doc = build_document(&cat, &c, &best.proposal, &Options::default(), today()).unwrap();
    assert_eq!(doc.current.len(), 3, "{:?}", doc.current);
    let waiters = &doc.current[1];
    assert_eq!((waiters.count, waiters.number), (6, 3));
    assert_eq!(waiters.label.zh, "6 × 服务员");
    assert_eq!(
        waiters.monthly_fee,
        Money(6 * 5_000),
        "the group's fee, all six"
    );
    // The package rows add up to the proposal's total, groups and all.
    let sum: i64 = doc.packages.iter().map(|r| r.horizon_total.0).sum();
    assert_eq!(
        sum,
        best.priced
            .lines
            .iter()
            .map(|u| u.horizon_total.0)
            .sum::<i64>()
    );
    let counted: u32 = doc
        .packages
        .iter()
        .filter(|r| r.reason.is_some())
        .map(|r| r.count)
        .sum();
    assert_eq!(counted, 9, "every line is in exactly one row");
    assert!(
        doc.packages
            .iter()
            .any(|r| r.count > 1 && r.unit.zh.contains("× ")),
        "a group with one package is one row: {:?}",
        doc.packages
            .iter()
            .map(|r| (&r.unit.zh, r.count))
            .collect::<Vec<_>>()
    );
    let ptt: Vec<_> = doc
        .packages
        .iter()
        .filter(|r| r.extras.iter().any(|e| e.zh == "天翼对讲"))
        .map(|r| r.count)
        .collect();
    assert_eq!(
        ptt.iter().sum::<u32>(),
        6,
        "push-to-talk on the six: {ptt:?}"
    );
}

#[test]
fn a_handset_outright_is_at_retail_with_no_handset_contract() {
    let cat = default_catalog();
    let mut owner = line(LineKind::Mobile, "老板", 12_900, 500, 20);
    owner.wants_handset = Some(ItemId::new("handset.nova"));
    let mut c = Customer {
        name: "街边小店".into(),
        segment: Segment::Business {
            cluster: Cluster::StreetShop,
            industry: "零售".into(),
        },
        tenure_months: 0,
        lines: vec![owner],
        account_features: Vec::new(),
        current_account_fee: Money::ZERO,
        contract: CurrentContract::default(),
    };
    let handset_of = |c: &Customer| {
        let found = optimize(&cat, c, &Options::default()).unwrap();
        let a = found.alternatives[0].clone();
        let h = a
            .priced
            .one_offs
            .iter()
            .find(|o| o.kind == OneOffKind::Handset)
            .cloned()
            .expect("the handset is priced");
        let doc = build_document(&cat, c, &a.proposal, &Options::default(), today()).unwrap();
        (h.amount, doc)
    };
    let (contract, doc) = handset_of(&c);
    assert_eq!(
        contract,
        Money(169_900),
        "on a plan of ¥129 or more: the contract price"
    );
    let term = doc
        .contracts
        .iter()
        .find(|t| t.name.zh.contains("nova"))
        .unwrap();
    assert_eq!((term.months, term.exit_fee), (24, Money(80_000)));
    c.lines[0].handset_mode = HandsetMode::Outright;
    let (outright, doc) = handset_of(&c);
    assert_eq!(outright, Money(269_900), "bought outright: retail");
    assert!(!doc.contracts.iter().any(|t| t.name.zh.contains("nova")));
    assert!(doc
        .packages
        .iter()
        .any(|r| r.extras.iter().any(|e| e.zh.contains("全款购机"))));
}

#[test]
fn a_service_or_handset_that_does_not_fit_the_line_is_said_at_its_field() {
    let cat = default_catalog();
    let landline = line(LineKind::Landline, "前台", 6_000, 600, 0);
    let t = feature_problem(&cat, &landline, &ItemId::new("addon.ptt")).unwrap();
    assert_eq!(t.zh, "天翼对讲不适用于固话");
    assert!(
        t.en.contains("Push-to-talk") || t.en.contains("push"),
        "{}",
        t.en
    );
    let mobile = line(LineKind::Mobile, "", 5_000, 0, 0);
    assert_eq!(
        feature_problem(&cat, &mobile, &ItemId::new("addon.ptt")),
        None
    );
    assert!(feature_problem(&cat, &mobile, &ItemId::new("addon.switchboard")).is_some());
    let mut desk = landline.clone();
    desk.wants_handset = Some(ItemId::new("handset.redmi"));
    assert!(handset_problem(&cat, &desk)
        .unwrap()
        .zh
        .contains("固话不能配手机"));
}

#[test]
fn a_count_is_1_to_the_line_limit_and_blank_is_1() {
    assert_eq!(parse_line_count(""), Ok(1));
    assert_eq!(parse_line_count("6"), Ok(6));
    assert_eq!(parse_line_count("5000"), Ok(5_000));
    assert_eq!(parse_line_count("0"), Err(FieldProblem::LineCount));
    assert_eq!(parse_line_count("5001"), Err(FieldProblem::LineCount));
    assert_eq!(parse_line_count("x"), Err(FieldProblem::LineCount));
    assert!(FieldProblem::LineCount.message().zh.contains("5000"));
}

/// A 12-line key account (not 10+ lines eligible for nothing else).
fn key_account(lines: usize) -> Customer {
    Customer {
        name: "远航物流".into(),
        segment: Segment::KeyAccount {
            industry: "物流".into(),
        },
        tenure_months: 0,
        lines: vec![line(LineKind::Mobile, "司机", 12_900, 600, 20); lines],
        account_features: Vec::new(),
        current_account_fee: Money::ZERO,
        contract: CurrentContract::default(),
    }
}

#[test]
fn offers_above_authority_say_what_they_save_and_who_must_approve() {
    let cat = default_catalog();
    let c = key_account(12);
    let rep = Options::default();
    let above = above_authority(&cat, &c, &rep);
    assert!(
        !above.is_empty(),
        "the 5G half-price offer needs a supervisor"
    );
    assert_eq!(above[0].level, 2);
    assert_eq!(above[0].needs.zh, "需主管审批");
    assert!(above[0].saving.0 > 0);
    assert!(
        above[0].words.zh.contains("5G套餐前6个月月费5折"),
        "{}",
        above[0].words.zh
    );
    // The saving is the engine's: the cheapest at level 2 against level 1.
    let at = |level: u8, approval: Option<Approval>| {
        let o = Options {
            authority_level: level,
            approval,
            ..Options::default()
        };
        let found = optimize(&cat, &c, &o).unwrap();
        let p = proposal_engine::optimize::cheapest(&cat, &c, &o)
            .unwrap()
            .proposal;
        (found, price(&cat, &c, &p, Some(24)).unwrap().total)
    };
    let (_, own) = at(1, None);
    let (approved, with) = at(1, Approval::new(2, "王主管"));
    assert_eq!(above[0].saving, Money(own.0 - with.0));
    assert!(approved.alternatives[0]
        .proposal
        .promotions
        .contains(&ItemId::new("promo.half-6")));
    // The document says who approved at which level, and that it is a record.
    let o = Options {
        approval: Approval::new(2, "王主管"),
        ..Options::default()
    };
    let doc = build_document(&cat, &c, &approved.alternatives[0].proposal, &o, today()).unwrap();
    let note = doc.approval.expect("the approval is printed");
    assert_eq!(note.words.zh, "主管 王主管 审批（2 级优惠权限）");
    assert!(note.record_only.zh.contains("不是安全控制"));
}

#[test]
fn an_offer_the_customer_is_not_eligible_for_is_not_needs_authority() {
    let cat = default_catalog();
    // A family cannot have the key-account discount: never "needs a manager".
    let mut family = key_account(2);
    family.segment = Segment::Family;
    let found = optimize(&cat, &family, &Options::default()).unwrap();
    assert!(
        !found
            .notes
            .iter()
            .any(|n| n.zh.contains("大客户整体业务85折")),
        "{:?}",
        found.notes
    );
    let above = above_authority(&cat, &family, &Options::default());
    assert!(above.iter().all(|a| a.level != 3), "{above:?}");
    // 12 key-account lines are eligible: it is listed as needing a manager.
    let c = key_account(12);
    let found = optimize(&cat, &c, &Options::default()).unwrap();
    assert!(found
        .notes
        .iter()
        .any(|n| n.zh == "大客户整体业务85折：需经理审批"));
}

#[test]
fn the_version_4_link_carries_groups_handsets_plans_and_the_approval() {
    let cat = default_catalog();
    let mut c = hotel();
    c.lines[0].wants_handset = Some(ItemId::new("handset.iphone"));
    c.lines[1].wants_handset = Some(ItemId::new("handset.iphone"));
    c.lines[0].handset_mode = HandsetMode::Outright;
    c.lines[1].handset_mode = HandsetMode::Outright;
    c.lines[8].current_plan = "商务固话旧版".into();
    c.lines[8].origin = LineOrigin::OtherOperator;
    let o = Options {
        approval: Approval::new(2, "李主管"),
        ..Options::default()
    };
    let chosen = optimize(&cat, &c, &o).unwrap().alternatives[0]
        .proposal
        .clone();
    let shared = Shared {
        customer: c.clone(),
        chosen: Some(chosen),
        horizon: 24,
        rep_name: "王丽".into(),
        rep_phone: "13800138000".into(),
        valid_until: "2026-12-17".into(),
        catalog: cat.reference(),
        edited_json: String::new(),
        approval: o.approval.clone(),
    };
    let code = encode(&shared, &cat);
    let opened = decode(&code, &cat).expect("opens");
    assert_eq!(opened.shared, shared);
    // Nine lines in three groups: shorter than nine lines written out.
    let mut apart = shared.clone();
    for (i, l) in apart.customer.lines.iter_mut().enumerate() {
        l.label = format!("{}{i}", l.label);
    }
    assert!(code.len() < encode(&apart, &cat).len());
}

#[test]
fn the_csv_reads_services_handsets_counts_and_account_extras() {
    let dir = std::env::temp_dir().join(format!("whole15-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("hotel.csv");
    let head = "customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee,services,account_services,handset,handset_mode,count,with_us,current_plan,current_account_fee";
    let rows = [
        "1,海景酒店餐厅,business,street_shop,40,mobile,199,800,0,40,0,0,0,0,0,,addon.switchboard,,,2,yes,,50",
        "1,海景酒店餐厅,business,street_shop,40,mobile,50,100,0,2,0,0,0,0,0,addon.ptt,addon.switchboard,,,6,yes,,50",
        "1,海景酒店餐厅,business,street_shop,40,landline,60,600,0,0,0,0,0,0,0,,addon.switchboard,,,1,no,商务固话旧版,50",
        "2,街边小店,business,street_shop,0,mobile,129,500,0,20,0,0,0,0,0,,,handset.nova,outright,,,,",
    ];
    std::fs::write(&csv, format!("{head}\n{}\n", rows.join("\n"))).unwrap();
    let path = csv.to_str().unwrap();
    let (code, out, err) = run(
        &[
            "--catalog",
            "catalog/default.json",
            "--customers",
            path,
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // The CLI's figures are the engine's for the same customer, typed by hand.
    let mut expected = hotel();
    for l in &mut expected.lines {
        l.label = String::new();
    }
    expected.lines[8].origin = LineOrigin::OtherOperator;
    expected.lines[8].current_plan = "商务固话旧版".into();
    let found = optimize(&default_catalog(), &expected, &Options::default()).unwrap();
    let (best, _) = found.recommended();
    assert_eq!(v[0]["total"], serde_json::json!(best.priced.total));
    assert_eq!(
        v[0]["current_monthly"],
        serde_json::json!(Money(2 * 19_900 + 6 * 5_000 + 6_000 + 5_000))
    );
    // A count of 0 and an unknown mode are refused at their columns.
    let bad = dir.join("bad.csv");
    let row =
        "3,坏,business,street_shop,0,mobile,50,0,0,0,0,0,0,0,0,,,handset.nova,lease,0,maybe,,";
    std::fs::write(&bad, format!("{head}\n{row}\n")).unwrap();
    let (code, _, err) = run(
        &[
            "--catalog",
            "catalog/default.json",
            "--customers",
            bad.to_str().unwrap(),
            "--lang",
            "en",
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("field count"), "{err}");
    assert!(err.contains("field handset_mode"), "{err}");
    assert!(err.contains("field with_us"), "{err}");
    let _ = ROOT;
}
