//! Cumulative cost, month by month, current vs proposed: the engine's
//! [`ChartView`] drawn as inline SVG (prints in black and white: the two
//! lines differ by dash, not only by colour). The SVG has no view box: its
//! units are CSS pixels, so its words keep their size (12 px) on a phone,
//! a tablet and paper, and months are placed in percentages of its width.
//! Marks (promotion ends, the contract's end) come one a month from the
//! engine; their labels sit in rows above the plot, a row lower when the
//! one before would overlap, and anchored inwards at the edges. The same
//! numbers are a table in a <details> for screen readers and anyone.
use proposal_engine::screen::chart::ChartView;
use yew::prelude::*;

use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct CostChartProps {
    pub view: ChartView,
}

/// Pixel geometry of the drawing.
const ROW: i64 = 16;
const PLOT_H: i64 = 170;
/// On paper: the proposal keeps to its one or two A4 pages.
const PLOT_H_PAPER: i64 = 52;
const BELOW: i64 = 24;
/// The plot's inset from each side, in hundredths of a percent.
const INSET: i64 = 200;
/// The narrowest the chart is drawn (px): labels that do not overlap at this
/// width never overlap wider.
const NARROWEST: i64 = 260;

/// The x of the end of `month`, in hundredths of a percent of the width.
fn x_at(month: i64, months: i64) -> i64 {
    INSET + (10_000 - 2 * INSET) * month / months.max(1)
}

fn pct(h: i64) -> String {
    format!("{}.{:02}%", h / 100, h % 100)
}

/// The width of `text` at 12 px, a little generously.
fn text_px(text: &str) -> i64 {
    text.chars()
        .map(|c| if c.is_ascii() { 7 } else { 12 })
        .sum::<i64>()
        + 4
}

/// Where a label goes: its anchor, and its row (0 the top).
fn place(labels: &[(i64, &str)]) -> Vec<(&'static str, usize)> {
    let mut rows: Vec<Vec<(i64, i64)>> = Vec::new();
    labels
        .iter()
        .map(|&(x, text)| {
            let c = x * NARROWEST / 10_000;
            let w = text_px(text);
            let (anchor, from) = if c - w / 2 < 0 {
                ("start", c)
            } else if c + w / 2 > NARROWEST {
                ("end", c - w)
            } else {
                ("middle", c - w / 2)
            };
            let to = from + w;
            let row = rows
                .iter()
                .position(|r| r.iter().all(|&(a, b)| to + 4 <= a || from >= b + 4))
                .unwrap_or(rows.len());
            if row == rows.len() {
                rows.push(Vec::new());
            }
            rows[row].push((from, to));
            (anchor, row)
        })
        .collect()
}

