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

/// The marks of a priced proposal: each promotion that ends inside the
/// horizon, and the contract's end.
pub fn chart_marks(
    p: &proposal_engine::Priced,
    promotion_end: &'static str,
    contract_end: &'static str,
) -> Vec<ChartMark> {
    let mut marks: Vec<ChartMark> = p
        .promotion_ends
        .iter()
        .filter(|e| e.last_month < p.horizon)
        .map(|e| ChartMark {
            month: e.last_month,
            label: promotion_end.into(),
        })
        .collect();
    if p.contract_months > 0 && p.contract_months <= p.horizon {
        marks.push(ChartMark {
            month: p.contract_months,
            label: contract_end.into(),
        });
    }
    marks
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

// Coordinates are whole SVG units (the view box is 640x240): integer maths
// keeps floating-point formatting out of the bundle.
const W: i64 = 640;
const H: i64 = 240;
const LEFT: i64 = 8;
const TOP: i64 = 12;
const BOTTOM: i64 = 28;

fn x_at(month: i64, months: i64) -> i64 {
    LEFT + (W - 2 * LEFT) * month / months.max(1)
}

fn y_at(value: i64, max: i64) -> i64 {
    let v = i128::from(value.clamp(0, max));
    let span = i128::from(H - TOP - BOTTOM);
    TOP + (span * (i128::from(max) - v) / i128::from(max.max(1))) as i64
}

fn polyline(series: &[i64], max: i64, months: i64) -> String {
    std::iter::once(format!("{},{}", x_at(0, months), y_at(0, max)))
        .chain(
            series
                .iter()
                .zip(1..)
                .map(|(&v, m)| format!("{},{}", x_at(m, months), y_at(v, max))),
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
    let months = months as i64;
    let marks = props.marks.iter().filter(|m| i64::from(m.month) <= months).map(|m| {
        let mx = x_at(i64::from(m.month), months).to_string();
        html! {
            <g class="chart-mark">
                <line x1={mx.clone()} x2={mx.clone()} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} />
                <text x={mx} y={(H - 8).to_string()} text-anchor="middle">{ m.label.clone() }</text>
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
