//! One figure, one source (issue 14): for every golden customer, the
//! counter's card (`card_figures`), the printed proposal (`build_document`)
//! and the customer's phone (`phone_view` of a shared link) give each
//! quantity the same value and the same label, in Chinese and English; and
//! the figures hold together: a row's stretches add up to its total, the
//! day's payment is the first bill + one-offs + prepayment, the later bill is
//! the bill table's last step, and payback follows its rule.
#[path = "golden/case.rs"]
#[allow(dead_code)]
mod golden_case;

use golden_case::Case;
use proposal_engine::date::Date;
use proposal_engine::screen::figures::{card_figures, label, payback, Quantity};
use proposal_engine::screen::link::phone_view;
use proposal_engine::share::{decode, encode, Shared};
use proposal_engine::{build_document, default_catalog, optimize, Lang, Money};

/// The golden cases whose rules have landed.
fn cases() -> Vec<(String, Case)> {
    golden_case::cases()
        .into_iter()
        .filter(|(_, c)| c.pending.is_none())
        .collect()
}

fn sum(xs: impl Iterator<Item = Money>) -> Money {
    Money(xs.map(|m| m.0).sum())
}

#[test]
fn the_card_the_document_and_the_phone_give_each_quantity_one_value_and_one_label() {
    let cat = default_catalog();
    let issued = Date::parse("2026-12-01").unwrap();
    let all = cases();
    assert!(all.len() >= 15, "the golden set is there");
    for (name, case) in &all {
        let found = optimize(&cat, &case.customer, &case.options).unwrap();
        let (a, _) = found.recommended();
        let card = card_figures(&cat, a);
        let doc = build_document(&cat, &case.customer, &a.proposal, &case.options, issued)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(
            doc.figures, card,
            "{name}: the document's figures are the card's"
        );
        let shared = Shared {
            customer: case.customer.clone(),
            chosen: Some(a.proposal.clone()),
            horizon: a.priced.horizon,
            rep_name: String::new(),
            rep_phone: String::new(),
            valid_until: String::new(),
            catalog: cat.reference(),
            edited_json: String::new(),
            approval: None,
        };
        let opened = decode(&encode(&shared, &cat), &cat).unwrap();
        let phone = phone_view(&cat, &opened, &case.customer).expect("the phone prices it");
        assert_eq!(
            phone.figures, card,
            "{name}: the phone's figures are the card's"
        );

        // Each label is the one `label` gives its quantity.
        let p = &a.priced;
        assert_eq!(
            card.horizon_saving.label,
            label(Quantity::HorizonSaving { months: p.horizon })
        );
        assert_eq!(
            card.first_year_saving.label,
            label(Quantity::FirstYearSaving)
        );
        assert_eq!(card.average_saving.label, label(Quantity::AverageSaving));
        assert_eq!(card.horizon_saving.amount, p.savings.horizon, "{name}");
        assert_eq!(
            card.first_year_saving.amount, p.savings.first_year,
            "{name}"
        );

        // The later bill is the bill table's last step, named by its start.
        let last = doc.steps.last().unwrap();
        assert_eq!(card.step_bill.amount, last.bill, "{name}");
        assert_eq!(card.step_saving.amount, last.saving, "{name}");
        assert_eq!(doc.saving_after, last.saving, "{name}");
        assert_eq!(card.step_from, last.from_month, "{name}");
        assert!(card
            .step_bill
            .label
            .zh
            .starts_with(&format!("第 {} 个月起", last.from_month)));

        // A row's stretches add up to its total; the bill's to the monthly total.
        for r in &doc.packages {
            let stretches = sum(r.amounts.iter().map(|m| m.total()));
            assert_eq!(stretches, r.horizon_total, "{name}: {}", r.unit.zh);
            let months: u32 = r
                .amounts
                .iter()
                .map(|m| m.to_month - m.from_month + 1)
                .sum();
            assert_eq!(months, p.horizon, "{name}: every month once");
        }
        assert_eq!(
            sum(doc.bill_amounts.iter().map(|m| m.total())),
            p.monthly_total,
            "{name}"
        );

        // The first bill, the one-offs, the prepayment and the day's payment.
        let start = a.proposal.start_month;
        assert_eq!(
            card.first_bill.amount,
            p.months[start as usize - 1].bill,
            "{name}"
        );
        assert_eq!(
            card.one_offs.as_ref().map_or(Money::ZERO, |f| f.amount),
            p.one_offs_total
        );
        assert_eq!(
            card.prepaid.as_ref().map_or(Money::ZERO, |f| f.amount),
            p.prepaid
        );
        if let Some(day) = &card.paid_on_day {
            assert_eq!(
                day.amount.0,
                card.first_bill.amount.0 + p.one_offs_total.0 + p.prepaid.0,
                "{name}"
            );
            for f in card.one_offs.iter().chain(card.prepaid.iter()) {
                for lang in [Lang::ZhCn, Lang::En] {
                    assert!(card
                        .paid_on_day_words
                        .get(lang)
                        .contains(&f.amount.format(lang)));
                }
            }
        } else {
            assert_eq!((p.one_offs_total.0, p.prepaid.0), (0, 0), "{name}");
        }
        if p.prepaid.0 > 0 {
            // One amount, one name: the conditions state the same prepayment.
            let amount = p.prepaid.format(Lang::ZhCn);
            assert!(
                doc.conditions.iter().any(|c| c.zh.contains(&amount)),
                "{name}"
            );
            assert!(
                card.first_bill.label.zh.contains("不含"),
                "{name}: the first bill says what it leaves out"
            );
        }

        // Payback: stated only after an outlay, and held to the end.
        let s = &p.savings;
        let saving_at = |m: u32| {
            s.cumulative_current[m as usize - 1].0 - s.cumulative_proposed[m as usize - 1].0
        };
        match card.payback.as_ref().map(|x| x.month) {
            None => assert!((1..=p.horizon).all(|m| saving_at(m) >= 0), "{name}"),
            Some(Some(m)) => {
                assert!(m > 1 && saving_at(m - 1) < 0, "{name}");
                assert!((m..=p.horizon).all(|k| saving_at(k) >= 0), "{name}");
            }
            Some(None) => assert!(saving_at(p.horizon) < 0, "{name}"),
        }
    }
}

