//! The counter's share panel and its portrait bar (issue 14): the bar's
//! saving is the first card's figure, name and label and amount; the panel
//! names the rep only when the rep is known.
mod common;

use common::{customer, Rng};
use proposal_engine::optimize::Options;
use proposal_engine::screen::bar::best_bar;
use proposal_engine::screen::figures::card_figures;
use proposal_engine::screen::share_panel::share_panel;
use proposal_engine::{default_catalog, optimize, Money};

#[test]
fn the_bar_shows_the_first_cards_name_and_saving() {
    let cat = default_catalog();
    let mut switched = 0;
    let mut kept = 0;
    for seed in 0..40 {
        let c = customer(&mut Rng::new(seed), 1 + (seed % 5) as u32);
        let Ok(p) = optimize(&cat, &c, &Options::default()) else {
            continue;
        };
        let bar = best_bar(&cat, &p);
        // The card the counter shows first: "keep" when nothing beats it.
        let first = if p.keep_is_cheaper() {
            &p.baseline
        } else {
            &p.alternatives[0]
        };
        assert_eq!(bar.name, first.title, "seed {seed}");
        assert_eq!(
            bar.saving,
            card_figures(&cat, first).average_saving,
            "seed {seed}"
        );
        assert_eq!(bar.keep, p.keep_is_cheaper());
        assert_ne!(
            bar.saving.amount,
            Money(c.current_monthly_bill().0),
            "seed {seed}: the saving, not today's bill"
        );
        if bar.keep {
            kept += 1;
        } else {
            switched += 1;
            assert_eq!(bar.lead.zh, "推荐");
        }
    }
    assert!(switched > 0, "some customers switch");
    let _ = kept;
}

#[test]
fn the_panel_names_the_rep_only_when_known() {
    let cat = default_catalog();
    let c = customer(&mut Rng::new(7), 3);
    let p = optimize(&cat, &c, &Options::default()).unwrap();
    let a = &p.alternatives[0];
    let saving = card_figures(&cat, a).average_saving;

    let blank = share_panel(&cat, a, "", "  ");
    assert_eq!(blank.rep, None, "no rep typed: nothing said about one");
    for t in [&blank.heading, &blank.share_title, &blank.share_text] {
        assert!(!t.zh.contains("营业员"), "{}", t.zh);
        assert!(!t.en.contains("rep"), "{}", t.en);
    }
    assert!(blank.heading.zh.contains(&a.title.zh));
    assert!(blank.share_text.zh.contains(&saving.label.zh));
    assert!(blank
        .share_text
        .zh
        .contains(&saving.amount.format(proposal_engine::Lang::ZhCn)));
    assert!(blank
        .share_text
        .en
        .contains(&saving.amount.format(proposal_engine::Lang::En)));

    let named = share_panel(&cat, a, " 王丽 ", "13800000000");
    let rep = named.rep.expect("a rep typed: named");
    assert_eq!(rep.zh, "营业员：王丽 13800000000");
    assert_eq!(rep.en, "Your rep: 王丽 13800000000");
    assert!(named
        .share_text
        .zh
        .ends_with("（营业员：王丽 13800000000）"));

    let phone_only = share_panel(&cat, a, "", "13800000000");
    assert_eq!(phone_only.rep.unwrap().zh, "营业员：13800000000");
}

#[test]
fn no_chinese_punctuation_in_the_english_words() {
    let cat = default_catalog();
    let c = customer(&mut Rng::new(11), 2);
    let p = optimize(&cat, &c, &Options::default()).unwrap();
    let a = &p.alternatives[0];
    let panel = share_panel(&cat, a, "Li", "138");
    let bar = best_bar(&cat, &p);
    let rep = panel.rep.clone().unwrap();
    for t in [
        &panel.heading,
        &panel.share_title,
        &panel.share_text,
        &rep,
        &bar.lead,
    ] {
        // The proposal's own title is the catalog's English name, checked elsewhere.
        let en = t.en.replace(&a.title.en, "");
        assert!(!en.contains(['：', '，', '。', '（', '）']), "{}", t.en);
        assert!(!t.zh.is_empty() && !t.en.is_empty());
    }
}
