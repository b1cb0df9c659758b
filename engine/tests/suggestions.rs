//! Issue 15's segment-aware suggestions: the tables' industries, spend bands
//! and cluster orders (validated, absent in older tables), what the counter
//! suggests for a customer (in the cluster's order, skipping what is taken),
//! and what the proposal prints.
use proposal_engine::catalog::{
    default_catalog, suggestion_fields, ItemId, LineKind, SpendBand, SuggestedService,
    SuggestionKind,
};
use proposal_engine::customer::{
    Cluster, CurrentContract, HandsetMode, Line, LineOrigin, Segment, Usage,
};
use proposal_engine::screen::suggestions::{segment_lines, suggestions, Accept};
use proposal_engine::{
    build_document, optimize, validate_catalog, Catalog, Customer, Date, Money, Options,
};

fn line(kind: LineKind, fee: i64) -> Line {
    Line {
        kind,
        label: String::new(),
        current_monthly_fee: Money(fee),
        usage: Usage::default(),
        features: Vec::new(),
        wants_handset: None,
        handset_mode: HandsetMode::Contract,
        origin: LineOrigin::ThisOperator,
        current_plan: String::new(),
        estimated: Vec::new(),
    }
}

fn business(cluster: Cluster, industry: &str, lines: Vec<Line>) -> Customer {
    Customer {
        name: String::new(),
        segment: Segment::Business {
            cluster,
            industry: industry.into(),
        },
        tenure_months: 0,
        lines,
        account_features: Vec::new(),
        current_account_fee: Money::ZERO,
        contract: CurrentContract::default(),
    }
}

/// A hotel: two mobiles and the front desk's landline (¥50 + ¥50 + ¥60).
fn hotel(cluster: Cluster) -> Customer {
    let lines = vec![
        line(LineKind::Mobile, 5_000),
        line(LineKind::Mobile, 5_000),
        line(LineKind::Landline, 6_000),
    ];
    business(cluster, "快捷酒店", lines)
}

fn items(c: &Catalog, customer: &Customer) -> Vec<String> {
    suggestions(c, customer)
        .into_iter()
        .map(|s| s.item.0)
        .collect()
}

#[test]
fn a_hotel_is_suggested_the_switchboard_and_push_to_talk_for_its_staff() {
    let c = default_catalog();
    let s = suggestions(&c, &hotel(Cluster::Other));
    let ptt = s.iter().find(|s| s.item.as_str() == "addon.ptt").unwrap();
    assert_eq!(ptt.why.zh, "酒店常用：天翼对讲（员工手机）");
    assert_eq!(ptt.price.zh, "¥10.00/月 × 2 部 = ¥20.00/月");
    assert_eq!(
        ptt.accept,
        Some(Accept::Lines {
            service: ItemId::new("addon.ptt"),
            kinds: vec![LineKind::Mobile]
        })
    );
    let sw = s
        .iter()
        .find(|s| s.item.as_str() == "addon.switchboard")
        .unwrap();
    assert_eq!(
        sw.accept,
        Some(Accept::Account(ItemId::new("addon.switchboard")))
    );
    assert_eq!(sw.price.en, "¥50.00/month");
    // ¥160 a month, a business: 沃商务·免费版 is featured, a marker only.
    assert_eq!(s[0].kind, SuggestionKind::Package);
    assert_eq!(s[0].item.as_str(), "bundle.wo-free");
    assert_eq!(s[0].accept, None);
    assert!(s[0].why.zh.contains("¥120.00–¥250.00"), "{:?}", s[0].why);
    for x in &s {
        assert!(!x.what.zh.is_empty() && !x.what.en.is_empty());
        assert!(!x.why.en.is_empty() && !x.price.en.is_empty());
    }
}

#[test]
fn the_cluster_market_orders_the_suggestions() {
    let c = default_catalog();
    // A street shop: CT products (switchboard, push-to-talk) before the package.
    assert_eq!(
        items(&c, &hotel(Cluster::StreetShop)),
        ["addon.switchboard", "addon.ptt", "bundle.wo-free"]
    );
    // An office tower: the (broadband) package first.
    assert_eq!(
        items(&c, &hotel(Cluster::OfficeTower)),
        ["bundle.wo-free", "addon.switchboard", "addon.ptt"]
    );
}

#[test]
fn a_suggestion_taken_is_not_suggested_again_and_is_printed() {
    let c = default_catalog();
    let mut h = hotel(Cluster::StreetShop);
    h.account_features.push(ItemId::new("addon.switchboard"));
    h.lines[0].features.push(ItemId::new("addon.ptt"));
    // One mobile still lacks push-to-talk: suggested for that one only.
    let s = suggestions(&c, &h);
    assert!(!s.iter().any(|s| s.item.as_str() == "addon.switchboard"));
    let ptt = s.iter().find(|s| s.item.as_str() == "addon.ptt").unwrap();
    assert_eq!(ptt.price.zh, "¥10.00/月 × 1 部 = ¥10.00/月");
    h.lines[1].features.push(ItemId::new("addon.ptt"));
    assert_eq!(items(&c, &h), ["bundle.wo-free"]);
    // The proposal prints the cluster, the industry and what was taken.
    let chosen = optimize(&c, &h, &Options::default()).unwrap().alternatives[0]
        .proposal
        .clone();
    let doc = build_document(
        &c,
        &h,
        &chosen,
        &Options::default(),
        Date::new(2026, 12, 3).unwrap(),
    )
    .unwrap();
    let zh: Vec<&str> = doc.segment.iter().map(|t| t.zh.as_str()).collect();
    assert_eq!(
        zh,
        [
            "聚类市场：临街店铺",
            "行业：快捷酒店",
            "采纳的建议：总机服务、天翼对讲"
        ]
    );
    assert_eq!(
        doc.segment[2].en,
        "Suggestions taken: Virtual switchboard, Push-to-talk"
    );
}

