//! The `propose` command line, run as a program on the files in
//! `tests/data/`: a campaign with bad rows still proposes for every good
//! customer, names each bad row's file line and field, and exits 2; its
//! numbers are the engine's; one customer on stdin; bad arguments and bad
//! package tables are explained.
mod common;
#[path = "support/propose.rs"]
mod propose;
use propose::{run, ROOT};

use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{CurrentContract, Line, Segment, Usage};
use proposal_engine::{optimize, Bps, Catalog, Customer, Money, Options};
use serde_json::Value;

const CATALOG: &str = "catalog/default.json";
const CSV_HEADER: &str =
    "id,name,recommended,monthly_now,effective_monthly,saving_over_horizon,break_even_month,fragile,start_month,not_cheapest_because";

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
        err.contains(
            "engine/tests/data/campaign.csv 第 8 行，字段 current_monthly_fee：不是金额：\"12x\""
        ),
        "{err}"
    );
    assert!(err.contains("第 8 行（客户 3）：该客户未出方案"), "{err}");
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
    assert_eq!(rows[3], "4,王五,保留原套餐,59.00,59.00,0.00,,false,,");
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
        origin: Default::default(),
        handset_mode: Default::default(),
        current_plan: String::new(),
        estimated: Vec::new(),
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
        origin: Default::default(),
        handset_mode: Default::default(),
        current_plan: String::new(),
        estimated: Vec::new(),
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
            "--lang",
            "en",
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

