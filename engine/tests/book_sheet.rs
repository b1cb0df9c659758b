//! The customer book's CSV imports back (issue 16): the customers' sheet in
//! either language reads back to the same book (its 完整记录 column carries
//! each record whole), also saved by Excel in GBK; a column changed in the
//! spreadsheet is read over the record; a sheet made by hand reads from its
//! columns, full-width digits and Excel's dates included; a bad cell
//! refuses the whole file with its row and column and changes nothing.
use proposal_engine::book::import::import;
use proposal_engine::book::json::SerdeJson;
use proposal_engine::book::sheet_in::{column_letter, parse_date, read_book_csv};
use proposal_engine::book::sheets::{book_csv, visits_csv};
use proposal_engine::book::{
    Book, Competitor, Met, Objections, Offer, Outcome, Record, Status, Visit,
};
use proposal_engine::csv::{decode, records};
use proposal_engine::{Date, Lang, Money, Text};

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn today() -> Date {
    day("2026-12-03")
}

fn sample() -> Book {
    let visit = Visit {
        date: Some(today()),
        met: Met {
            name: "王店长".into(),
            role: "店长".into(),
        },
        decision_maker: true,
        intention: "想要更多流量，\n下个月再说".into(),
        offered: "商务融合 199 元".into(),
        outcome: Outcome::FollowUp,
        objections: Objections {
            price: true,
            competitor: Some(Competitor {
                offer: "移动 全家享 =158".into(),
                monthly: Some(Money(15_800)),
            }),
            ..Objections::default()
        },
        next_step: "老板回来再谈".into(),
        follow_up: Some(day("2026-12-05")),
        notes: "老板周五在, \"下午\"".into(),
    };
    let typed = Record {
        id: "K20261203-1".into(),
        name: "张记餐馆".into(),
        phone: "+86 138 0013 8000".into(),
        session: r#"{"intake":{"name":"张记餐馆","lines":[{"id":0,"fee":"98"}]},"chosen":null}"#
            .into(),
        offer: Some(Offer {
            title: Text::new("商务融合 199 元", "Business bundle ¥199"),
            monthly_saving: Some(Money(4_550)),
            term_saving: Some(Money(-109_200)),
        }),
        quote_number: "Q-20261203-0A1B2C".into(),
        valid_until: "2026-12-17".into(),
        status: Status::FollowUp,
        follow_up: Some(day("2026-12-05")),
        visits: vec![visit],
        created: Some(today()),
        ..Record::default()
    };
    let packed = Record {
        id: "C-007".into(),
        name: "=HYPERLINK(\"x\")".into(),
        link: "https://app.example/customer.html#/p/ABC".into(),
        status: Status::Prepared,
        ..Record::default()
    };
    Book {
        customers: vec![
            typed,
            packed,
            Record {
                id: "K20261203-2".into(),
                ..Record::default()
            },
        ],
    }
}

fn read(text: &str) -> Result<Vec<Record>, Text> {
    read_book_csv(text, &SerdeJson)
}

#[test]
fn the_customer_sheet_reads_back_to_the_same_book_in_either_language() {
    let book = sample();
    for lang in [Lang::ZhCn, Lang::En] {
        let csv = book_csv(&book, lang);
        assert_eq!(read(&csv).unwrap(), book.customers, "{lang:?}");
        let mut empty = Book::default();
        let done = import(&mut empty, &csv, today(), &SerdeJson).unwrap();
        assert_eq!((done.added, done.skipped), (3, 0));
        assert_eq!(empty, book);
        assert_eq!(book_csv(&empty, lang), csv, "exports again identically");
    }
}

#[test]
fn a_sheet_excel_saved_in_gbk_reads_back_too() {
    let book = sample();
    let csv = book_csv(&book, Lang::ZhCn);
    // Excel's "CSV (逗号分隔)" on a Chinese Windows: GBK, no byte-order mark.
    let (gbk, _, _) = encoding_rs::GB18030.encode(csv.trim_start_matches('\u{feff}'));
    assert!(std::str::from_utf8(&gbk).is_err(), "not UTF-8");
    let (text, bad) = decode(gbk.into_owned());
    assert_eq!(bad, None);
    assert_eq!(read(&text).unwrap(), book.customers);
}

/// The app's page decodes a chosen file through the browser; the fixture
/// its e2e imports is this sheet in GB18030, as Excel writes it.
#[test]
fn the_e2e_gbk_fixture_is_a_hand_made_sheet_in_gb18030() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/e2e/data/book-gbk.csv"
    );
    let bytes = std::fs::read(path).unwrap();
    let (text, bad) = decode(bytes.clone());
    assert_eq!(bad, None);
    let (again, _, _) = encoding_rs::GB18030.encode(&text);
    assert_eq!(again.as_ref(), bytes.as_slice(), "GB18030 bytes");
    assert!(std::str::from_utf8(&bytes).is_err(), "not UTF-8");
    let rows = read(&text).unwrap();
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["周记茶餐厅", "黄氏药房"]);
    assert_eq!(
        rows[0].offer.as_ref().unwrap().monthly_saving,
        Some(Money(4_550))
    );
    assert_eq!(rows[1].follow_up, Some(day("2026-12-09")));
}

