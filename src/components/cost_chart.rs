//! Cumulative cost, month by month, current vs proposed, drawn by the app as
//! inline SVG (prints in black and white: the two lines differ by dash, not
//! only by colour). Promotion ends and the contract end are marked.
use yew::prelude::*;

/// A vertical mark at the end of a month (promotion end, contract end).
#[derive(Clone, PartialEq, Debug)]
pub struct ChartMark {
    pub month: u32,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct CostChartProps {
    /// Cumulative cost in fen at the end of months 1..=n, keeping what they have.
    pub current: Vec<i64>,
    /// Cumulative cost in fen at the end of months 1..=n, one-offs included.
    pub proposed: Vec<i64>,
    #[prop_or_default]
    pub marks: Vec<ChartMark>,
    pub current_label: AttrValue,
    pub proposed_label: AttrValue,
    /// Accessible summary, e.g. "saving ¥1,234.00 over 24 months".
    pub summary: AttrValue,
}

const W: f64 = 640.0;
const H: f64 = 240.0;
const LEFT: f64 = 8.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

fn polyline(series: &[i64], max: i64, months: usize) -> String {
    let x = |m: usize| LEFT + (W - 2.0 * LEFT) * m as f64 / months as f64;
    let y = |v: i64| TOP + (H - TOP - BOTTOM) * (1.0 - v as f64 / max as f64);
    std::iter::once(format!("{:.1},{:.1}", x(0), y(0)))
        .chain(
            series
                .iter()
                .enumerate()
                .map(|(i, &v)| format!("{:.1},{:.1}", x(i + 1), y(v))),
        )
        .collect::<Vec<_>>()
        .join(" ")
}

/// The chart; empty series draw nothing.
#[component]
pub fn CostChart(props: &CostChartProps) -> Html {
    let months = props.current.len().max(props.proposed.len());
    if months == 0 {
        return html! {};
    }
    let max = props
        .current
        .iter()
        .chain(&props.proposed)
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    let x = |m: u32| LEFT + (W - 2.0 * LEFT) * f64::from(m) / months as f64;
    let marks = props.marks.iter().filter(|m| (m.month as usize) <= months).map(|m| {
        let mx = format!("{:.1}", x(m.month));
        html! {
            <g class="chart-mark">
                <line x1={mx.clone()} x2={mx.clone()} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} />
                <text x={mx} y={(H - 8.0).to_string()} text-anchor="middle">{ m.label.clone() }</text>
            </g>
        }
    });
    html! {
        <figure class="cost-chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={props.summary.clone()}
                xmlns="http://www.w3.org/2000/svg">
                <line class="chart-axis" x1={LEFT.to_string()} x2={(W - LEFT).to_string()}
                    y1={(H - BOTTOM).to_string()} y2={(H - BOTTOM).to_string()} />
                { for marks }
                <polyline class="series-current" points={polyline(&props.current, max, months)} />
                <polyline class="series-proposed" points={polyline(&props.proposed, max, months)} />
            </svg>
            <figcaption class="chart-legend">
                <span class="legend-current">{ props.current_label.clone() }</span>
                <span class="legend-proposed">{ props.proposed_label.clone() }</span>
            </figcaption>
        </figure>
    }
}
