//! The cumulative-cost chart as the phone, the proposal page and its print
//! show it (issue 14): both series, the marks at the end of a month (every
//! promotion that ends inside the horizon and the contract's end, one mark
//! per month, their words merged), round axis values in yuan and months,
//! the same numbers as a table for screen readers, and a text alternative
//! that names each total and the saving (or the extra cost) by its label
//! from [`crate::screen::figures::label`].
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::pricing::Priced;
use crate::screen::figures::{label, month_range, Quantity};
use crate::text::{Lang, Text};

/// A vertical mark at the end of `month`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChartMark {
    pub month: u32,
    /// "优惠结束", "合约到期", or both ("优惠结束、合约到期").
    pub label: Text,
}

/// A value on an axis and how it reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tick {
    /// Fen on the amount axis, a month on the month axis.
    pub at: i64,
    pub label: Text,
}

/// One month of the data table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChartRow {
    pub month: u32,
    /// "第 3 个月".
    pub months: Text,
    pub current: Money,
    pub proposed: Money,
    /// `current − proposed` (negative: the proposal costs more so far).
    pub saving: Money,
}

/// Everything the chart draws and says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChartView {
    pub months: u32,
    /// Cumulative cost at the end of months 1..=months, keeping what they have.
    pub current: Vec<Money>,
    /// Likewise, the proposal (one-offs in its start month).
    pub proposed: Vec<Money>,
    pub current_label: Text,
    pub proposed_label: Text,
    /// At most one mark a month, in month order.
    pub marks: Vec<ChartMark>,
    /// The amount axis's top (a whole number of steps, at least the largest value).
    pub top: Money,
    /// Round amounts from ¥0 to `top`.
    pub amount_ticks: Vec<Tick>,
    /// Round months; the last says its unit.
    pub month_ticks: Vec<Tick>,
    /// The text alternative: both totals, then the saving or the extra cost.
    pub summary: Text,
    pub table_caption: Text,
    /// The data table's column headings: month, current, proposal, saving.
    pub columns: [Text; 4],
    pub rows: Vec<ChartRow>,
}

/// `¥2,000`: a round amount without its fen.
fn whole_yuan(m: Money) -> String {
    let s = m.format(Lang::ZhCn);
    s.strip_suffix(".00").map(str::to_string).unwrap_or(s)
}

/// The step of the amount axis: 1, 2 or 5 × 10ⁿ yuan, so that at most five
/// steps reach `max`.
fn amount_step(max: i64) -> i64 {
    let mut step = 100; // ¥1
    loop {
        for k in [1, 2, 5] {
            let s = step * k;
            if max <= s * 5 {
                return s;
            }
        }
        step = step.saturating_mul(10);
        if step >= i64::MAX / 50 {
            return step;
        }
    }
}

/// The step of the month axis: at most four ticks.
fn month_step(months: u32) -> u32 {
    [1, 2, 3, 6, 12, 24, 60, 120]
        .into_iter()
        .find(|s| months <= s * 4)
        .unwrap_or(months.div_ceil(4).max(1))
}

