//! The customer book (issue 16): records and their visits, the list's
//! search, filters and follow-up order, the CSV exports (BOM, headers,
//! neutralised cells), the JSON backup's round trip and schema guard, and a
//! real campaign pack's links.csv read in as prepared customers.
#[path = "support/propose.rs"]
mod propose;

use proposal_engine::book::import::import;
use proposal_engine::book::json::{from_json, migrate, to_json, SerdeJson};
use proposal_engine::book::links::read_links;
use proposal_engine::book::sheets::{book_csv, visits_csv};
use proposal_engine::book::view::{list, Due, Filter};
use proposal_engine::book::{
    Book, Competitor, Met, Objections, Offer, Outcome, Record, Status, Visit, SCHEMA_VERSION,
};
use proposal_engine::csv::records;
use proposal_engine::{Date, Lang, Money, Text};

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn today() -> Date {
    day("2026-12-03")
}

fn record(id: &str, name: &str, phone: &str) -> Record {
    Record {
        id: id.into(),
        name: name.into(),
        phone: phone.into(),
        session: format!("{{\"intake\":{{\"name\":\"{name}\"}}}}"),
        offer: Some(Offer {
            title: Text::new("商务融合 199 元", "Business bundle ¥199"),
            monthly_saving: Some(Money(4_550)),
            term_saving: Some(Money(109_200)),
        }),
        quote_number: format!("Q-20261203-{id}"),
        valid_until: "2026-12-17".into(),
        created: Some(today()),
        ..Record::default()
    }
}

fn visit(outcome: Outcome, follow_up: Option<&str>) -> Visit {
    Visit {
        date: Some(today()),
        met: Met {
            name: "王店长".into(),
            role: "店长".into(),
        },
        decision_maker: true,
        intention: "想要更多流量".into(),
        offered: "商务融合 199 元".into(),
        outcome,
        objections: Objections {
            price: true,
            competitor: Some(Competitor {
                offer: "移动 全家享 =158".into(),
                monthly: Some(Money(15_800)),
            }),
            ..Objections::default()
        },
        next_step: "老板回来再谈".into(),
        follow_up: follow_up.map(day),
        notes: "老板周五在, \"下午\"".into(),
    }
}

fn sample() -> Book {
    let mut b = Book::default();
    b.upsert(record("K20261203-1", "张记餐馆", "138 0013 8000"));
    b.upsert(record("K20261203-2", "李氏五金", "139-0000-1111"));
    b.upsert(record("K20261203-3", "=HYPERLINK(\"x\")", "13700000000"));
    b
}

#[test]
fn ids_are_new_upsert_replaces_in_place_and_delete_undoes() {
    let mut b = sample();
    assert_eq!(b.next_id(today()), "K20261203-4");
    assert_eq!(b.customers[0].id, "K20261203-3", "newest first");
    let mut edited = b.customers[2].clone();
    edited.name = "张记餐馆（总店）".into();
    b.upsert(edited);
    assert_eq!(b.customers.len(), 3);
    assert_eq!(b.customers[2].name, "张记餐馆（总店）");
    let before = b.clone();
    let (at, gone) = b.remove("K20261203-2").unwrap();
    assert_eq!(b.customers.len(), 2);
    b.restore(at, gone);
    assert_eq!(b, before, "undo puts it back in its place");
    let copy = b.duplicate("K20261203-1", today()).unwrap();
    assert_eq!(copy, "K20261203-4");
    let c = b.get(&copy).unwrap();
    assert_eq!(c.name, "张记餐馆（总店）（副本）");
    assert_eq!(c.session, b.get("K20261203-1").unwrap().session);
    assert!(c.visits.is_empty());
    assert_eq!(b.customers.len(), 4);
}

#[test]
fn a_visit_sets_status_and_follow_up() {
    let mut b = sample();
    assert!(b.add_visit("K20261203-1", visit(Outcome::FollowUp, Some("2026-12-05"))));
    let r = b.get("K20261203-1").unwrap();
    assert_eq!(r.status, Status::FollowUp);
    assert_eq!(r.follow_up, Some(day("2026-12-05")));
    assert_eq!(r.visits.len(), 1);
    assert!(r.visits[0].objections.any());
    b.add_visit("K20261203-1", visit(Outcome::Signed, None));
    let r = b.get("K20261203-1").unwrap();
    assert_eq!((r.status, r.follow_up), (Status::Signed, None));
    b.add_visit("K20261203-2", visit(Outcome::Proposed, Some("2026-12-09")));
    assert_eq!(b.get("K20261203-2").unwrap().status, Status::FollowUp);
    assert!(!b.add_visit("nobody", Visit::default()));
}

