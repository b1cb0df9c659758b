//! The `propose` command line: a campaign CSV with one bad row still
//! proposes for every good customer, names the bad row's line and field, and
//! exits 2; one customer on stdin; bad arguments are explained.
use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_propose");
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

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

#[test]
fn a_campaign_with_a_bad_row_reports_it_and_proposes_for_the_rest() {
    let (code, out, err) = run(
        &[
            "--catalog",
            "catalog/default.json",
            "--customers",
            "engine/tests/data/campaign.csv",
            "--format",
            "csv",
        ],
        "",
    );
    assert_eq!(code, 2, "a bad row makes the exit code 2");
    assert!(
        err.contains("line 8, field current_monthly_fee: not an amount: \"12x\""),
        "{err}"
    );
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows[0], "id,name,recommended,monthly_now,effective_monthly,saving_over_horizon,break_even_month,fragile");
    let ids: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r.split(',').next().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["1", "2", "4"],
        "every good customer, and not the bad one"
    );
    assert!(rows[1].starts_with("1,张记餐馆,"), "{}", rows[1]);
    assert!(
        rows[1].contains(",276.00,"),
        "the shop's bill today is 80 + 98 + 98: {}",
        rows[1]
    );
}

#[test]
fn json_output_carries_the_engines_numbers() {
    let (code, out, _) = run(
        &[
            "--catalog",
            "catalog/default.json",
            "--customers",
            "engine/tests/data/campaign.csv",
        ],
        "",
    );
    assert_eq!(code, 2);
    let list: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    let family = &list[1];
    assert_eq!(family["id"], "2");
    let priced = &family["recommended"]["priced"];
    assert_eq!(
        priced["savings"]["horizon"].as_i64().unwrap(),
        priced["current_total"].as_i64().unwrap() - priced["total"].as_i64().unwrap()
    );
}

#[test]
fn one_customer_from_stdin() {
    let customer = r#"{"segment":{"type":"individual"},"tenure_months":24,"lines":[{"kind":"mobile","current_monthly_fee":5900,"usage":{"domestic_min":300,"data_mb":12288}}]}"#;
    let (code, out, err) = run(
        &["--catalog", "catalog/default.json", "--horizon", "12"],
        customer,
    );
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(list[0]["recommended"]["priced"]["horizon"], 12);
}

#[test]
fn bad_input_is_explained() {
    let (code, _, err) = run(&["--catalog", "catalog/default.json"], "{not json");
    assert_eq!(code, 2);
    assert!(err.contains("stdin line 1"), "{err}");
    let (code, _, err) = run(&["--format", "xml"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--format: json or csv"), "{err}");
    let (code, _, err) = run(&[], "");
    assert_eq!(code, 2);
    assert!(err.contains("--catalog FILE is required"), "{err}");
}
