//! One figure, one source (issue 14): every quantity the counter's proposal
//! card, its breakdown, the printed proposal (and so its PDF) and the
//! customer's phone show, with its one value and its one label, decided here.
//! The card reads [`card_figures`], the document carries the same
//! [`KeyFigures`] (`ProposalDocument::figures`) and the phone's view carries
//! them too (`PhoneView::figures`); every label comes from [`label`].
//!
//! Definitions:
//! - the bill "later" is **the last bill step** of the horizon (the steps
//!   `document::BillStep` lists: consecutive months with the same bill), the
//!   same step the proposal's table ends with, labelled with the month it
//!   starts: "第 13 个月起每月 ¥570.20". It is never the bill once every
//!   promotion has ended (`Priced::steady_monthly`) when a promotion (a
//!   volume discount to month 24) still runs at the horizon's end, a bill
//!   no month of the horizon has. The saving a month then ("第 13 个月起每月省")
//!   is today's bill minus that same step's bill;
//! - the first bill is the bill of the first month on the new packages
//!   (one-offs and prepayment apart, and its label says so); what is paid on
//!   the day (办理当天) is that bill plus every one-off plus the prepayment;
//! - the prepayment is one amount, `Priced::prepaid` (every unit's
//!   prepayment together), with one name;
//! - payback: see [`payback`].
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, PromotionKind};
use crate::money::Money;
use crate::optimize::Alternative;
use crate::pricing::{LineCost, Priced};
use crate::text::{Lang, Text};

/// A labelled amount, as every screen shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub label: Text,
    pub amount: Money,
}

/// The quantities a screen names; [`label`] gives each its one name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    /// `Priced::effective_monthly`.
    EffectiveMonthly,
    /// `Savings::average_month`.
    AverageSaving,
    /// `Savings::first_year`.
    FirstYearSaving,
    /// `Savings::horizon` over `months`.
    HorizonSaving { months: u32 },
    /// [`payback`].
    Payback,
    /// The bill of `month`, the first on the new packages; says what it
    /// leaves out.
    FirstBill {
        month: u32,
        one_offs: bool,
        prepaid: bool,
    },
    /// `Priced::one_offs_total`.
    OneOffs,
    /// `Priced::prepaid`.
    Prepaid,
    /// First bill + one-offs + prepayment, paid when the packages start.
    PaidOnDay { month: u32 },
    /// The last bill step's bill, from month `from`.
    StepBill { from: u32 },
    /// Today's bill minus the last bill step's, from month `from`.
    StepSaving { from: u32 },
}

/// The one name of `q`, in both languages.
pub fn label(q: Quantity) -> Text {
    match q {
        Quantity::EffectiveMonthly => Text::new("折合每月", "Effective monthly"),
        Quantity::AverageSaving => Text::new("平均每月省", "Average saving a month"),
        Quantity::FirstYearSaving => Text::new("第一年共省", "Saving in the first year"),
        Quantity::HorizonSaving { months } => Text::new(
            format!("{months} 个月合计省"),
            format!("Saving over {months} months"),
        ),
        Quantity::Payback => Text::new("回本", "Pays back"),
        Quantity::FirstBill {
            month,
            one_offs,
            prepaid,
        } => {
            let (zh, en) = if month <= 1 {
                ("首月账单".to_string(), "First bill".to_string())
            } else {
                (
                    format!("第 {month} 个月账单"),
                    format!("Bill of month {month}"),
                )
            };
            let (xz, xe) = match (one_offs, prepaid) {
                (true, true) => (
                    "（不含一次性费用和预存）",
                    " (one-offs and prepayment apart)",
                ),
                (true, false) => ("（不含一次性费用）", " (one-offs apart)"),
                (false, true) => ("（不含预存）", " (prepayment apart)"),
                (false, false) => ("", ""),
            };
            Text::new(format!("{zh}{xz}"), format!("{en}{xe}"))
        }
        Quantity::OneOffs => Text::new("一次性费用", "One-off fees"),
        Quantity::Prepaid => Text::new(
            "预存款（抵扣以后的话费，不计入总额）",
            "Prepayment (pays later bills; not in the totals)",
        ),
        Quantity::PaidOnDay { month } => {
            if month <= 1 {
                Text::new("办理当天应付", "Paid on the day")
            } else {
                Text::new(
                    format!("第 {month} 个月办理当天应付"),
                    format!("Paid on the day, month {month}"),
                )
            }
        }
        Quantity::StepBill { from } => Text::new(
            format!("第 {from} 个月起每月"),
            format!("A month from month {from}"),
        ),
        Quantity::StepSaving { from } => Text::new(
            format!("第 {from} 个月起每月省"),
            format!("Saving a month from month {from}"),
        ),
    }
}

/// "第 3 个月" / "第 1–6 个月": the months an amount applies to, stated in full.
pub fn month_range(from: u32, to: u32) -> Text {
    if from == to {
        Text::new(format!("第 {from} 个月"), format!("Month {from}"))
    } else {
        Text::new(
            format!("第 {from}–{to} 个月"),
            format!("Months {from}–{to}"),
        )
    }
}