#[test]
fn the_list_searches_filters_and_puts_due_follow_ups_first() {
    let mut b = sample();
    b.add_visit("K20261203-1", visit(Outcome::FollowUp, Some("2026-12-03")));
    b.add_visit("K20261203-2", visit(Outcome::FollowUp, Some("2026-11-30")));
    let all = list(&b, &Filter::default(), today());
    let ids: Vec<&str> = all.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["K20261203-2", "K20261203-1", "K20261203-3"]);
    assert_eq!(all.rows[0].due, Due::Overdue);
    assert_eq!(all.rows[1].due, Due::Today);
    assert_eq!(
        all.rows[0].follow_up_text.zh,
        "跟进日期 2026-11-30（已逾期）"
    );
    assert_eq!(
        all.rows[1].follow_up_text.en,
        "Follow-up date 2026-12-03 (Follow up today)"
    );
    assert_eq!(all.rows[2].saving.zh, "每月省 ¥45.50");
    assert_eq!(all.rows[2].saving.en, "saves ¥45.50 a month");
    assert_eq!(all.due_count, 2);
    assert_eq!(all.count.zh, "共 3 位客户");

    let by_phone = |q: &str| {
        let f = Filter {
            search: q.into(),
            ..Filter::default()
        };
        list(&b, &f, today())
            .rows
            .into_iter()
            .map(|r| r.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(by_phone("13800138000"), ["K20261203-1"], "spaces ignored");
    assert_eq!(by_phone("0000 1111"), ["K20261203-2"]);
    assert_eq!(by_phone("五金"), ["K20261203-2"]);
    assert_eq!(by_phone("hyperlink"), ["K20261203-3"], "any case");
    let none = list(
        &b,
        &Filter {
            search: "不存在".into(),
            ..Filter::default()
        },
        today(),
    );
    assert_eq!(none.empty.unwrap().zh, "没有符合条件的客户");
    assert_eq!(none.count.en, "Showing 0 of 3 customers");

    let status = Filter {
        status: Some(Status::Prepared),
        ..Filter::default()
    };
    assert_eq!(list(&b, &status, today()).rows.len(), 1);
    let due = Filter {
        due_only: true,
        ..Filter::default()
    };
    assert_eq!(list(&b, &due, today()).rows.len(), 2);
    // Tomorrow's follow-up is not due today; the day after, it is overdue.
    assert_eq!(list(&b, &due, day("2026-11-29")).rows.len(), 0);
    assert!(list(&Book::default(), &Filter::default(), today())
        .empty
        .is_some());
}

#[test]
fn hundreds_of_customers_list_in_one_pass() {
    let mut b = Book::default();
    for i in 0..800 {
        let mut r = record(
            &format!("K-{i}"),
            &format!("客户{i}"),
            &format!("1380000{i:04}"),
        );
        r.follow_up = (i % 7 == 0).then(|| today().add_days(i % 5 - 2));
        r.status = if r.follow_up.is_some() {
            Status::FollowUp
        } else {
            Status::Prepared
        };
        b.customers.push(r);
    }
    let v = list(&b, &Filter::default(), today());
    assert_eq!(v.rows.len(), 800);
    let dues: Vec<Due> = v.rows.iter().map(|r| r.due).collect();
    let first_later = dues
        .iter()
        .position(|d| !matches!(d, Due::Overdue | Due::Today))
        .unwrap();
    assert_eq!(first_later, v.due_count);
    assert!(dues[first_later..]
        .iter()
        .all(|d| matches!(d, Due::Later | Due::None)));
}

#[test]
fn the_csv_exports_open_in_excel_in_chinese() {
    let mut b = sample();
    b.add_visit("K20261203-1", visit(Outcome::FollowUp, Some("2026-12-05")));
    let book = book_csv(&b, Lang::ZhCn);
    assert!(book
        .starts_with("\u{feff}客户编号,客户名称,联系电话,状态,跟进日期,所选方案,每月节省（元）"));
    let (rows, err) = records(&book);
    assert!(err.is_none());
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[1].cells[1], "'=HYPERLINK(\"x\")",
        "a formula is neutralised"
    );
    assert_eq!(rows[3].cells[3], "待跟进");
    assert_eq!(rows[3].cells[6], "45.50");
    assert_eq!(rows[3].cells[10], "1");
    let visits = visits_csv(&b, Lang::ZhCn);
    let (rows, err) = records(&visits);
    assert!(err.is_none());
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].cells[10], "异议：价格");
    let v = &rows[1].cells;
    assert_eq!(
        v[..4],
        [
            "K20261203-1",
            "张记餐馆",
            "Q-20261203-K20261203-1",
            "2026-12-03"
        ]
    );
    assert_eq!((v[6].as_str(), v[7].as_str()), ("是", "想要更多流量"));
    assert_eq!(v[9], "跟进");
    assert_eq!((v[10].as_str(), v[11].as_str()), ("是", ""));
    assert_eq!(v[13], "移动 全家享 =158");
    assert_eq!(v[14], "158.00");
    assert_eq!(v[16], "2026-12-05");
    assert_eq!(v[17], "老板周五在, \"下午\"");
    assert!(visits_csv(&b, Lang::En).contains("Objection: price"));
}