fn points(series: &[proposal_engine::Money], top: i64, months: i64) -> String {
    std::iter::once("0,1000".to_string())
        .chain(series.iter().zip(1..).map(|(v, m)| {
            let y = 1000 - i128::from(v.0.clamp(0, top)) * 1000 / i128::from(top.max(1));
            format!("{},{}", 1000 * m / months.max(1), y)
        }))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The drawing with a plot `plot_h` px high.
fn drawing(
    v: &ChartView,
    lang: proposal_engine::Lang,
    plot_h: i64,
    class: &'static str,
    named: bool,
) -> Html {
    let months = i64::from(v.months);
    let labels: Vec<(i64, &str)> = v
        .marks
        .iter()
        .map(|m| (x_at(i64::from(m.month), months), m.label.get(lang)))
        .collect();
    let placed = place(&labels);
    let rows = placed.iter().map(|p| p.1 + 1).max().unwrap_or(0) as i64;
    // Room above the plot for the marks' rows, then for the top amount's label.
    let top = 8 + rows * ROW + 14;
    let bottom = top + plot_h;
    let height = bottom + BELOW;
    let top_value = v.top.0.max(1);
    let y_of =
        |fen: i64| bottom - (i128::from(plot_h) * i128::from(fen) / i128::from(top_value)) as i64;
    // Every line; a label only where the one below is at least a word's height away.
    let every = if plot_h * 2 < PLOT_H && v.amount_ticks.len() > 3 {
        2
    } else {
        1
    };
    let grid = v.amount_ticks.iter().enumerate().map(|(i, t)| {
        let y = y_of(t.at);
        html! {
            <g class="chart-grid">
                <line x1="0" x2="100%" y1={y.to_string()} y2={y.to_string()} />
                if i % every == 0 {
                    <text x="0" y={(y - 3).to_string()}>{ t.label.get(lang) }</text>
                }
            </g>
        }
    });
    let month_ticks = v.month_ticks.iter().map(|t| {
        let x = x_at(t.at, months);
        let anchor = if x * NARROWEST / 10_000 + text_px(t.label.get(lang)) / 2 > NARROWEST {
            "end"
        } else {
            "middle"
        };
        html! {
            <text class="chart-month" x={pct(x)} y={(height - 6).to_string()} text-anchor={anchor}>{ t.label.get(lang) }</text>
        }
    });
    let marks = v.marks.iter().zip(&placed).map(|(m, &(anchor, row))| {
        let x = pct(x_at(i64::from(m.month), months));
        let y = 8 + (row as i64 + 1) * ROW - 4;
        html! {
            <g class="chart-mark">
                <line x1={x.clone()} x2={x.clone()} y1={(y + 3).to_string()} y2={bottom.to_string()} />
                <text x={x} y={y.to_string()} text-anchor={anchor}>{ m.label.get(lang) }</text>
            </g>
        }
    });
    let inset = pct(INSET);
    let plot_w = pct(10_000 - 2 * INSET);
    html! {
        <svg class={classes!("chart-svg", class)} width="100%" height={height.to_string()}
            role={named.then_some("img")} aria-label={named.then(|| v.summary.get(lang).to_string())}
            aria-hidden={(!named).then_some("true")} xmlns="http://www.w3.org/2000/svg">
            { for grid }
            <line class="chart-axis" x1="0" x2="100%" y1={bottom.to_string()} y2={bottom.to_string()} />
            { for marks }
            <svg x={inset} y={top.to_string()} width={plot_w} height={plot_h.to_string()}
                viewBox="0 0 1000 1000" preserveAspectRatio="none" overflow="visible">
                <polyline class="series-current" points={points(&v.current, top_value, months)} />
                <polyline class="series-proposed" points={points(&v.proposed, top_value, months)} />
            </svg>
            { for month_ticks }
        </svg>
    }
}

/// The chart and its table; an empty view draws nothing. Drawn twice, for
/// the screen and (lower, so the proposal keeps to its pages) for paper;
/// each medium shows its own.
#[component]
pub fn CostChart(props: &CostChartProps) -> Html {
    let lang = use_lang();
    let v = &props.view;
    if v.months == 0 {
        return html! {};
    }
    let money = |m: proposal_engine::Money| m.format(lang);
    let table_rows = v.rows.iter().map(|r| {
        html! {
            <tr>
                <th scope="row">{ r.months.get(lang) }</th>
                <td class="num">{ money(r.current) }</td>
                <td class="num">{ money(r.proposed) }</td>
                <td class="num">{ money(r.saving) }</td>
            </tr>
        }
    });
    html! {
        <>
        <figure class="cost-chart">
            { drawing(v, lang, PLOT_H, "chart-screen", true) }
            { drawing(v, lang, PLOT_H_PAPER, "chart-paper", false) }
            <figcaption class="chart-legend">
                <span class="legend-current">{ v.current_label.get(lang) }</span>
                <span class="legend-proposed">{ v.proposed_label.get(lang) }</span>
            </figcaption>
        </figure>
        <details class="chart-data no-print">
                <summary>{ v.table_caption.get(lang) }</summary>
                // Scrolls sideways on a narrow phone: a keyboard can reach and scroll it.
                <div class="table-scroll" tabindex="0" role="region" aria-label={v.table_caption.get(lang).to_string()}>
                    <table class="doc-table">
                        <caption class="visually-hidden">{ v.table_caption.get(lang) }</caption>
                        <thead><tr>{ for v.columns.iter().enumerate().map(|(i, c)| html! {
                            <th scope="col" class={(i > 0).then_some("num")}>{ c.get(lang) }</th>
                        }) }</tr></thead>
                        <tbody>{ for table_rows }</tbody>
                    </table>
                </div>
        </details>
        </>
    }
}