/// A stretch of the bill table: "第 13 个月起" when it runs to the horizon's
/// end (and does not start in month 1), else [`month_range`].
pub fn stretch(from: u32, to: u32, horizon: u32) -> Text {
    if to == horizon && from > 1 {
        Text::new(format!("第 {from} 个月起"), format!("From month {from}"))
    } else {
        month_range(from, to)
    }
}

/// An amount paid each month of a stretch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthAmount {
    pub from_month: u32,
    pub to_month: u32,
    /// [`month_range`] of the stretch.
    pub months: Text,
    /// Paid in each of these months.
    pub each: Money,
}

impl MonthAmount {
    /// `each` times the months of the stretch.
    pub fn total(&self) -> Money {
        Money(
            self.each
                .0
                .saturating_mul(i64::from(self.to_month - self.from_month + 1)),
        )
    }
}

/// `series` (month 1 first) in stretches of equal amounts: they add up to
/// the series' sum, so a row's amounts add up to its total.
pub fn month_amounts(series: &[Money]) -> Vec<MonthAmount> {
    let mut out: Vec<MonthAmount> = Vec::new();
    for (m, &each) in (1u32..).zip(series) {
        match out.last_mut() {
            Some(s) if s.each == each => s.to_month = m,
            _ => out.push(MonthAmount {
                from_month: m,
                to_month: m,
                months: Text::default(),
                each,
            }),
        }
    }
    let whole = out.len() == 1;
    for s in &mut out {
        // One amount all along needs no months beside it: "每月 ¥19.00"
        // (a row stays one line, so ten lines still print on two pages).
        s.months = if whole {
            Text::new("每月", "Every month")
        } else {
            month_range(s.from_month, s.to_month)
        };
    }
    out
}

/// A billing unit's amounts month by month (`LineCost::monthly`).
pub fn unit_amounts(u: &LineCost) -> Vec<MonthAmount> {
    month_amounts(&u.monthly)
}

/// The whole monthly bill month by month (one-offs apart): adds up to
/// `Priced::monthly_total`.
pub fn bill_amounts(p: &Priced) -> Vec<MonthAmount> {
    let bills: Vec<Money> = p.months.iter().map(|m| m.bill).collect();
    month_amounts(&bills)
}

/// A labelled value in words (payback: a month, or "does not pay back").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payback {
    pub label: Text,
    pub value: Text,
    /// The payback month; `None`: it does not pay back within the horizon.
    pub month: Option<u32>,
}

/// Payback (回本), the rule: a proposal pays back in month `m` when the
/// cumulative saving (today's way minus the proposal's, one-offs in their
/// month) is below zero in month `m − 1` (something was laid out to pay back)
/// and stays at or above zero in every month from `m` to the horizon's end
/// (`Savings::break_even_month`). When it is below zero at the horizon's end
/// it does not pay back ("不回本"). When it is at or above zero from month 1
/// there is nothing to pay back and no payback is stated (`None`): an option
/// that saves at first and costs ¥98.20 more each month from month 13 does
/// not "pay back in month 1".
pub fn payback(p: &Priced) -> Option<Payback> {
    let label = label(Quantity::Payback);
    match p.savings.break_even_month {
        Some(1) => None,
        Some(m) => Some(Payback {
            label,
            value: Text::new(format!("第 {m} 个月"), format!("in month {m}")),
            month: Some(m),
        }),
        None => Some(Payback {
            label,
            value: Text::new(
                format!("{} 个月内不回本", p.horizon),
                format!("not within {} months", p.horizon),
            ),
            month: None,
        }),
    }
}

/// Every key figure of one priced proposal, labelled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFigures {
    pub horizon: u32,
    /// The first month on the new packages.
    pub start_month: u32,
    pub effective_monthly: Figure,
    pub average_saving: Figure,
    pub first_year_saving: Figure,
    pub horizon_saving: Figure,
    /// `None`: nothing to pay back ([`payback`]).
    pub payback: Option<Payback>,
    pub first_bill: Figure,
    /// `None`: nothing is paid once.
    pub one_offs: Option<Figure>,
    /// `None`: no prepayment.
    pub prepaid: Option<Figure>,
    /// What the prepayment is made of ("4 份：预存600元，每月返50元"), empty
    /// when it is one promotion's amount once or there is none.
    pub prepaid_words: Text,
    /// `None`: nothing is paid on the day beyond the first bill.
    pub paid_on_day: Option<Figure>,
    /// "首月账单 ¥72.55 + 一次性费用 ¥100.00 + 预存款 ¥2,400.00".
    pub paid_on_day_words: Text,
    /// The horizon's last bill step and its start.
    pub step_bill: Figure,
    pub step_saving: Figure,
    pub step_from: u32,
    /// Each promotion that ends before the horizon does, in words.
    pub promotion_ends: Vec<Text>,
}

fn yuan(m: Money, lang: Lang) -> String {
    m.format(lang)
}