#[test]
fn payback_is_stated_only_after_an_outlay_and_only_if_it_holds() {
    let cat = default_catalog();
    let (_, case) = cases().into_iter().next().unwrap();
    let found = optimize(&cat, &case.customer, &case.options).unwrap();
    let mut p = found.alternatives[0].priced.clone();
    // Saving from month 1 (even if it costs ¥98.20 more a month later on):
    // nothing to pay back, nothing stated.
    p.savings.break_even_month = Some(1);
    assert_eq!(payback(&p), None);
    p.savings.break_even_month = Some(3);
    let x = payback(&p).unwrap();
    assert_eq!(
        (x.label.zh.as_str(), x.value.zh.as_str()),
        ("回本", "第 3 个月")
    );
    assert_eq!(x.value.en, "in month 3");
    p.savings.break_even_month = None;
    let x = payback(&p).unwrap();
    assert_eq!(x.month, None);
    assert_eq!(x.value.zh, format!("{} 个月内不回本", p.horizon));
}

#[test]
fn each_quantity_has_one_label_in_both_languages() {
    let labels = [
        label(Quantity::EffectiveMonthly),
        label(Quantity::AverageSaving),
        label(Quantity::FirstYearSaving),
        label(Quantity::HorizonSaving { months: 24 }),
        label(Quantity::Payback),
        label(Quantity::FirstBill {
            month: 1,
            one_offs: true,
            prepaid: true,
        }),
        label(Quantity::OneOffs),
        label(Quantity::Prepaid),
        label(Quantity::PaidOnDay { month: 1 }),
        label(Quantity::StepBill { from: 13 }),
        label(Quantity::StepSaving { from: 13 }),
    ];
    for l in &labels {
        assert!(!l.zh.is_empty() && !l.en.is_empty());
    }
    let mut zh: Vec<&str> = labels.iter().map(|l| l.zh.as_str()).collect();
    zh.sort();
    zh.dedup();
    assert_eq!(zh.len(), labels.len(), "no two quantities share a name");
    assert_eq!(labels[2].zh, "第一年共省");
    assert_eq!(labels[3].zh, "24 个月合计省");
    assert_eq!(labels[9].zh, "第 13 个月起每月");
    assert_eq!(labels[5].zh, "首月账单（不含一次性费用和预存）");
    assert_eq!(labels[8].zh, "办理当天应付");
}
