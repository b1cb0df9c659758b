//! The campaign CSV reader on small lists: rows grouped by customer, columns
//! by name, every bad cell named in both languages, origins read.
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::LineOrigin;
use proposal_engine::{Bps, Money};

use super::*;

const HEAD: &str = "customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee\n";

#[test]
fn rows_of_a_customer_form_one_customer_wherever_they_are() {
    let text = format!(
        "{HEAD}7,\"Shop, Ltd\",business,street_shop,36,landline,80,900,400,0,0,30,0,0,0\n\
         8,Li,family,,60,mobile,¥128.50,800,0,2.5,50,35%,0,0,0\n\
         7,\"Shop, Ltd\",business,street_shop,36,mobile,98,700,300,0.001,20,12.5,0,0,0\n"
    );
    let (entries, errors) = read("c.csv", &text);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(entries.len(), 2);
    let shop = &entries[0];
    assert_eq!(
        (shop.id.as_str(), shop.customer.name.as_str()),
        ("7", "Shop, Ltd")
    );
    assert_eq!(shop.customer.lines.len(), 2);
    assert_eq!(shop.customer.lines[1].usage.data_mb, 1);
    assert_eq!(shop.customer.lines[1].usage.own_calls, Bps(1_250));
    assert_eq!(
        shop.locate("lines[1].usage.sms").en,
        "c.csv line 4, field sms"
    );
    let li = &entries[1].customer;
    assert_eq!(li.lines[0].current_monthly_fee, Money(12_850));
    assert_eq!(li.lines[0].usage.data_mb, 2_560);
    assert_eq!(li.lines[0].usage.own_calls, Bps(3_500));
}

#[test]
fn columns_are_found_by_name() {
    let text = "kind,current_monthly_fee,customer_id,customer_name,segment,cluster,tenure_months,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee,notes\n\
                broadband,100,9,,individual,,0,,,,,,300,,,whatever\n";
    let (entries, errors) = read("c.csv", text);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(entries[0].customer.lines[0].kind, LineKind::Broadband);
    assert_eq!(entries[0].customer.lines[0].usage.min_speed_mbps, 300);
}

#[test]
fn every_bad_cell_is_named_and_its_customer_left_out() {
    let text = format!(
        "{HEAD}1,A,business,street_shop,36,mobile,12x,100,0,2,0,0,0,0,0\n\
         2,B,family,,60,mobile,50,1.5,0,2,0,101,0,0,0\n\
         2,B,family,,61,tablet,50,0,0,2 TB,0,0,0,0,0\n\
         3,C,individual,,1,mobile,10,0,0,0,0,0,0,0,0\n\
         4,D,individual,,1,mobile,10,0\n"
    );
    let (entries, errors) = read("c.csv", &text);
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["3"], "{errors:?}");
    let expected = [
        "c.csv line 2, field current_monthly_fee: not an amount: \"12x\"",
        "c.csv line 3, field domestic_min: not a whole number: \"1.5\"",
        "c.csv line 3, field own_calls_pct: a percentage is at most 100: \"101\"",
        "c.csv line 4, field kind: unknown \"tablet\"",
        "c.csv line 4, field data_gb: not a number of GB: \"2 TB\"",
        "c.csv line 4, field tenure_months: \"61\" differs from \"60\" on line 3",
        "c.csv line 6: has 8 fields, the header has 15",
        "c.csv line 2 (customer 1): left out",
    ];
    for e in expected {
        assert!(
            errors.iter().any(|x| x.en.starts_with(e)),
            "{e}\n{errors:#?}"
        );
    }
    let chinese = [
        "c.csv 第 2 行，字段 current_monthly_fee：不是金额：\"12x\"",
        "c.csv 第 3 行，字段 domestic_min：不是整数：\"1.5\"",
        "c.csv 第 3 行，字段 own_calls_pct：百分比最多为 100：\"101\"",
        "c.csv 第 4 行，字段 kind：无法识别 \"tablet\"（应为 mobile、landline 或 broadband）",
        "c.csv 第 4 行，字段 data_gb：不是以 GB 计的流量：\"2 TB\"",
        "c.csv 第 4 行，字段 tenure_months：\"61\" 与该客户第一行（第 3 行）的 \"60\" 不一致",
        "c.csv 第 6 行：有 8 个字段，表头有 15 个",
        "c.csv 第 2 行（客户 1）：该客户未出方案",
    ];
    for e in chinese {
        assert!(
            errors.iter().any(|x| x.zh.starts_with(e)),
            "{e}\n{errors:#?}"
        );
    }
}