/// How many times the one prepay promotion of `p` was taken (`prepaid` over
/// its amount), with the promotion's name; `None` when it is not exactly one
/// prepay promotion's whole multiple.
fn prepay_count(catalog: &Catalog, p: &Priced) -> Option<(u32, Text, Money)> {
    let mut prepays = p.promotion_ends.iter().filter_map(|e| {
        match catalog.promotion(&e.promotion).map(|x| &x.kind) {
            Some(PromotionKind::PrepayCredit { prepay, .. }) if prepay.0 > 0 => {
                Some((e.name.clone(), *prepay))
            }
            _ => None,
        }
    });
    let (name, each) = prepays.next()?;
    if prepays.next().is_some() || p.prepaid.0 % each.0 != 0 {
        return None;
    }
    let n = u32::try_from(p.prepaid.0 / each.0).ok()?;
    Some((n, name, each))
}

/// The key figures of `p`, whose new packages start in `start`, priced with
/// `catalog` (promotion names and prepay amounts).
pub fn key_figures(catalog: &Catalog, p: &Priced, start: u32) -> KeyFigures {
    let s = &p.savings;
    let fig = |q, amount| Figure {
        label: label(q),
        amount,
    };
    let steps = crate::document::bill_steps(p, start);
    let (step_from, step_bill, step_saving) =
        steps.last().map_or((start, Money::ZERO, Money::ZERO), |x| {
            (x.from_month, x.bill, x.saving)
        });
    let first = p
        .months
        .get(start as usize - 1)
        .map_or(Money::ZERO, |m| m.bill);
    let has_one_offs = p.one_offs_total.0 > 0;
    let has_prepaid = p.prepaid.0 > 0;
    let first_bill = fig(
        Quantity::FirstBill {
            month: start,
            one_offs: has_one_offs,
            prepaid: has_prepaid,
        },
        first,
    );
    let one_offs = has_one_offs.then(|| fig(Quantity::OneOffs, p.one_offs_total));
    let prepaid = has_prepaid.then(|| fig(Quantity::Prepaid, p.prepaid));
    let count = prepay_count(catalog, p);
    let prepaid_words = match &count {
        Some((n, name, _)) if *n > 1 => {
            Text::new(format!("{n} 份：{}", name.zh), format!("{n} × {}", name.en))
        }
        _ => Text::default(),
    };
    let paid_on_day = (has_one_offs || has_prepaid).then(|| {
        let total = Money(
            first
                .0
                .saturating_add(p.one_offs_total.0)
                .saturating_add(p.prepaid.0),
        );
        fig(Quantity::PaidOnDay { month: start }, total)
    });
    let paid_on_day_words = if paid_on_day.is_some() {
        let mut parts = vec![&first_bill];
        parts.extend(one_offs.as_ref());
        parts.extend(prepaid.as_ref());
        let side = |lang: Lang| {
            parts
                .iter()
                .map(|f| {
                    // The short name, without what the label says it leaves out.
                    let name = f.label.get(lang);
                    let name = name.split(['（', '(']).next().unwrap_or(name).trim_end();
                    format!("{name} {}", yuan(f.amount, lang))
                })
                .collect::<Vec<_>>()
                .join(" + ")
        };
        Text::new(side(Lang::ZhCn), side(Lang::En))
    } else {
        Text::default()
    };
    let promotion_ends = p
        .promotion_ends
        .iter()
        .filter(|e| e.last_month < p.horizon)
        .map(|e| {
            let (zh_more, en_more) = match &count {
                Some((n, name, _)) if *n > 1 && name == &e.name => (
                    format!("（{n} 份，共预存 {}）", yuan(p.prepaid, Lang::ZhCn)),
                    format!(
                        " ({n} of them: {} prepaid in all)",
                        yuan(p.prepaid, Lang::En)
                    ),
                ),
                _ => (String::new(), String::new()),
            };
            Text::new(
                format!("{}{zh_more}：优惠到第 {} 个月结束", e.name.zh, e.last_month),
                format!("{}{en_more}: ends after month {}", e.name.en, e.last_month),
            )
        })
        .collect();
    KeyFigures {
        horizon: p.horizon,
        start_month: start,
        effective_monthly: fig(Quantity::EffectiveMonthly, p.effective_monthly),
        average_saving: fig(Quantity::AverageSaving, s.average_month),
        first_year_saving: fig(Quantity::FirstYearSaving, s.first_year),
        horizon_saving: fig(Quantity::HorizonSaving { months: p.horizon }, s.horizon),
        payback: payback(p),
        first_bill,
        one_offs,
        prepaid,
        prepaid_words,
        paid_on_day,
        paid_on_day_words,
        step_bill: fig(Quantity::StepBill { from: step_from }, step_bill),
        step_saving: fig(Quantity::StepSaving { from: step_from }, step_saving),
        step_from,
        promotion_ends,
    }
}

/// The counter's card of `a`: the same figures as its document and the
/// phone's view.
pub fn card_figures(catalog: &Catalog, a: &Alternative) -> KeyFigures {
    key_figures(catalog, &a.priced, a.proposal.start_month)
}
