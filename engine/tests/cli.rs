//! The `propose` command line, run as a program on the files in
//! `tests/data/`: a campaign with bad rows still proposes for every good
//! customer, names each bad row's file line and field, and exits 2; its
//! numbers are the engine's; one customer on stdin; bad arguments and bad
//! package tables are explained.
use std::io::Write;
use std::process::{Command, Stdio};

use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{CurrentContract, Line, Segment, Usage};
use proposal_engine::{optimize, Bps, Catalog, Customer, Money, Options};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_propose");
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
const CATALOG: &str = "catalog/default.json";
const CSV_HEADER: &str =
    "id,name,recommended,monthly_now,effective_monthly,saving_over_horizon,break_even_month,fragile";

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("propose runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn catalog() -> Catalog {
    Catalog::load(&std::fs::read_to_string(format!("{ROOT}/{CATALOG}")).unwrap())
        .expect("the default tables validate")
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect()
}

#[test]
fn a_campaign_with_a_bad_row_reports_it_and_proposes_for_the_rest() {
    let (code, out, err) = run(
        &[
            "--catalog",
            CATALOG,
            "--customers",
            "engine/tests/data/campaign.csv",
            "--format",
            "csv",
        ],
        "",
    );
    assert_eq!(code, 2, "a bad row makes the exit code 2");
    assert!(
        err.contains("engine/tests/data/campaign.csv line 8, field current_monthly_fee: not an amount: \"12x\""),
        "{err}"
    );
    assert!(err.contains("line 8 (customer 3): left out"), "{err}");
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows[0], CSV_HEADER);
    let ids: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, ["1", "2", "4"], "every good customer, not the bad one");
    assert!(rows[1].starts_with("1,张记餐馆,"), "{}", rows[1]);
    assert!(
        rows[1].contains(",276.00,"),
        "the shop's bill today is 80 + 98 + 98: {}",
        rows[1]
    );
    // 王五 is 3 months into a contract with a ¥50 exit fee: nothing beats keeping.
    assert_eq!(rows[3], "4,王五,保留原套餐,59.00,59.00,0.00,,false");
}

/// Customer 2 of `campaign.csv`, built by hand: the CSV reading must give
/// exactly this customer (yuan to fen, GB to MB, percent to basis points).
fn family() -> Customer {
    let mobile = |fee: i64, dom: u32, gb: u32, sms: u32, own: u32| Line {
        kind: LineKind::Mobile,
        label: String::new(),
        current_monthly_fee: Money(fee),
        usage: Usage {
            domestic_min: dom,
            data_mb: gb * 1024,
            sms,
            own_calls: Bps(own),
            ..Usage::default()
        },
        features: vec![],
        wants_handset: None,
    };
    let broadband = Line {
        kind: LineKind::Broadband,
        label: String::new(),
        current_monthly_fee: Money(10_000),
        usage: Usage {
            min_speed_mbps: 300,
            ..Usage::default()
        },
        features: vec![],
        wants_handset: None,
    };
    Customer {
        name: "李家".into(),
        segment: Segment::Family,
        tenure_months: 60,
        lines: vec![
            mobile(12_800, 800, 30, 50, 3_000),
            mobile(8_800, 400, 20, 30, 4_000),
            broadband,
        ],
        account_features: vec![],
        current_account_fee: Money::ZERO,
        contract: CurrentContract::default(),
    }
}

#[test]
fn json_output_carries_the_engines_numbers() {
    let (code, out, _) = run(
        &[
            "--catalog",
            CATALOG,
            "--customers",
            "engine/tests/data/campaign.csv",
            "--horizon",
            "36",
        ],
        "",
    );
    assert_eq!(code, 2);
    let list: Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(ids(&list), ["1", "2", "4"]);
    for c in list.as_array().unwrap() {
        let total = c["total"].as_i64().unwrap();
        let current = c["current_total"].as_i64().unwrap();
        assert_eq!(c["savings"]["horizon"].as_i64().unwrap(), current - total);
        let baseline = c["baseline"]["priced"]["total"].as_i64().unwrap();
        let cheapest = c["alternatives"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["priced"]["total"].as_i64().unwrap())
            .min()
            .unwrap();
        match c["recommendation"].as_str().unwrap() {
            "keep" => {
                assert!(cheapest >= baseline, "{}", c["id"]);
                assert_eq!(total, baseline);
            }
            "alternative" => assert!(total < baseline, "{}", c["id"]),
            other => panic!("{other}"),
        }
    }
    let expected = optimize(
        &catalog(),
        &family(),
        &Options {
            horizon: 36,
            ..Options::default()
        },
    )
    .expect("a proposal for the family");
    let family = &list[1];
    assert_eq!(family["name"], "李家");
    assert_eq!(
        family["alternatives"][0]["priced"]["total"]
            .as_i64()
            .unwrap(),
        expected.alternatives[0].priced.total.0
    );
    assert_eq!(
        family["alternatives"].as_array().unwrap().len(),
        expected.alternatives.len()
    );
    assert_eq!(
        family["baseline"]["priced"]["current_monthly"]
            .as_i64()
            .unwrap(),
        31_600
    );
}

