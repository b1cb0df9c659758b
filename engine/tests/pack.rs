//! `propose --pack DIR` run as a program (issue 16): every proposal of the
//! pack is the engine's for that customer (its savings in links.csv and the
//! summary's totals, its quote number and total on its page), every link
//! decodes with the share codec to the same customer and proposal, every QR
//! code reads back as its link, the sheets open in Excel (BOM, neutralised
//! cells), hostile ids and names stay inside the folder and the text, and
//! `--expiring-within` keeps only the contracts ending and proposes the
//! switch at their end.
#[path = "support/propose.rs"]
mod propose;
use std::path::{Path, PathBuf};

use proposal_engine::csv::records;
use proposal_engine::figures::yuan_plain;
use proposal_engine::share::decode;
use proposal_engine::spreadsheet::restore;
use proposal_engine::{build_document, optimize, Catalog, Customer, Date, Lang, Options, Proposal};
use propose::{run, ROOT};
use serde_json::Value;

const CATALOG: &str = "catalog/default.json";
const PACK_JSON: &str = "engine/tests/data/pack.json";
const APP: &str = "https://example.cn/app/";

fn catalog() -> Catalog {
    Catalog::load(&std::fs::read_to_string(format!("{ROOT}/{CATALOG}")).unwrap()).unwrap()
}

fn issued() -> Date {
    Date::parse("2026-12-03").unwrap()
}

/// The customers of pack.json, read here with serde (not by the tool).
fn customers() -> Vec<(String, Customer)> {
    let text = std::fs::read_to_string(format!("{ROOT}/{PACK_JSON}")).unwrap();
    let list: Vec<Value> = serde_json::from_str(&text).unwrap();
    list.into_iter()
        .map(|mut v| {
            let id = v["id"].as_str().unwrap().to_string();
            v.as_object_mut().unwrap().remove("id");
            (id, serde_json::from_value(v).unwrap())
        })
        .collect()
}

/// A fresh folder for one test's pack.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pack-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// `propose --pack DIR` with `extra` arguments: exit code, stderr.
fn pack(dir: &Path, customers: &str, extra: &[&str]) -> (i32, String) {
    let d = dir.to_str().unwrap();
    let mut args = vec![
        "--catalog",
        CATALOG,
        "--customers",
        customers,
        "--pack",
        d,
        "--date",
        "2026-12-03",
    ];
    args.extend_from_slice(extra);
    let (code, _, err) = run(&args, "");
    (code, err)
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// A sheet's rows after its header, cells as written before neutralising.
fn sheet(dir: &Path, file: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let text = read(dir, file);
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark for Excel");
    let (rows, broken) = records(text);
    assert!(broken.is_none(), "{file} is well-formed CSV");
    let mut rows = rows.into_iter().filter(|r| !r.is_blank());
    let head = rows.next().unwrap().cells;
    let body = rows
        .map(|r| r.cells.iter().map(|c| restore(c).to_string()).collect())
        .collect();
    (head, body)
}

/// The recommendation the engine makes, and for a contract-expiry list the
/// switch at the contract's end when it saves against keeping.
fn expected(catalog: &Catalog, c: &Customer, expiring: bool) -> proposal_engine::Alternative {
    let found = optimize(catalog, c, &Options::default()).unwrap();
    let at_end = found
        .contract_end()
        .filter(|a| a.priced.savings.horizon.0 > 0);
    match at_end.filter(|_| expiring) {
        Some(a) => a.clone(),
        None => found.recommended().0.clone(),
    }
}

/// The QR code of a page, read back with an independent reader.
fn qr_of(page: &str) -> String {
    let svg = &page[page.find("<svg class=\"qr-code\"").expect("a QR code")..];
    let width: usize = svg
        .split("data-width=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let d = svg
        .split("<path d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let mut dark = vec![false; width * width];
    for square in d.split('M').filter(|s| !s.is_empty()) {
        let (x, y) = square
            .strip_suffix("h1v1h-1z")
            .unwrap()
            .split_once(' ')
            .unwrap();
        dark[y.parse::<usize>().unwrap() * width + x.parse::<usize>().unwrap()] = true;
    }
    let (scale, quiet) = (4, 4);
    let side = (width + 2 * quiet) * scale;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        let inside = (quiet..quiet + width).contains(&mx) && (quiet..quiet + width).contains(&my);
        if inside && dark[(my - quiet) * width + (mx - quiet)] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("the QR code decodes").1
}

/// The proposal file of `id` in the pack (`%XX` for anything but letters, digits, - and _).
fn page_of(dir: &Path, id: &str) -> String {
    let mut name = String::new();
    for c in id.chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            name.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                name.push_str(&format!("%{b:02X}"));
            }
        }
    }
    read(dir, &format!("proposals/{name}.html"))
}