#[test]
fn a_line_says_where_it_is_today_in_the_optional_origin_column() {
    let text = "customer_id,kind,current_monthly_fee,customer_name,segment,cluster,tenure_months,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee,origin\n\
                1,mobile,10,,individual,,0,,,,,,,,,异网\n\
                1,mobile,10,,individual,,0,,,,,,,,,new\n\
                1,mobile,10,,individual,,0,,,,,,,,,\n\
                2,mobile,10,,individual,,0,,,,,,,,,elsewhere\n";
    let (entries, errors) = read("c.csv", text);
    let origins: Vec<LineOrigin> = entries[0].customer.lines.iter().map(|l| l.origin).collect();
    assert_eq!(
        origins,
        [
            LineOrigin::OtherOperator,
            LineOrigin::New,
            LineOrigin::ThisOperator
        ]
    );
    assert_eq!(entries.len(), 1, "{errors:?}");
    assert!(
        errors[0]
            .en
            .starts_with("c.csv line 5, field origin: unknown \"elsewhere\""),
        "{errors:?}"
    );
    // Without the column every line is with this operator.
    let (entries, _) = read(
        "c.csv",
        &format!("{HEAD}3,,individual,,0,mobile,10,0,0,0,0,0,0,0,0\n"),
    );
    assert_eq!(
        entries[0].customer.lines[0].origin,
        LineOrigin::ThisOperator
    );
}

#[test]
fn a_missing_column_stops_the_reading() {
    let text = HEAD.replace("data_gb,", "data,") + "1,A,individual,,1,mobile,10,0,0,0,0,0,0,0,0\n";
    let (entries, errors) = read("c.csv", &text);
    assert!(entries.is_empty());
    assert!(
        errors[0]
            .en
            .starts_with("c.csv line 1, field data_gb: missing column"),
        "{errors:?}"
    );
}

/// Issue 15: the optional columns of services, handsets, counts, origin by
/// `with_us`, the current plan and the account's extras; old files without
/// them still read (every other test here).
#[test]
fn the_issue_15_columns_read_and_a_bad_cell_is_named() {
    let head = HEAD.trim_end().to_string()
        + ",services,account_services,handset,handset_mode,count,with_us,current_plan,current_account_fee\n";
    let text = format!(
        "{head}1,Hotel,business,street_shop,40,mobile,50,100,0,2,0,0,0,0,0,addon.ptt; addon.x,addon.switchboard;addon.rbt,handset.nova,outright,6,no,旧套餐,50\n\
         1,Hotel,business,street_shop,40,landline,60,600,0,0,0,0,0,0,0,,addon.switchboard;addon.rbt,,,,yes,,50\n"
    );
    let (entries, errors) = read("c.csv", &text);
    assert!(errors.is_empty(), "{errors:?}");
    let c = &entries[0].customer;
    assert_eq!(c.lines.len(), 7, "a count of 6 is six lines");
    assert_eq!(c.groups(), vec![(0, 6), (6, 1)]);
    let l = &c.lines[0];
    assert_eq!(
        l.features,
        vec![
            proposal_engine::ItemId::new("addon.ptt"),
            proposal_engine::ItemId::new("addon.x")
        ]
    );
    assert_eq!(
        l.wants_handset.as_ref().map(|h| h.as_str()),
        Some("handset.nova")
    );
    assert_eq!(
        l.handset_mode,
        proposal_engine::customer::HandsetMode::Outright
    );
    assert_eq!(l.origin, LineOrigin::OtherOperator);
    assert_eq!(l.current_plan, "旧套餐");
    assert_eq!(c.lines[6].origin, LineOrigin::ThisOperator);
    assert_eq!(c.account_features.len(), 2);
    assert_eq!(c.current_account_fee, Money(5_000));
    let bad = format!(
        "{head}2,Bad,business,street_shop,0,mobile,50,0,0,0,0,0,0,0,0,,,,lease,0,maybe,,\n\
         2,Bad,business,street_shop,0,mobile,50,0,0,0,0,0,0,0,0,,,,,5001,,,\n"
    );
    let (entries, errors) = read("c.csv", &bad);
    assert!(entries.is_empty());
    let said: Vec<String> = errors.iter().map(|e| e.en.clone()).collect();
    for field in ["handset_mode", "count", "with_us"] {
        assert!(
            said.iter()
                .any(|e| e.contains(&format!("line 2, field {field}"))),
            "{said:?}"
        );
    }
    assert!(
        said.iter().any(|e| e.contains("line 3, field count")),
        "{said:?}"
    );
}