#[test]
fn the_json_backup_reads_back_identically() {
    let mut b = sample();
    b.add_visit("K20261203-1", visit(Outcome::FollowUp, Some("2026-12-05")));
    let json = to_json(&b);
    assert!(json.contains(&format!("\"schema\": {SCHEMA_VERSION}")));
    let back = from_json(&json, &SerdeJson).unwrap();
    assert_eq!(back, b);
    assert_eq!(
        to_json(&back),
        json,
        "export, import, export: the same text"
    );
    assert_eq!(
        from_json("{\"schema\":1,\"customers\":[]}", &SerdeJson).unwrap(),
        Book::default()
    );
    let newer = json.replacen("\"schema\": 1", "\"schema\": 9", 1);
    assert!(from_json(&newer, &SerdeJson)
        .unwrap_err()
        .zh
        .contains("更新的版本"));
    assert!(from_json("not json", &SerdeJson).is_err());
    assert!(
        from_json("{\"schema\":0,\"customers\":[]}", &SerdeJson).is_err(),
        "no migration from 0"
    );
    assert_eq!(migrate(1, "x").as_deref(), Ok("x"));
    let twice = format!(
        "{{\"schema\":1,\"customers\":[{0},{0}]}}",
        serde_json::to_string(&b.customers[0]).unwrap()
    );
    assert!(
        from_json(&twice, &SerdeJson).is_err(),
        "an id twice is refused"
    );
}

#[test]
fn importing_a_backup_adds_the_new_and_keeps_the_devices_copy() {
    let b = sample();
    let json = to_json(&b);
    let mut empty = Book::default();
    let done = import(&mut empty, &json, today(), &SerdeJson).unwrap();
    assert_eq!((done.added, done.skipped), (3, 0));
    assert_eq!(
        to_json(&empty),
        json,
        "imported into an empty book: identical"
    );
    let mut mine = b.clone();
    mine.customers[0].phone = "edited here".into();
    let done = import(&mut mine, &json, today(), &SerdeJson).unwrap();
    assert_eq!((done.added, done.skipped), (0, 3));
    assert_eq!(
        mine.customers[0].phone, "edited here",
        "nothing on the device is overwritten"
    );
    assert_eq!(
        done.report.zh,
        "已导入 0 位客户，跳过 3 位（编号已在客户簿中）"
    );
}

#[test]
fn a_hand_made_links_csv_reads_with_notes_for_bad_rows() {
    let csv = "\u{feff}name,customer_id,monthly_saving,recommendation\n\
               张记,P-1,12.50,融合 A\n\
               李记,P-2,abc,\n\
               ,,,\n\
               无号,,1,\n\
               重复,P-1,1,\n\
               \"'=SUM(1)\",P-3,,x\n";
    let (recs, notes) = read_links(csv, today()).unwrap();
    assert_eq!(recs.len(), 3);
    assert_eq!(
        recs[0].offer.as_ref().unwrap().monthly_saving,
        Some(Money(1_250))
    );
    assert_eq!(recs[1].offer, None);
    assert_eq!(
        recs[2].name, "=SUM(1)",
        "the neutralising quote is taken off"
    );
    assert!(recs
        .iter()
        .all(|r| r.status == Status::Prepared && r.created == Some(today())));
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes[0].zh.contains("abc"));
    assert!(
        read_links("name\nx\n", today()).is_err(),
        "no customer_id column"
    );
}

