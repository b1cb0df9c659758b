//! The `propose` command line against hostile input: a customer named like a
//! spreadsheet formula or like HTML is written as inert text (the CSV cell
//! neutralised, the JSON string exact), numbers stay numbers; files over the
//! stated limits are refused before they are read; tables whose stated
//! fingerprint does not match their content are refused.
#[path = "support/propose.rs"]
mod propose;
use propose::{run, ROOT};

use proposal_engine::limits::{MAX_CLI_BYTES, MAX_CLI_ROWS, MAX_LINK_CHARS};
use proposal_engine::Catalog;
use serde_json::Value;

const HEADER: &str = "customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"点击\")";
const MARKUP: &str = "<img src=x onerror=alert(1)>";

/// A CSV cell written in RFC 4180 quotes.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn hostile_list() -> String {
    format!(
        "{HEADER}\nF-1,{},individual,,12,mobile,59,300,0,20,0,30,0,0,0\nH-1,{MARKUP},individual,,12,mobile,59,300,0,20,0,30,0,0,0\n",
        quoted(FORMULA)
    )
}

fn temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("propose-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_formula_name_is_neutralised_in_the_csv_and_numbers_stay_numbers() {
    let list = temp("formula.csv", &hostile_list());
    let args = ["--catalog", "catalog/default.json", "--customers", &list];
    let (code, out, err) = run(&[&args[..], &["--format", "csv"]].concat(), "");
    assert_eq!(code, 0, "{err}");
    let row = out
        .lines()
        .find(|l| l.starts_with("F-1,"))
        .expect("the row");
    let cell = quoted(&format!("'{FORMULA}"));
    assert!(row.starts_with(&format!("F-1,{cell},")), "{row}");
    // The money columns are bare numbers (a negative saving keeps its minus).
    // monthly_now, effective_monthly, saving_over_horizon: the 2nd to 4th
    // cells after the name (the last column, not_cheapest_because, is text).
    let after_name = &row[format!("F-1,{cell},").len()..];
    let cells: Vec<&str> = after_name.split(',').collect();
    for n in &cells[1..4] {
        assert!(n.parse::<f64>().is_ok(), "{n:?} in {row}");
    }
    // No cell of any row starts a formula.
    for line in out.lines() {
        for cell in line.split(',') {
            assert!(!cell.starts_with(['=', '+', '@']), "{line}");
        }
    }
}

#[test]
fn markup_names_are_written_as_exact_text_in_both_formats() {
    let list = temp("markup.csv", &hostile_list());
    let args = ["--catalog", "catalog/default.json", "--customers", &list];
    let (code, out, err) = run(&[&args[..], &["--format", "json"]].concat(), "");
    assert_eq!(code, 0, "{err}");
    let json: Value = serde_json::from_str(&out).expect("the output is JSON");
    let names: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, [FORMULA, MARKUP]);
    let (_, csv, _) = run(&[&args[..], &["--format", "csv"]].concat(), "");
    assert!(csv.contains(&format!("\nH-1,{MARKUP},")), "{csv}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    // A sparse file: its length is over the limit, no data is written.
    let path = temp("huge.csv", "");
    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.set_len(MAX_CLI_BYTES as u64 + 1).unwrap();
    let (code, out, err) = run(
        &["--catalog", "catalog/default.json", "--customers", &path],
        "",
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("文件过大") && err.contains("the limit is 64 MB"),
        "{err}"
    );
    assert_eq!(out, "[\n]\n", "nothing proposed");
    let (code, _, err) = run(&["--catalog", &path], "");
    assert_eq!(code, 2);
    assert!(err.contains("too large"), "{err}");
}

#[test]
fn a_list_over_the_row_limit_is_refused_before_it_is_parsed() {
    let row = "1,x,individual,,1,mobile,1,,,,,,,,\n";
    let text = format!("{HEADER}\n{}", row.repeat(MAX_CLI_ROWS + 1));
    let path = temp("rows.csv", &text);
    let (code, _, err) = run(
        &["--catalog", "catalog/default.json", "--customers", &path],
        "",
    );
    assert_eq!(code, 2);
    assert!(err.contains("行数过多"), "Chinese by default: {err}");
    let args = [
        "--catalog",
        "catalog/default.json",
        "--customers",
        &path,
        "--lang",
        "en",
    ];
    let (code, _, err) = run(&args, "");
    assert_eq!(code, 2);
    assert!(err.contains("too many rows"), "{err}");
    // One row fewer is read (and proposed for).
    let ok = format!("{HEADER}\n{}", row.repeat(3));
    let (code, _, err) = run(
        &[
            "--catalog",
            "catalog/default.json",
            "--customers",
            &temp("ok.csv", &ok),
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn tables_whose_stated_fingerprint_is_wrong_are_refused() {
    let c =
        Catalog::load(&std::fs::read_to_string(format!("{ROOT}/catalog/default.json")).unwrap())
            .unwrap();
    let published = c.to_published_json();
    let good = temp("published.json", &published);
    let customer = r#"{"segment":{"type":"individual"},"lines":[{"kind":"mobile","current_monthly_fee":5900}]}"#;
    let (code, _, err) = run(&["--catalog", &good], customer);
    assert_eq!(code, 0, "published tables load: {err}");
    let tampered = published.replacen("\"version\": 1", "\"version\": 7", 1);
    assert_ne!(tampered, published);
    let bad = temp("tampered.json", &tampered);
    let (code, out, err) = run(&["--catalog", &bad], customer);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("fingerprint") && err.contains("未采用"),
        "Chinese by default: {err}"
    );
    let (code, _, err) = run(&["--catalog", &bad, "--lang", "en"], customer);
    assert_eq!(code, 2);
    assert!(
        err.contains("fingerprint") && err.contains("refused"),
        "{err}"
    );
}

#[test]
fn a_link_over_the_stated_length_is_refused_as_damaged() {
    use proposal_engine::share::{decode, encode, LinkError, Shared};
    let catalog =
        Catalog::load(&std::fs::read_to_string(format!("{ROOT}/catalog/default.json")).unwrap())
            .unwrap();
    let customer = serde_json::from_str(
        r#"{"segment":{"type":"individual"},"lines":[{"kind":"mobile","current_monthly_fee":5900}]}"#,
    )
    .unwrap();
    // Letters deflate cannot shrink much (a linear congruential sequence).
    let noise = |len: usize| {
        let mut x: u64 = 12_345;
        (0..len)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                char::from(b'a' + ((x >> 33) % 26) as u8)
            })
            .collect::<String>()
    };
    // A real link whose rep name fills it to just under, then just over, the limit.
    let link = |name_len: usize| {
        let shared = Shared {
            customer: proposal_engine::Customer::clone(&customer),
            chosen: None,
            horizon: 24,
            rep_name: noise(name_len),
            rep_phone: String::new(),
            valid_until: String::new(),
            catalog: catalog.reference(),
            edited_json: String::new(),
            approval: None,
        };
        encode(&shared, &catalog)
    };
    let mut n = 4_000;
    while link(n).len() <= MAX_LINK_CHARS {
        n += 500;
    }
    let over = link(n);
    assert!(over.len() > MAX_LINK_CHARS);
    assert_eq!(decode(&over, &catalog).map(|_| ()), Err(LinkError::Damaged));
    let under = link(4_000);
    assert!(under.len() <= MAX_LINK_CHARS);
    assert!(
        decode(&under, &catalog).is_ok(),
        "a long link within the limit opens"
    );
}