#[test]
fn a_column_changed_in_the_spreadsheet_is_read_over_the_record() {
    let book = sample();
    let csv = book_csv(&book, Lang::ZhCn);
    let edited = csv
        .replace("\"'+86 138 0013 8000\"", "１３９ ０００ １１１１")
        .replace(",待跟进,2026-12-05,", ",已签约,2026/12/9,");
    let rows = read(&edited).unwrap();
    let r = &rows[0];
    assert_eq!(r.phone, "139 000 1111", "full-width digits read as typed");
    assert_eq!(r.status, Status::Signed);
    assert_eq!(r.follow_up, Some(day("2026-12-09")));
    let kept = Record {
        phone: r.phone.clone(),
        status: r.status,
        follow_up: r.follow_up,
        ..book.customers[0].clone()
    };
    assert_eq!(*r, kept, "the rest (intake, visits) is the record's");
    assert_eq!(rows[1..], book.customers[1..]);
}

#[test]
fn a_hand_made_sheet_reads_from_its_columns() {
    let csv = "客户编号,客户名称,联系电话,状态,跟进日期,所选方案,每月节省（元）,合约期节省（元）,建议书编号,有效期至,建档日期\n\
               C-1,周记,１３８００１３８０００,待跟进,２０２６年１２月９日,商务融合 199 元,４５．５０,\"1,092.00\",Q-1,2026/12/17,2026-12-1\n\
               C-2,黄氏,,,,,,,,,\n";
    let rows = read(csv).unwrap();
    let r = &rows[0];
    assert_eq!(r.phone, "13800138000");
    assert_eq!(r.status, Status::FollowUp);
    assert_eq!(r.follow_up, Some(day("2026-12-09")));
    let offer = r.offer.as_ref().unwrap();
    assert_eq!(offer.title, Text::new("商务融合 199 元", "商务融合 199 元"));
    assert_eq!(offer.monthly_saving, Some(Money(4_550)));
    assert_eq!(offer.term_saving, Some(Money(109_200)));
    assert_eq!(r.valid_until, "2026-12-17");
    assert_eq!(r.created, Some(day("2026-12-01")));
    assert!(r.session.is_empty() && r.visits.is_empty());
    assert_eq!(rows[1].status, Status::Prepared, "blank status: to visit");
    assert_eq!(rows[1].offer, None);
}

#[test]
fn a_bad_cell_refuses_the_file_with_its_row_and_column_and_changes_nothing() {
    let mut book = sample();
    let before = book.clone();
    let fresh = Book {
        customers: vec![Record {
            id: "N-1".into(),
            name: "新".into(),
            ..Record::default()
        }],
    };
    let csv = book_csv(&fresh, Lang::ZhCn);
    let cases = [
        (
            csv.replace("N-1,新,,待拜访,,", "N-1,新,,待拜访,12月5号,"),
            "第 2 行 E 列（跟进日期）的“12月5号”不是日期（如 2026-12-03）",
            "row 2, column E (Follow-up date): \"12月5号\" is not a date (2026-12-03)",
        ),
        (
            csv.replace("N-1,新,,待拜访,", "N-1,新,,谈过了,"),
            "第 2 行 D 列（状态）的“谈过了”不是状态（待拜访、",
            "row 2, column D (Status): \"谈过了\" is not a status (To visit, ",
        ),
        (
            csv.replace(",b1.", ",b1.x"),
            "第 2 行 N 列（完整记录（导入用，请勿修改））读不出",
            "row 2, column N (Full record (for import, do not edit)): does not read",
        ),
        (
            format!("{csv}N-1,again,,,,,,,,,,,,\n"),
            "第 3 行 A 列（客户编号）的“N-1”在上面已出现过",
            "row 3, column A (Customer ID): \"N-1\" appears above already",
        ),
    ];
    for (text, zh, en) in cases {
        let err = import(&mut book, &text, today(), &SerdeJson).unwrap_err();
        assert!(
            err.zh.starts_with("客户表未导入，客户簿没有改动："),
            "{}",
            err.zh
        );
        assert!(err.zh.contains(zh), "{} / {zh}", err.zh);
        assert!(err.en.contains(en), "{} / {en}", err.en);
        assert_eq!(book, before, "nothing changed");
    }
    let hand = "客户编号,客户名称,每月节省（元）\nC-1,周记,四十五\n";
    let err = read(hand).unwrap_err();
    assert!(
        err.zh
            .contains("第 2 行 C 列（每月节省（元））的“四十五”不是金额（元）"),
        "{}",
        err.zh
    );
    let err = read(&visits_csv(&before, Lang::ZhCn)).unwrap_err();
    assert!(err.zh.contains("这是走访记录表"), "{}", err.zh);
    let err = read("客户编号,电话\n1,2\n").unwrap_err();
    assert!(err.zh.contains("表头缺少“客户名称”列"), "{}", err.zh);
}

#[test]
fn dates_as_excel_writes_them_and_columns_as_it_names_them() {
    for (typed, want) in [
        ("2026-12-03", Some("2026-12-03")),
        ("2026/12/3", Some("2026-12-03")),
        ("2026.1.9", Some("2026-01-09")),
        ("２０２６－１２－０３", Some("2026-12-03")),
        ("2026年2月30日", None),
        ("12/3/2026", None),
        ("", None),
    ] {
        assert_eq!(parse_date(typed), want.map(day), "{typed}");
    }
    let letters: Vec<String> = [0, 13, 25, 26, 27, 51, 52].map(column_letter).into();
    assert_eq!(letters, ["A", "N", "Z", "AA", "AB", "AZ", "BA"]);
    // The sheet's cells are Excel's: no 完整记录 cell starts a formula.
    let (rows, _) = records(&book_csv(&sample(), Lang::ZhCn));
    assert!(rows[1..].iter().all(|r| r.cells[13].starts_with("b1.")));
}