/// A bad cell of a campaign CSV (an amount, a whole number, a word the
/// column does not take, a row of the wrong width) is said in Chinese by
/// default and in English with `--lang en`, at the same place.
#[test]
fn a_bad_csv_cell_is_said_in_chinese_by_default_and_in_english_with_lang_en() {
    let csv = std::fs::read_to_string(format!("{ROOT}/engine/tests/data/campaign.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    let list = format!(
        "{header}\n9,赵六,individual,,24,mobile,59x,300,0,2,20,0,0,0,0\n10,钱七,familie,,1.5,tablet,59,300,0,2,20,0,0,0,0\n11,孙八,individual,,24\n"
    );
    let base = ["--catalog", CATALOG, "--customers", "-", "--format", "csv"];
    let (code, _, zh) = run(&base, &list);
    assert_eq!(code, 2, "{zh}");
    for m in [
        "stdin 第 2 行，字段 current_monthly_fee：不是金额：\"59x\"（以元为单位，如 128.50）",
        "stdin 第 3 行，字段 segment：无法识别 \"familie\"（应为 individual、family、business 或 key_account）",
        "stdin 第 3 行，字段 tenure_months：不是整数：\"1.5\"",
        "stdin 第 3 行，字段 kind：无法识别 \"tablet\"（应为 mobile、landline 或 broadband）",
        "stdin 第 4 行：有 5 个字段，表头有 15 个",
        "stdin 第 2 行（客户 9）：该客户未出方案：其行有问题（见上）",
    ] {
        assert!(zh.contains(m), "{m}\n{zh}");
    }
    for english in [" line ", ", field ", "not an", "unknown", "left out"] {
        assert!(!zh.contains(english), "{english:?} by default: {zh}");
    }
    let (code, _, en) = run(&[&base[..], &["--lang", "en"]].concat(), &list);
    assert_eq!(code, 2, "{en}");
    for m in [
        "stdin line 2, field current_monthly_fee: not an amount: \"59x\" (yuan, e.g. 128.50)",
        "stdin line 3, field segment: unknown \"familie\" (individual, family, business or key_account)",
        "stdin line 3, field tenure_months: not a whole number: \"1.5\"",
        "stdin line 3, field kind: unknown \"tablet\" (mobile, landline or broadband)",
        "stdin line 4: has 5 fields, the header has 15",
        "stdin line 2 (customer 9): left out, its rows have problems (above)",
    ] {
        assert!(en.contains(m), "{m}\n{en}");
    }
    assert!(!en.contains("不是"), "{en}");
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
    // Chinese by default, English with `--lang en`; the place is the same.
    assert!(
        err.contains("stdin 第 2 行，字段 data_gb：每月最多 10,000 GB（该客户未出方案）"),
        "{err}"
    );
    assert!(
        err.contains("stdin 第 3 行，字段 months_left：最多 120 个月"),
        "{err}"
    );
    assert!(err.contains("输入有问题（见上）"), "{err}");
    assert!(!err.contains("at most"), "no English by default: {err}");
    assert_eq!(out.trim(), CSV_HEADER);
    let args = [
        "--catalog",
        CATALOG,
        "--customers",
        "-",
        "--format",
        "csv",
        "--lang",
        "en",
    ];
    let (code, _, err) = run(&args, &list);
    assert_eq!(code, 2);
    assert!(
        err.contains("stdin line 2, field data_gb: at most 10,000 GB a month (customer left out)"),
        "{err}"
    );
    assert!(
        err.contains("stdin line 3, field months_left: at most 120 months"),
        "{err}"
    );
    assert!(err.contains("the input has problems (above)"), "{err}");
    assert!(!err.contains("每月最多"), "{err}");
}

/// `engine/tests/data/campaign-gbk.csv`, as Excel on a Chinese Windows saves
/// it ("CSV", the GBK code page, CRLF): this text encoded as GB18030, which
/// the test checks, so the fixture says how it was made. 李𬭚's last character
/// (U+2CB5A) takes GB18030's four bytes.
const GBK_LIST: &str = "customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee\r
5,周记,individual,,12,mobile,59,300,0,12,20,0,0,0,0\r
6,王氏五金店,business,street_shop,30,landline,45,600,0,0,0,20,0,0,0\r
6,王氏五金店,business,street_shop,30,mobile,88,500,0,8,10,20,0,0,0\r
7,李\u{2CB5A},individual,,60,mobile,128,900,50,30,0,0,0,0,0\r
";

#[test]
fn a_gbk_list_from_excel_reads_with_its_names_intact() {
    let path = "engine/tests/data/campaign-gbk.csv";
    let bytes = std::fs::read(format!("{ROOT}/{path}")).unwrap();
    let (gbk, _, _) = encoding_rs::GB18030.encode(GBK_LIST);
    assert_eq!(bytes, gbk.as_ref(), "the fixture is GBK_LIST in GB18030");
    assert!(std::str::from_utf8(&bytes).is_err(), "and not UTF-8");
    let (code, out, err) = run(
        &["--catalog", CATALOG, "--customers", path, "--format", "csv"],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "", "nothing to report");
    let names: Vec<&str> = out
        .lines()
        .skip(1)
        .map(|r| r.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(names, ["周记", "王氏五金店", "李\u{2CB5A}"], "{out}");
    // The same list as UTF-8 with a byte-order mark ("CSV UTF-8") reads the same.
    let (code, utf8, err) = run(
        &["--catalog", CATALOG, "--customers", "-", "--format", "csv"],
        &format!("\u{feff}{GBK_LIST}"),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(utf8, out);
}

#[test]
fn bytes_that_are_neither_utf8_nor_gbk_are_reported_and_the_rows_still_read() {
    // 0xFF is a byte neither encoding has.
    let list = [
        &GBK_LIST.as_bytes()[..GBK_LIST.find("5,").unwrap()],
        b"5,\xff,individual,,12,mobile,59,300,0,12,20,0,0,0,0\n",
    ]
    .concat();
    let file = std::env::temp_dir().join(format!("propose-neither-{}.csv", std::process::id()));
    std::fs::write(&file, list).unwrap();
    let file = file.to_str().unwrap();
    let (code, out, err) = run(
        &[
            "--catalog",
            CATALOG,
            "--customers",
            file,
            "--format",
            "csv",
            "--lang",
            "en",
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{file} line 2: neither UTF-8 nor GBK")),
        "{err}"
    );
    assert_eq!(out.lines().count(), 2, "{out}");
    let (_, _, zh) = run(
        &["--catalog", CATALOG, "--customers", file, "--format", "csv"],
        "",
    );
    assert!(zh.contains("既不是 UTF-8 也不是 GBK"), "{zh}");
}

#[test]
fn an_unclosed_quote_names_the_lines_it_swallowed_and_their_customers() {
    // Line 3 opens a quote that nothing closes: lines 3 to 6 are one field.
    // Customer 1 has a row before it and one swallowed: it is left out too.
    let header = GBK_LIST.lines().next().unwrap().trim_end();
    let list = format!(
        "{header}\n1,张记,individual,,12,mobile,59,300,0,12,20,0,0,0,0\n\
         2,\"王记,individual,,12,mobile,59,300,0,12,20,0,0,0,0\n\
         1,张记,individual,,12,mobile,59,300,0,12,20,0,0,0,0\n\
         3,赵记,individual,,12,mobile,59,300,0,12,20,0,0,0,0\n\
         4,钱记,individual,,12,mobile,59,300,0,12,20,0,0,0,0\n"
    );
    let args = [
        "--catalog",
        CATALOG,
        "--customers",
        "-",
        "--format",
        "csv",
        "--lang",
        "en",
    ];
    let (code, out, err) = run(&args, &list);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("stdin line 3: the quote opened on line 3 is never closed (missing \"): lines 3 to 6 were read as one field; the customers on them are left out: 2, 1, 3, 4"),
        "{err}"
    );
    assert!(err.contains("(customer 1): left out"), "{err}");
    assert_eq!(
        out.trim(),
        CSV_HEADER,
        "no customer proposed for on part of its rows"
    );
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
    assert!(
        err.contains("无可办理方案：第 1 个号码需 9000 Mbps"),
        "Chinese by default: {err}"
    );
    let (_, _, en) = run(
        &["--catalog", CATALOG, "--format", "csv", "--lang", "en"],
        customer,
    );
    assert!(en.contains("no proposal: line 1 needs 9000 Mbps"), "{en}");
    assert_eq!(out.lines().nth(1), Some("1,,无可办理方案,100.00,,,,,,"));
}

#[test]
fn bad_input_is_explained() {
    let (code, _, err) = run(&["--catalog", CATALOG, "--lang", "en"], "{not json");
    assert_eq!(code, 2);
    assert!(err.contains("stdin line 1, column 2: "), "{err}");
    let (code, _, err) = run(&["--catalog", CATALOG], "{not json");
    assert_eq!(code, 2);
    assert!(err.contains("stdin 第 1 行第 2 列："), "{err}");
    // Without --customers stdin is one customer as JSON: a CSV there is a JSON error.
    let csv = "customer_id,kind\n1,mobile\n";
    let (code, out, err) = run(&["--catalog", CATALOG, "--lang", "en"], csv);
    assert_eq!(code, 2);
    assert!(
        err.contains("stdin line 1, column 1: ")
            && err.contains("(without --customers, stdin holds one customer as JSON)"),
        "{err}"
    );
    assert_eq!(out.trim(), "[\n]".trim(), "{out}");
    let (code, _, err) = run(&["--catalog", CATALOG, "--format", "xml"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--format: json or csv"), "{err}");
    let (code, _, err) = run(&["--catalog", CATALOG, "--horizon", "0"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--horizon: 1 to 120 months"), "{err}");
    let (code, _, err) = run(&[], "");
    assert_eq!(code, 2);
    assert!(err.contains("--catalog FILE is required"), "{err}");
    let bad = "engine/tests/data/bad-catalog.json";
    let (code, _, err) = run(&["--catalog", bad], "");
    assert_eq!(code, 2);
    assert!(
        err.contains("bad-catalog.json: plans[0].monthly_fee: 不能为负数"),
        "{err}"
    );
    let (code, _, err) = run(&["--catalog", bad, "--lang", "en"], "");
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
    // The limits the code enforces, as the code has them.
    let rows = proposal_engine::limits::MAX_CLI_ROWS;
    let rows = format!("{},{:03}", rows / 1000, rows % 1000);
    assert!(
        out.contains(&format!("over {rows} lines of customers")),
        "{out}"
    );
    let mib = proposal_engine::limits::MAX_CLI_BYTES / (1024 * 1024);
    assert!(out.contains(&format!("over {mib} MiB")), "{out}");
    let csv = std::fs::read_to_string(format!("{ROOT}/engine/tests/data/campaign.csv")).unwrap();
    assert!(out.contains(csv.lines().next().unwrap()), "{out}");
}

/// The app's three quick starts as the e2e tests type them
/// (`engine/tests/data/presets.json`), with figures computed by hand from
/// the default tables (`catalog/default.json`), 24 months, in fen. Each
/// line's usage: inside a bundle with free calls among members, its share
/// of calls to the customer's own lines times (its instance's other voice
/// lines ÷ the customer's other voice lines) is free (`free_calls_scope:
/// same_instance`), on domestic and long-distance minutes (the default
/// tables' `free_calls_long_distance: true`); long distance without its own
/// rate is billed as domestic minutes.
///
/// Family (3 mobiles + broadband, typed fees 139 + 99 + 59 + 120 = ¥417.00
/// a month, 36 months' tenure): 家庭融合 bundle.family, ¥129 a month, the
/// first mobile the main card (¥0, `free_members` 1: 主卡外每部副卡10元) and
/// the two others ¥10 members (500 min, 30 GB), broadband ¥0 (500 Mbps ≥ 300),
/// with promo.family-20 (20% off the bundle's own fee only, `fees`, months
/// 1-12) and promo.prepay-600 (¥50 credit a month on the bundle, months
/// 1-12, capped at 50% of the account's whole bill, `policy.credit_cap_on`).
///   mobile 1: 800 min × 70% not own = 560 − 500 = 60 min × ¥0.15 = 900
///   mobiles 2, 3: 400 × 60% = 240, 150 × 50% = 75: within 500: 0
///   months 1-12: members 0 + 2 × 1,000 = 2,000 (the main card's seat is
///     free; not discounted), + 900 usage; bundle 12,900 × 80% = 10,320;
///     whole bill 13,220, credit min(5,000, 50% × 13,220 = 6,610) = 5,000
///     → 8,220 a month
///   months 13-24: 2 × 1,000 + 900 + 12,900 = 15,800
///   12 × 8,220 + 12 × 15,800 = 98,640 + 189,600 = 288,240; no installation
///   (fee.bb-install and fee.sim are for lines from another operator or
///   new, `origins`, and every line is with this operator); today 41,700 ×
///   24 = 1,000,800; saving 1,000,800 − 288,240 = 712,560.
///
/// Street shop (1 landline at ¥80 with 900 min and 800 long distance, 4
/// mobiles at ¥98 with 700 min, 35% own calls, 5 GB, long distance 500 on
/// the first and 300 on the others; ¥472.00 a month): 商航 bundle.shanghang,
/// ¥68, landline member ¥0 (1,000 min), mobile members ¥20 (300 min, 5 GB),
/// ¥0.10 a minute beyond; promo.new-biz-3free (the bundle's own fee waived
/// months 1-3, not the members' ¥20) and promo.volume (5 lines moved: 5%
/// off every fee). All 5 voice lines in the one instance: each mobile's 4
/// others of 4, its whole 35% free, long distance included.
///   landline (no own calls): 900 + 800 − 1,000 = 700 min × 10 = 7,000
///   mobile 1: 700 × 65% = 455 + 500 × 65% = 325: 780 − 300 = 480 × 10 = 4,800
///   mobiles 2-4: 455 + 300 × 65% = 195: 650 − 300 = 350 × 10 = 3,500 each
///   usage a month: 7,000 + 4,800 + 3 × 3,500 = 22,300
///   members 4 × 2,000 × 95% = 7,600 every month
///   months 1-3: 22,300 + 7,600 = 29,900; months 4-24: 29,900 + 6,800 ×
///     95% (6,460) = 36,360
///   3 × 29,900 + 21 × 36,360 = 89,700 + 763,560 = 853,260 (no
///   installation: the landline is with this operator); today 47,200 × 24
///   = 1,132,800; saving 1,132,800 − 853,260 = 279,540.
///
/// Office (4 landlines at ¥50 with 600 + 100 min, 35 mobiles at ¥98 with
/// 600 + 50 min, 25% own calls, 20 GB, broadband at ¥300 needing 500 Mbps;
/// ¥3,930.00 a month): 沃商务尊享 bundle.wo-premium (¥299; broadband and 6
/// mobiles as ¥0 members: 1,000 min, 40 GB each, 1,000 Mbps), the 4
/// landlines on plan.l-biz (¥38, 800 min ≥ 700) and 29 mobiles on
/// plan.m-129 (¥129, 1,000 min ≥ 650, 80 GB): no usage charges anywhere;
/// promo.volume (40 lines moved ≥ 30: 12% off every fee, months 1-24),
/// promo.new-biz-3free (the bundle's fee, months 1-3) and promo.prepay-600
/// (¥50 credit a month on each m-129 line and the bundle, months 1-12,
/// capped on the account's whole bill, so the bundle's credit is kept in
/// its free months).
///   l-biz: 3,800 × 88% = 3,344 × 24 = 80,256 each
///   m-129: 12,900 × 88% = 11,352; months 1-12 − 5,000 = 6,352;
///     12 × 6,352 + 12 × 11,352 = 212,448 each
///   bundle: months 1-3 0 − 5,000; 4-12: 29,900 × 88% = 26,312 − 5,000 =
///     21,312; 13-24: 26,312; −15,000 + 9 × 21,312 + 12 × 26,312 = 492,552
///   cap: month 1's whole bill 4 × 3,344 + 29 × 11,352 = 342,584, 50% =
///     171,292 ≥ 30 credits × 5,000 = 150,000 (never binds; months 4-12
///     larger still)
///   month 1: 4 × 3,344 + 29 × 6,352 − 5,000 = 192,584
///   4 × 80,256 + 29 × 212,448 + 492,552 = 321,024 + 6,160,992 + 492,552
///   = 6,974,568 (no installation or SIM: every line is with this
///   operator); today 393,000 × 24 = 9,432,000; saving 9,432,000 −
///   6,974,568 = 2,457,432.
#[test]
fn the_quick_start_customers_have_hand_computed_figures() {
    let (code, out, err) = run(
        &[
            "--catalog",
            CATALOG,
            "--customers",
            "engine/tests/data/presets.json",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let list: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(ids(&list), ["family", "shop", "office"]);
    // (bundle, today a month, month 1, total, today's total, saving)
    let expected = [
        ("bundle.family", 41_700, 8_220, 288_240, 1_000_800, 712_560),
        (
            "bundle.shanghang",
            47_200,
            29_900,
            853_260,
            1_132_800,
            279_540,
        ),
        (
            "bundle.wo-premium",
            393_000,
            192_584,
            6_974_568,
            9_432_000,
            2_457_432,
        ),
    ];
    for (c, (bundle, monthly, first, total, today, saving)) in
        list.as_array().unwrap().iter().zip(expected)
    {
        let best = &c["alternatives"][0];
        let id = &c["id"];
        assert_eq!(c["recommendation"], "alternative", "{id}");
        assert_eq!(best["proposal"]["bundle"], bundle, "{id}");
        assert_eq!(c["current_monthly"], monthly, "{id}");
        assert_eq!(best["priced"]["months"][0]["bill"], first, "{id}");
        assert_eq!(c["total"], total, "{id}");
        assert_eq!(c["current_total"], today, "{id}");
        assert_eq!(c["savings"]["horizon"], saving, "{id}");
        assert_eq!(
            c["baseline"]["priced"]["total"], today,
            "{id}: keeping is today's bill"
        );
    }
    let office = &list[2]["alternatives"][0]["proposal"]["lines"];
    let on = |plan: &str| {
        office
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["assignment"]["plan"] == plan)
            .count()
    };
    assert_eq!((on("plan.l-biz"), on("plan.m-129")), (4, 29));
    // And the engine, called directly, agrees with the program.
    let customers: Vec<Customer> = serde_json::from_str(
        &std::fs::read_to_string(format!("{ROOT}/engine/tests/data/presets.json")).unwrap(),
    )
    .unwrap();
    for (c, printed) in customers.iter().zip(list.as_array().unwrap()) {
        let found = optimize(&catalog(), c, &Options::default()).unwrap();
        assert_eq!(printed["total"], found.alternatives[0].priced.total.0);
    }
}

/// `--authority`: a key account of 12 mobiles (¥158, 900 min, 60 GB each)
/// gets the promotions of the rep's level and no higher. By hand, each line
/// on plan.m-129 (¥129), 24 months (see `tests/optimizer.rs` for the months):
/// level 1 volume 8% + prepay ¥50 × 12: 224,832 a line, 2,697,984;
/// level 2 adds half price for 6 months: 201,426 a line, 2,417,112;
/// level 3 takes the key-account 15% instead of the volume tier: 183,816 a
/// line, 2,205,792.
#[test]
fn authority_levels_2_and_3_unlock_their_promotions() {
    let line = r#"{"kind":"mobile","current_monthly_fee":15800,"usage":{"domestic_min":900,"data_mb":61440}}"#;
    let customer = format!(
        r#"{{"segment":{{"type":"key_account","industry":"制造"}},"tenure_months":24,"lines":[{}]}}"#,
        [line; 12].join(",")
    );
    let expected = [
        ("1", 2_697_984, vec!["promo.prepay-600", "promo.volume"]),
        (
            "2",
            2_417_112,
            vec!["promo.half-6", "promo.prepay-600", "promo.volume"],
        ),
        (
            "3",
            2_205_792,
            vec!["promo.half-6", "promo.prepay-600", "promo.ka-bundle-15"],
        ),
    ];
    for (level, total, promotions) in expected {
        let (code, out, err) = run(&["--catalog", CATALOG, "--authority", level], &customer);
        assert_eq!(code, 0, "{err}");
        let c = &serde_json::from_str::<Value>(&out).unwrap()[0];
        assert_eq!(c["total"], total, "level {level}");
        assert_eq!(
            c["alternatives"][0]["proposal"]["promotions"],
            serde_json::json!(promotions)
        );
        assert_eq!(c["current_total"], 15_800 * 12 * 24);
    }
    // Without the flag, a rep (level 1).
    let (_, out, _) = run(&["--catalog", CATALOG], &customer);
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap()[0]["total"],
        2_697_984
    );
    let (code, _, err) = run(&["--catalog", CATALOG, "--authority", "4"], &customer);
    assert_eq!(code, 2);
    assert!(err.contains("--authority: 1, 2 or 3"), "{err}");
}

/// The CSV's `break_even_month` is the payback month the proposal and the
/// phone state (`screen::figures::payback`): a month only after an outlay
/// (a line from another operator pays its SIM card in month 1), blank when
/// the recommendation saves from month 1 or keeps. Checked against the
/// JSON output's savings for the same list.
#[test]
fn the_csv_break_even_month_is_the_proposals_payback_month() {
    let mut list = std::fs::read_to_string(format!("{ROOT}/engine/tests/data/campaign.csv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("3,"))
        .map(|l| {
            format!(
                "{l},{}\n",
                if l.starts_with("customer_id") {
                    "origin"
                } else {
                    ""
                }
            )
        })
        .collect::<String>();
    // ¥22 a month on another operator, light use: the ¥10 SIM card first.
    list.push_str("5,赵六,individual,,24,mobile,22,100,0,1,0,0,0,0,0,异网\n");
    let dir = std::env::temp_dir().join(format!("propose-payback-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("payback.csv").to_string_lossy().into_owned();
    std::fs::write(&path, &list).unwrap();
    let base = ["--catalog", CATALOG, "--customers", &path];
    let (code, csv, err) = run(&[&base[..], &["--format", "csv"]].concat(), "");
    assert_eq!(code, 0, "{err}");
    let (code, json, err) = run(&[&base[..], &["--format", "json"]].concat(), "");
    assert_eq!(code, 0, "{err}");
    let json: Vec<Value> = serde_json::from_str(&json).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), json.len());
    let mut kinds = std::collections::BTreeSet::new();
    for (row, x) in rows.iter().zip(&json) {
        let cell = row.split(',').nth(6).unwrap();
        let keep = x["recommendation"] == "keep";
        let month = x["savings"]["break_even_month"].as_u64();
        let expected = match month {
            Some(m) if !keep && m > 1 => m.to_string(),
            _ => String::new(),
        };
        assert_eq!(cell, expected, "{row}");
        kinds.insert(match (keep, month) {
            (true, _) => "keep",
            (false, Some(1)) => "from month 1",
            _ => "after an outlay",
        });
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["after an outlay", "from month 1", "keep"],
        "{csv}"
    );
}

/// The CSV's `not_cheapest_because` is filled when the recommendation is
/// not the cheapest (the robust pick): the first drawn customers whose
/// cheapest proposal is fragile, run through the command line as a JSON
/// list, get the engine's reason in the cell, in Chinese by default and in
/// English with `--lang en`; the others leave it blank.
#[test]
fn the_csv_says_why_a_robust_recommendation_is_not_the_cheapest() {
    let cat = catalog();
    let (mut list, mut reasons) = (Vec::new(), Vec::new());
    for seed in 0..300 {
        let mut r = common::Rng::new(seed);
        let n = r.range(1, 6);
        let c = common::wide_customer(&mut r, &cat, n);
        let Ok(found) = optimize(&cat, &c, &Options::default()) else {
            continue;
        };
        let why = found.why_not_cheapest();
        if why.is_none() && list.len() > reasons.iter().flatten().count() + 1 {
            continue;
        }
        let mut x = serde_json::to_value(&c).unwrap();
        x["id"] = Value::from(format!("S{seed}"));
        list.push(x);
        reasons.push(why);
        if reasons.iter().flatten().count() == 2 {
            break;
        }
    }
    assert_eq!(
        reasons.iter().flatten().count(),
        2,
        "two robust picks drawn"
    );
    let dir = std::env::temp_dir().join(format!("propose-why-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("robust.json").to_string_lossy().into_owned();
    std::fs::write(&path, serde_json::to_string(&list).unwrap()).unwrap();
    for lang in ["zh", "en"] {
        let (code, csv, err) = run(
            &[
                "--catalog",
                CATALOG,
                "--customers",
                &path,
                "--format",
                "csv",
                "--lang",
                lang,
            ],
            "",
        );
        assert_eq!(code, 0, "{err}");
        let rows: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(rows.len(), reasons.len(), "{csv}");
        for (row, why) in rows.iter().zip(&reasons) {
            match why {
                Some(t) => {
                    let text = if lang == "zh" { &t.zh } else { &t.en };
                    assert!(!text.is_empty());
                    assert!(row.trim_end_matches('"').ends_with(text.as_str()), "{row}");
                }
                None => assert!(row.ends_with(','), "{row}"),
            }
        }
    }
}