/// The chart of a priced proposal.
pub fn cost_chart(p: &Priced) -> ChartView {
    let s = &p.savings;
    let months = s.cumulative_current.len().max(s.cumulative_proposed.len()) as u32;
    let promotion_end = Text::new("优惠结束", "promotion ends");
    let contract_end = Text::new("合约到期", "contract ends");
    let mut ends: Vec<(u32, Text)> = p
        .promotion_ends
        .iter()
        .filter(|e| e.last_month < p.horizon && e.last_month <= months)
        .map(|e| (e.last_month, promotion_end.clone()))
        .collect();
    if p.contract_months > 0 && p.contract_months <= p.horizon.min(months) {
        ends.push((p.contract_months, contract_end.clone()));
    }
    ends.sort_by_key(|(m, _)| *m);
    let mut marks: Vec<ChartMark> = Vec::new();
    for (month, words) in ends {
        match marks.last_mut() {
            Some(last) if last.month == month => {
                if last.label != words && !last.label.zh.contains(&words.zh) {
                    last.label = Text::new(
                        format!("{}、{}", last.label.zh, words.zh),
                        format!("{}, {}", last.label.en, words.en),
                    );
                }
            }
            _ => marks.push(ChartMark {
                month,
                label: words,
            }),
        }
    }

    let max = s
        .cumulative_current
        .iter()
        .chain(&s.cumulative_proposed)
        .map(|m| m.0)
        .max()
        .unwrap_or(0)
        .max(100);
    let step = amount_step(max);
    let steps = ((max + step - 1) / step).max(1);
    let amount_ticks = (0..=steps)
        .map(|i| {
            let at = Money(step * i);
            let v = whole_yuan(at);
            Tick {
                at: at.0,
                label: Text::new(v.clone(), v),
            }
        })
        .collect();
    let ms = month_step(months.max(1));
    let last_tick = months / ms * ms;
    let month_ticks = (1..=months / ms)
        .map(|i| {
            let m = i * ms;
            Tick {
                at: i64::from(m),
                label: if m == last_tick {
                    Text::new(format!("{m} 个月"), format!("{m} months"))
                } else {
                    Text::new(m.to_string(), m.to_string())
                },
            }
        })
        .collect();

    let current_label = Text::new("保持现状", "Keep as is");
    let proposed_label = Text::new("推荐方案", "Proposal");
    let current_total = s.cumulative_current.last().copied().unwrap_or_default();
    let proposed_total = s.cumulative_proposed.last().copied().unwrap_or_default();
    let horizon_words = if s.horizon.0 >= 0 {
        label(Quantity::HorizonSaving { months })
    } else {
        Text::new(
            format!("{months} 个月合计多花"),
            format!("Costs more over {months} months"),
        )
    };
    let saving = Money(s.horizon.0.saturating_abs());
    let mark_words = |lang: Lang| {
        marks
            .iter()
            .map(|m| match lang {
                Lang::ZhCn => format!("第 {} 个月{}", m.month, m.label.zh),
                Lang::En => format!("{} in month {}", m.label.en, m.month),
            })
            .collect::<Vec<_>>()
    };
    let (zh_marks, en_marks) = (mark_words(Lang::ZhCn), mark_words(Lang::En));
    let summary = Text::new(
        format!(
            "{months} 个月累计费用：{} {}，{} {}；{} {}{}",
            current_label.zh,
            current_total.format(Lang::ZhCn),
            proposed_label.zh,
            proposed_total.format(Lang::ZhCn),
            horizon_words.zh,
            saving.format(Lang::ZhCn),
            if zh_marks.is_empty() {
                "。".to_string()
            } else {
                format!("；{}。", zh_marks.join("，"))
            }
        ),
        format!(
            "Cumulative cost over {months} months: {} {}, {} {}; {} {}{}",
            current_label.en.to_ascii_lowercase(),
            current_total.format(Lang::En),
            proposed_label.en.to_ascii_lowercase(),
            proposed_total.format(Lang::En),
            horizon_words.en.to_ascii_lowercase(),
            saving.format(Lang::En),
            if en_marks.is_empty() {
                ".".to_string()
            } else {
                format!("; {}.", en_marks.join(", "))
            }
        ),
    );
    let rows = (0..months as usize)
        .map(|i| {
            let current = s.cumulative_current.get(i).copied().unwrap_or_default();
            let proposed = s.cumulative_proposed.get(i).copied().unwrap_or_default();
            let month = i as u32 + 1;
            ChartRow {
                month,
                months: month_range(month, month),
                current,
                proposed,
                saving: Money(current.0.saturating_sub(proposed.0)),
            }
        })
        .collect();
    ChartView {
        months,
        current: s.cumulative_current.clone(),
        proposed: s.cumulative_proposed.clone(),
        marks,
        top: Money(step * steps),
        amount_ticks,
        month_ticks,
        summary,
        table_caption: Text::new("逐月累计费用", "Cumulative cost month by month"),
        columns: [
            Text::new("月份", "Month"),
            Text::new(
                format!("{}（累计）", current_label.zh),
                format!("{} (cumulative)", current_label.en),
            ),
            Text::new(
                format!("{}（累计）", proposed_label.zh),
                format!("{} (cumulative)", proposed_label.en),
            ),
            Text::new("累计节省", "Saved so far"),
        ],
        current_label,
        proposed_label,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_steps_are_round_and_few() {
        assert_eq!(amount_step(897_600), 200_000); // ¥8,976: ¥2,000 steps to ¥10,000
        assert_eq!(amount_step(100), 100);
        assert_eq!(amount_step(1_000_000), 200_000);
        assert_eq!(amount_step(1_000_001), 500_000);
        assert_eq!(month_step(24), 6);
        assert_eq!(month_step(36), 12);
        assert_eq!(month_step(12), 3);
        assert_eq!(month_step(1), 1);
        assert_eq!(whole_yuan(Money(200_000)), "¥2,000");
    }
}