#[test]
fn a_json_list_names_the_bad_customer_by_line_and_field() {
    let (code, out, err) = run(
        &[
            "--catalog",
            CATALOG,
            "--customers",
            "engine/tests/data/campaign.json",
        ],
        "",
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("campaign.json line 12, field lines[1].kind: unknown variant `tablet`"),
        "{err}"
    );
    // A validation problem, located in the file by its path.
    assert!(
        err.contains(
            "campaign.json line 17, field lines[0].usage.data_mb: at most 10,000 GB a month"
        ),
        "{err}"
    );
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(ids(&list), ["A-1", "A-4"]);
}

#[test]
fn a_validation_problem_in_a_csv_names_the_column() {
    let csv = std::fs::read_to_string(format!("{ROOT}/engine/tests/data/campaign.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    let list = format!(
        "{header}\n9,赵六,individual,,24,mobile,59,300,0,20000,20,0,0,0,0\n10,钱七,individual,,24,mobile,59,300,0,12,20,0,0,200,0\n"
    );
    let (code, out, err) = run(
        &["--catalog", CATALOG, "--customers", "-", "--format", "csv"],
        &list,
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("stdin line 2, field data_gb: at most 10,000 GB a month"),
        "{err}"
    );
    assert!(
        err.contains("stdin line 3, field months_left: at most 120 months"),
        "{err}"
    );
    assert_eq!(out.trim(), CSV_HEADER);
}

#[test]
fn text_that_is_not_utf8_is_reported_and_the_row_still_read() {
    let (code, out, err) = run(
        &[
            "--catalog",
            CATALOG,
            "--customers",
            "engine/tests/data/campaign-gbk.csv",
            "--format",
            "csv",
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("campaign-gbk.csv line 2: not UTF-8"), "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
}

#[test]
fn one_customer_from_stdin() {
    let customer = r#"{"segment":{"type":"individual"},"tenure_months":24,"lines":[{"kind":"mobile","current_monthly_fee":15800,"usage":{"domestic_min":1200,"data_mb":40960}}]}"#;
    let (code, out, err) = run(&["--catalog", CATALOG, "--horizon", "12"], customer);
    assert_eq!(code, 0, "{err}");
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let c = &list[0];
    assert_eq!(c["recommendation"], "alternative");
    assert_eq!(c["alternatives"][0]["priced"]["horizon"], 12);
    assert!(c["badges"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b == "cheapest" || b == "robust"));
    assert!(c["savings"]["horizon"].as_i64().unwrap() > 0);
}

#[test]
fn a_customer_nothing_fits_is_reported_with_the_reason() {
    let customer = r#"{"segment":{"type":"individual"},"lines":[{"kind":"broadband","current_monthly_fee":10000,"usage":{"min_speed_mbps":9000}}]}"#;
    let (code, out, err) = run(&["--catalog", CATALOG, "--format", "csv"], customer);
    assert_eq!(code, 0, "no proposal is an answer, not bad input: {err}");
    assert!(err.contains("line 1 needs 9000 Mbps"), "{err}");
    assert_eq!(out.lines().nth(1), Some("1,,无可办理方案,100.00,,,,"));
}

#[test]
fn bad_input_is_explained() {
    let (code, _, err) = run(&["--catalog", CATALOG], "{not json");
    assert_eq!(code, 2);
    assert!(err.contains("stdin line 1"), "{err}");
    let (code, _, err) = run(&["--catalog", CATALOG, "--format", "xml"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--format: json or csv"), "{err}");
    let (code, _, err) = run(&["--catalog", CATALOG, "--horizon", "0"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--horizon: 1 to 120 months"), "{err}");
    let (code, _, err) = run(&[], "");
    assert_eq!(code, 2);
    assert!(err.contains("--catalog FILE is required"), "{err}");
    let (code, _, err) = run(&["--catalog", "engine/tests/data/bad-catalog.json"], "");
    assert_eq!(code, 2);
    assert!(
        err.contains("bad-catalog.json: plans[0].monthly_fee: must not be negative"),
        "{err}"
    );
}

#[test]
fn help_documents_the_csv_header() {
    let (code, out, _) = run(&["--help"], "");
    assert_eq!(code, 0);
    let csv = std::fs::read_to_string(format!("{ROOT}/engine/tests/data/campaign.csv")).unwrap();
    assert!(out.contains(csv.lines().next().unwrap()), "{out}");
}
