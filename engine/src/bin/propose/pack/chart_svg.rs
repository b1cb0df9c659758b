//! Charts as inline SVG, no script: the proposal's cumulative-cost chart
//! drawn from the engine's `ChartView` (its axes, marks, labels and text
//! alternative are the engine's, as on the app's proposal), with its data
//! table; and the summary's horizontal bars.
use proposal_engine::screen::chart::ChartView;
use proposal_engine::{Lang, Money};

use super::page::esc;
use super::words::{t, CHART_DATA};

// Drawing coordinates in SVG user units, not money: every amount stays
// integer fen (its label is the engine's); positions are written rounded to
// 0.1 unit (`{:.1}`).
const W: f64 = 640.0;
const H: f64 = 260.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 28.0;
const BOTTOM: f64 = 36.0;

/// The cumulative-cost chart of a proposal, and its numbers as a table.
pub fn cost(v: &ChartView, l: Lang) -> String {
    let months = v.months.max(1) as f64;
    let top = v.top.0.max(1) as f64;
    let x = |month: f64| LEFT + (W - LEFT - RIGHT) * month / months;
    let y = |fen: i64| TOP + (H - TOP - BOTTOM) * (1.0 - fen as f64 / top);
    let line = |series: &[Money]| {
        let mut pts = format!("{:.1},{:.1}", x(0.0), y(0));
        for (i, m) in series.iter().enumerate() {
            pts.push_str(&format!(" {:.1},{:.1}", x(i as f64 + 1.0), y(m.0)));
        }
        pts
    };
    let mut s = format!(
        "<figure class=\"cost-chart\"><svg viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">",
        esc(v.summary.get(l))
    );
    for tick in &v.amount_ticks {
        let ty = y(tick.at);
        s.push_str(&format!(
            "<line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{ty:.1}\" y2=\"{ty:.1}\" stroke=\"#ccc\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            W - RIGHT,
            LEFT - 6.0,
            ty + 4.0,
            esc(tick.label.get(l))
        ));
    }
    for tick in &v.month_ticks {
        let tx = x(tick.at as f64);
        s.push_str(&format!(
            "<text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            H - BOTTOM + 16.0,
            esc(tick.label.get(l))
        ));
    }
    for (i, mark) in v.marks.iter().enumerate() {
        let mx = x(mark.month as f64);
        let anchor = if mx > W / 2.0 { "end" } else { "start" };
        s.push_str(&format!(
            "<line x1=\"{mx:.1}\" x2=\"{mx:.1}\" y1=\"{TOP}\" y2=\"{:.1}\" stroke=\"#666\" stroke-dasharray=\"4 3\"/><text x=\"{mx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
            H - BOTTOM,
            TOP - 4.0 - 12.0 * (i % 2) as f64 + 12.0,
            esc(mark.label.get(l))
        ));
    }
    s.push_str(&format!(
        "<polyline fill=\"none\" stroke=\"#888\" stroke-width=\"2\" stroke-dasharray=\"6 3\" points=\"{}\"/>\
<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"2.5\" points=\"{}\"/>\
<text x=\"{LEFT}\" y=\"14\">- - {}</text><text x=\"{:.1}\" y=\"14\">━ {}</text></svg>",
        line(&v.current),
        line(&v.proposed),
        esc(v.current_label.get(l)),
        W / 2.0,
        esc(v.proposed_label.get(l))
    ));
    s.push_str(&format!(
        "<figcaption>{}</figcaption><details class=\"no-print\"><summary>{}</summary><table class=\"doc-table\"><caption>{}</caption><thead><tr>",
        esc(v.summary.get(l)),
        t(l, CHART_DATA),
        esc(v.table_caption.get(l))
    ));
    for c in &v.columns {
        s.push_str(&format!("<th>{}</th>", esc(c.get(l))));
    }
    s.push_str("</tr></thead><tbody>");
    for r in &v.rows {
        s.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(r.months.get(l)),
            esc(&r.current.format(l)),
            esc(&r.proposed.format(l)),
            esc(&r.saving.format(l))
        ));
    }
    s.push_str("</tbody></table></details></figure>");
    s
}

/// One bar: its label, its value (fen or a count) and the value as printed.
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub shown: String,
}

/// Horizontal bars, longest first as given, labelled `title`.
pub fn bars(title: &str, rows: &[Bar]) -> String {
    let max = rows.iter().map(|r| r.value).max().unwrap_or(0).max(1) as f64;
    let (row_h, label_w, width) = (24.0, 150.0, 640.0);
    let height = row_h * rows.len().max(1) as f64 + 8.0;
    let mut s = format!(
        "<svg class=\"bars\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">",
        esc(title)
    );
    for (i, r) in rows.iter().enumerate() {
        let y = 4.0 + row_h * i as f64;
        let len = (width - label_w - 110.0) * r.value.max(0) as f64 / max;
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{len:.1}\" height=\"{:.1}\" fill=\"#2f6f4f\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            label_w - 6.0,
            y + 15.0,
            esc(&r.label),
            row_h - 6.0,
            label_w + len + 6.0,
            y + 15.0,
            esc(&r.shown)
        ));
    }
    s.push_str("</svg>");
    s
}