#[test]
fn a_campaign_packs_links_csv_becomes_prepared_customers() {
    let dir = std::env::temp_dir().join(format!("book-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.to_str().unwrap();
    let args = [
        "--catalog",
        "catalog/default.json",
        "--customers",
        "engine/tests/data/pack.json",
        "--pack",
        d,
        "--date",
        "2026-12-03",
        "--app-url",
        "https://example.cn/app/",
    ];
    let (code, _, err) = propose::run(&args, "");
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(dir.join("links.csv")).unwrap();
    let (sheet, _) = records(&text);
    let mut b = sample();
    let done = import(&mut b, &text, today(), &SerdeJson).unwrap();
    assert_eq!(done.added, sheet.len() - 1, "{:?}", done.notes);
    assert!(done.added > 0);
    for row in &sheet[1..] {
        let r = b.get(&row.cells[0]).unwrap();
        assert_eq!(r.status, Status::Prepared);
        assert!(r.link.starts_with("https://example.cn/app/"), "{}", r.link);
        assert!(r.quote_number.starts_with("Q-20261203-"));
        let offer = r.offer.as_ref().unwrap();
        assert_eq!(
            proposal_engine::figures::yuan_plain(offer.monthly_saving.unwrap()),
            row.cells[3]
        );
        assert!(list(&b, &Filter::default(), today())
            .rows
            .iter()
            .any(|x| x.id == r.id && x.can_reopen));
    }
    let again = import(&mut b, &text, today(), &SerdeJson).unwrap();
    assert_eq!((again.added, again.skipped), (0, done.added));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_counters_customer_is_kept_under_its_id_and_never_overwrites_another() {
    use proposal_engine::book::counter::FromCounter;
    let mut b = sample();
    let first = FromCounter {
        name: "新客户甲".into(),
        session: "{\"a\":1}".into(),
        ..FromCounter::default()
    };
    let (id, changed) = b.save_from_counter(first.clone(), today());
    assert_eq!((id.as_str(), changed), ("K20261203-4", true));
    assert_eq!(b.customers[0].id, id);
    b.customers[0].phone = "13800000000".into();
    b.add_visit(&id, visit(Outcome::FollowUp, Some("2026-12-04")));
    let again = FromCounter {
        id: id.clone(),
        name: "新客户甲（改）".into(),
        ..first.clone()
    };
    let (same, changed) = b.save_from_counter(again.clone(), today());
    assert_eq!((same.as_str(), changed), (id.as_str(), true));
    let r = b.get(&id).unwrap();
    assert_eq!(r.name, "新客户甲（改）");
    assert_eq!(
        (r.phone.as_str(), r.visits.len(), r.status),
        ("13800000000", 1, Status::FollowUp)
    );
    assert!(
        !b.save_from_counter(again, today()).1,
        "nothing new: no save"
    );
    let (other, _) = b.save_from_counter(first, today());
    assert_ne!(other, id, "a new customer gets its own record");
    assert_eq!(b.customers.len(), 5);
}

/// The list's money reads as the counter's (`Money::format`: the yuan sign,
/// comma groups), and a proposal that costs more is never a negative saving.
#[test]
fn the_lists_saving_is_the_counters_money_form() {
    use proposal_engine::book::words::monthly_saving;
    let m = Money(123_450);
    assert_eq!(
        monthly_saving(m).zh,
        format!("每月省 {}", m.format(Lang::ZhCn))
    );
    assert_eq!(monthly_saving(m).zh, "每月省 ¥1,234.50");
    assert_eq!(monthly_saving(Money(-1_200)).zh, "每月多付 ¥12.00");
    assert_eq!(
        monthly_saving(Money(-1_200)).en,
        "costs ¥12.00 more a month"
    );
    assert!(!monthly_saving(Money(-1_200)).zh.contains('-'));
}