fn code_of(link: &str) -> &str {
    link.strip_prefix(&format!("{APP}customer.html#/p/"))
        .unwrap_or_else(|| panic!("a link to the customer's page: {link}"))
}

#[test]
fn every_proposal_of_the_pack_is_the_engines_and_its_link_reopens_it() {
    let dir = folder("figures");
    let (code, err) = pack(
        &dir,
        PACK_JSON,
        &[
            "--app-url",
            APP,
            "--rep-name",
            "王小明",
            "--rep-phone",
            "13800000000",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let catalog = catalog();
    let (head, rows) = sheet(&dir, "links.csv");
    assert_eq!(
        head[..6],
        [
            "customer_id",
            "name",
            "recommendation",
            "monthly_saving",
            "term_saving",
            "link"
        ]
    );
    let customers = customers();
    assert_eq!(rows.len(), customers.len(), "a row per customer");
    let (mut monthly, mut term) = (0i64, 0i64);
    let mut by_saving: Vec<(i64, String)> = Vec::new();
    for (row, (id, c)) in rows.iter().zip(&customers) {
        assert_eq!(&row[0], id);
        assert_eq!(row[1], c.name, "the name, neutralised and restored");
        let a = expected(&catalog, c, false);
        let s = &a.priced.savings;
        assert_eq!(row[2], a.title.zh, "{id}");
        assert_eq!(row[3], yuan_plain(s.average_month), "{id} monthly saving");
        assert_eq!(row[4], yuan_plain(s.horizon), "{id} term saving");
        monthly += s.average_month.0;
        term += s.horizon.0;
        by_saving.push((s.horizon.0, id.clone()));
        // The link: the same customer and proposal, the rep, the validity.
        let opened = decode(code_of(&row[5]), &catalog).expect("the link decodes");
        assert_eq!(&opened.shared.customer, c, "{id}: the same customer");
        assert_eq!(
            opened.shared.chosen.as_ref(),
            Some(&a.proposal),
            "{id}: the same proposal"
        );
        assert!(opened.same_tables);
        assert_eq!(opened.shared.rep_name, "王小明");
        assert_eq!(opened.shared.valid_until, "2026-12-17");
        assert_eq!(row[7], "2026-12-17");
        // The page: the engine's document, its QR code the link.
        let doc = build_document(&catalog, c, &a.proposal, &Options::default(), issued()).unwrap();
        assert_eq!(row[6], doc.quote_number);
        let page = page_of(&dir, id);
        assert!(
            page.contains(&format!(
                "data-testid=\"quote-number\">{}<",
                doc.quote_number
            )),
            "{id}"
        );
        let total = doc.chosen.priced.total.format(Lang::ZhCn);
        assert!(
            page.contains(&format!("data-testid=\"doc-total\">{total}<")),
            "{id}: total {total}"
        );
        let saving = doc.figures.horizon_saving.amount.format(Lang::ZhCn);
        assert!(
            page.contains(&format!("data-testid=\"doc-horizon-saving\">{saving}<")),
            "{id}"
        );
        assert!(page.contains("13800000000"), "the rep's phone");
        assert_eq!(qr_of(&page), row[5], "{id}: the QR code is the link");
        assert!(!page.contains("<script"), "no script");
    }
    let index = read(&dir, "index.html");
    let sum = |x: i64| proposal_engine::Money(x).format(Lang::ZhCn);
    assert!(
        index.contains(&format!("data-testid=\"total-monthly\">{}<", sum(monthly))),
        "{index}"
    );
    assert!(index.contains(&format!("data-testid=\"total-term\">{}<", sum(term))));
    // Sorted by saving, largest first.
    by_saving.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let order: Vec<String> = index
        .split("<tr data-id=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().replace("&#39;", "'"))
        .collect();
    let want: Vec<String> = by_saving.into_iter().map(|(_, id)| id).collect();
    assert_eq!(order, want);
    // Hostile names stay text; a hostile id stays inside proposals/.
    let p4 = page_of(&dir, "P-4");
    assert!(p4.contains("&lt;b&gt;王五&lt;/b&gt;") && !p4.contains("<b>王五"));
    assert!(dir.join("proposals/%2E%2E%2FP%208.html").exists());
    assert!(index.contains("href=\"proposals/%252E%252E%252FP%25208.html\""));
    let links = read(&dir, "links.csv");
    assert!(links.contains("\"'=HYPERLINK("), "a formula is neutralised");
    // The blank visit record: a row per customer, every visit field blank.
    let (head, visits) = sheet(&dir, "visits.csv");
    assert_eq!(head[0], "客户编号");
    assert!(head.iter().any(|h| h == "跟进日期") && head.iter().any(|h| h == "异议：价格"));
    assert_eq!(visits.len(), customers.len());
    for (v, l) in visits.iter().zip(&rows) {
        assert_eq!(v.len(), head.len());
        assert_eq!((&v[0], &v[2], &v[3]), (&l[0], &l[6], &l[2]));
        assert!(
            v[4..].iter().all(String::is_empty),
            "blank to fill after the visit"
        );
    }
    // The operator's side: revenue before is the lines with this operator.
    assert!(index.contains("data-testid=\"revenue-won\""));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_campaign_test_data_packs_every_good_customer_as_propose_does() {
    let dir = folder("campaign");
    let list = "engine/tests/data/campaign.csv";
    let (code, err) = pack(&dir, list, &[]);
    assert_eq!(code, 2, "a bad row: exit code 2");
    assert!(err.contains("第 8 行（客户 3）：该客户未出方案"), "{err}");
    let (_, json, _) = run(&["--catalog", CATALOG, "--customers", list], "");
    let printed: Vec<Value> = serde_json::from_str(&json).unwrap();
    let (_, rows) = sheet(&dir, "links.csv");
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, ["1", "2", "4"]);
    let catalog = catalog();
    for (row, p) in rows.iter().zip(&printed) {
        assert_eq!(p["id"], row[0].as_str());
        let money = |v: &Value| yuan_plain(proposal_engine::Money(v.as_i64().unwrap()));
        assert_eq!(row[3], money(&p["savings"]["average_month"]), "{}", row[0]);
        assert_eq!(row[4], money(&p["savings"]["horizon"]), "{}", row[0]);
        assert_eq!(row[2], p["title"]["zh"].as_str().unwrap());
        // The default app address is the folder the pack is opened next to.
        let code = row[5]
            .strip_prefix("./customer.html#/p/")
            .expect("a relative link");
        let opened = decode(code, &catalog).unwrap();
        assert_eq!(opened.shared.customer.name, row[1]);
        let a = expected(&catalog, &opened.shared.customer, false);
        assert_eq!(opened.shared.chosen, Some(a.proposal));
        assert!(dir.join(format!("proposals/{}.html", row[0])).exists());
    }
    assert!(
        !dir.join("proposals/3.html").exists(),
        "no page for the bad customer"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn expiring_within_keeps_contracts_ending_and_switches_at_their_end() {
    let dir = folder("expiring");
    let (code, err) = pack(
        &dir,
        PACK_JSON,
        &["--expiring-within", "6", "--app-url", APP],
    );
    assert_eq!(code, 0, "{err}");
    let catalog = catalog();
    let (_, rows) = sheet(&dir, "links.csv");
    let want: Vec<(String, Customer)> = customers()
        .into_iter()
        .filter(|(_, c)| (1..=6).contains(&c.contract.months_left))
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    let want_ids: Vec<&str> = want.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, want_ids, "only contracts ending within 6 months");
    assert_eq!(ids, ["P-3", "P-4", "P-5", "P-7"]);
    let mut at_end = 0;
    for (row, (id, c)) in rows.iter().zip(&want) {
        let a = expected(&catalog, c, true);
        let chosen: Proposal = decode(code_of(&row[5]), &catalog)
            .unwrap()
            .shared
            .chosen
            .unwrap();
        assert_eq!(chosen, a.proposal, "{id}");
        assert_eq!(row[4], yuan_plain(a.priced.savings.horizon), "{id}");
        if chosen.start_month > 1 {
            assert_eq!(
                chosen.start_month,
                c.contract.months_left + 1,
                "{id}: at the contract's end"
            );
            at_end += 1;
        }
    }
    assert!(
        at_end >= 2,
        "the list proposes switching at the contract's end"
    );
    let index = read(&dir, "index.html");
    assert!(index.contains("按合约到期月份"));
    // P-3's contract ends 3 months after 2026-12-03.
    assert!(index.contains("2027-03（3 个月后）"), "{index}");
    assert!(!dir.join("proposals/P-1.html").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_pack_in_english() {
    let dir = folder("english");
    let (code, err) = pack(&dir, PACK_JSON, &["--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let index = read(&dir, "index.html");
    assert!(index.contains("<html lang=\"en\">") && index.contains("Campaign summary"));
    assert!(read(&dir, "proposals/P-1.html").contains("1. Your situation today"));
    let (head, _) = sheet(&dir, "visits.csv");
    assert_eq!(head[0], "customer_id");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A list longer than a chunk: first 420 customers whose 5 rows each are
/// spread over 2,100 rows (round robin), then 200 customers in order, then a
/// bad row of one of those at the end: the pack reads it a chunk at a time
/// and still proposes for exactly the customers `propose` does, with the
/// same figures, and names the bad row's own line.
#[test]
fn a_long_list_read_in_chunks_is_the_same_as_read_whole() {
    let header = "customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee";
    let mut text = format!("{header}\n");
    let row = |c: usize, fee: &str| {
        let kind = if c.is_multiple_of(5) {
            "landline"
        } else {
            "mobile"
        };
        format!(
            "C{c},客户{c},business,street_shop,{},{kind},{fee},{},{},{},0,20,0,0,0\n",
            c % 90,
            100 + c % 900,
            c % 200,
            c % 40
        )
    };
    let fee = |c: usize, r: usize| format!("{}.50", 30 + (c + r * 7) % 150);
    for r in 0..5 {
        for c in 0..420 {
            text.push_str(&row(c, &fee(c, r)));
        }
    }
    for c in 420..620 {
        text.push_str(&row(c, &fee(c, 0)));
    }
    text.push_str(&row(500, "12x"));
    let list = std::env::temp_dir().join(format!("pack-long-{}.csv", std::process::id()));
    std::fs::write(&list, &text).unwrap();
    let bad_line = text.lines().count();
    let l = list.to_str().unwrap();
    let dir = folder("long");
    let (code, err) = pack(&dir, l, &["--app-url", APP]);
    assert_eq!(code, 2, "the bad row");
    assert!(
        err.contains(&format!("第 {bad_line} 行，字段 current_monthly_fee")),
        "{err}"
    );
    let (_, json, whole_err) = run(&["--catalog", CATALOG, "--customers", l], "");
    assert_eq!(
        err.lines().next(),
        whole_err.lines().next(),
        "the same first message"
    );
    let printed: Vec<Value> = serde_json::from_str(&json).unwrap();
    let (_, rows) = sheet(&dir, "links.csv");
    let got: Vec<(String, String)> = rows.iter().map(|r| (r[0].clone(), r[4].clone())).collect();
    let want: Vec<(String, String)> = printed
        .iter()
        .map(|p| {
            let saving = proposal_engine::Money(p["savings"]["horizon"].as_i64().unwrap());
            (p["id"].as_str().unwrap().to_string(), yuan_plain(saving))
        })
        .collect();
    assert_eq!(got.len(), 619, "every customer but C500");
    assert_eq!(
        got, want,
        "the same customers in the same order, the same savings"
    );
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_file(&list);
}