#[test]
fn no_industry_or_no_fitting_line_suggests_no_service() {
    let c = default_catalog();
    // No industry typed: only the featured package.
    let plain = business(Cluster::Other, "", vec![line(LineKind::Mobile, 5_000)]);
    assert_eq!(items(&c, &plain), ["bundle.shanghang"]);
    assert_eq!(segment_lines(&c, &plain), vec![]);
    // A logistics firm with only a landline: push-to-talk fits no line.
    let desk = business(
        Cluster::Other,
        "物流",
        vec![line(LineKind::Landline, 5_000)],
    );
    assert_eq!(items(&c, &desk), ["bundle.shanghang"]);
    // A family is featured its own band's bundle, and no industry.
    let family = Customer {
        segment: Segment::Family,
        ..business(Cluster::Other, "", vec![line(LineKind::Mobile, 12_900)])
    };
    assert_eq!(items(&c, &family), ["bundle.family"]);
}

#[test]
fn tables_without_suggestions_still_load_and_suggest_nothing() {
    let mut v: serde_json::Value = serde_json::from_str(&default_catalog().to_json()).unwrap();
    v.as_object_mut().unwrap().remove("suggestions");
    let old = Catalog::load(&v.to_string()).expect("old tables load");
    assert!(old.suggestions.is_empty());
    assert!(suggestions(&old, &hotel(Cluster::StreetShop)).is_empty());
    // And their JSON still leaves the section out (the fingerprint is unchanged).
    assert!(!old.to_json().contains("suggestions"));
}

fn problems(c: &Catalog) -> Vec<(String, String, String)> {
    validate_catalog(c)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|p| (p.path, p.message.zh, p.message.en))
        .collect()
}

#[test]
fn unknown_ids_packs_and_overlapping_bands_are_refused_in_both_languages() {
    let mut c = default_catalog();
    assert_eq!(problems(&c), vec![], "the shipped suggestions are valid");
    c.suggestions.industries[0].services.push(SuggestedService {
        addon: ItemId::new("addon.nope"),
        for_whom: Default::default(),
    });
    c.suggestions.industries[1].services.push(SuggestedService {
        addon: ItemId::new("addon.data-10g"),
        for_whom: Default::default(),
    });
    c.suggestions.industries[2].words = vec![" ".into()];
    c.suggestions.spend_bands.push(SpendBand {
        from: Money(20_000),
        to: Some(Money(30_000)),
        segments: vec![],
        featured: ItemId::new("addon.ptt"),
    });
    c.suggestions.cluster_order[1].cluster = Cluster::WholesaleMarket;
    let p = problems(&c);
    let at = |path: &str| {
        p.iter()
            .find(|x| x.0 == path)
            .unwrap_or_else(|| panic!("no problem at {path}: {p:?}"))
    };
    assert!(at("suggestions.industries[0].services[2].addon")
        .1
        .contains("addon.nope"));
    assert!(at("suggestions.industries[1].services[1].addon")
        .2
        .contains("packs"));
    assert!(at("suggestions.industries[2].words").1.contains("行业词"));
    assert!(at("suggestions.spend_bands[7].featured")
        .2
        .contains("no plan or bundle"));
    let overlap = at("suggestions.spend_bands[7]");
    assert!(overlap.1.contains("重叠") && overlap.2.contains("overlaps spend band 3"));
    assert!(at("suggestions.cluster_order[1].cluster")
        .2
        .contains("twice"));
    // Bands for different customers may cover the same bills.
    let mut ok = default_catalog();
    ok.suggestions.spend_bands[0].to = Some(Money(50_000));
    assert!(problems(&ok)
        .iter()
        .any(|x| x.0 == "suggestions.spend_bands[1]"));
    ok.suggestions.spend_bands.truncate(1);
    assert_eq!(problems(&ok), vec![]);
}

#[test]
fn every_suggestion_field_is_in_readme_with_both_languages() {
    let readme = include_str!("../../README.md");
    let section = readme
        .split("\n## Segment-aware suggestions\n")
        .nth(1)
        .expect("README has a ## Segment-aware suggestions section");
    for (field, meaning) in suggestion_fields() {
        assert!(
            section.contains(&format!("`{field}`")),
            "README lacks {field}"
        );
        assert!(!meaning.zh.is_empty() && !meaning.en.is_empty(), "{field}");
    }
}
