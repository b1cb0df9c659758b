//! What is printed for one customer: a JSON object (one per line of the
//! output array) with the recommendation and every alternative, or one CSV
//! row (text cells neutralised against formula injection, numbers left as
//! numbers). The recommendation is the engine's (`Proposals::recommended`),
//! as on the counter screen; the CSV's `start_month` is the month its new
//! packages start (after the current contract's end when later than 1), and
//! `not_cheapest_because` says why when the recommendation is not the
//! cheapest (`Proposals::why_not_cheapest`, the robust pick);
//! `break_even_month` is the payback month the proposal states.
use proposal_engine::figures::yuan_plain as yuan;
use proposal_engine::screen::figures::payback;
use proposal_engine::spreadsheet::cell as field;
use proposal_engine::{Lang, Proposals, Text};
use serde_json::json;

use super::args::Format;
use super::input::Entry;

pub const CSV_HEADER: &str =
    "id,name,recommended,monthly_now,effective_monthly,saving_over_horizon,break_even_month,fragile,start_month,not_cheapest_because";

/// What the optimizer made of a customer.
pub enum Outcome {
    Proposed(Box<Proposals>),
    /// No valid proposal: which constraints block it.
    Nothing(Vec<Text>),
}

pub fn render(entry: &Entry, outcome: &Outcome, format: Format, lang: Lang) -> String {
    let current = entry.customer.current_monthly_bill();
    match (format, outcome) {
        (Format::Json, Outcome::Proposed(p)) => {
            let (a, keep) = p.recommended();
            json!({
                "id": entry.id,
                "name": entry.customer.name,
                "recommendation": if keep { "keep" } else { "alternative" },
                "title": a.title,
                "badges": a.badges,
                "reason": a.reason,
                "total": a.priced.total,
                "current_total": a.priced.current_total,
                "savings": a.priced.savings,
                "current_monthly": a.priced.current_monthly,
                "effective_monthly": a.priced.effective_monthly,
                "fragile": a.band.fragile,
                "start_month": a.proposal.start_month,
                "not_cheapest_because": p.why_not_cheapest(),
                "alternatives": p.alternatives,
                "baseline": p.baseline,
                "notes": p.notes,
            })
            .to_string()
        }
        (Format::Json, Outcome::Nothing(reasons)) => json!({
            "id": entry.id,
            "name": entry.customer.name,
            "recommendation": "none",
            "current_monthly": current,
            "reasons": reasons,
            "alternatives": [],
        })
        .to_string(),
        (Format::Csv, Outcome::Proposed(p)) => {
            let (a, keep) = p.recommended();
            let s = &a.priced.savings;
            // The payback month as the proposal and the phone state it
            // (`screen::figures::payback`): only after an outlay, blank
            // when it saves from month 1 or keeps; in words when it does
            // not pay back within the horizon.
            let break_even = match payback(&a.priced) {
                Some(p) if !keep => p
                    .month
                    .map_or_else(|| field(p.value.get(lang)), |m| m.to_string()),
                _ => String::new(),
            };
            [
                field(&entry.id),
                field(&entry.customer.name),
                field(a.title.get(lang)),
                yuan(a.priced.current_monthly),
                yuan(a.priced.effective_monthly),
                yuan(s.horizon),
                break_even,
                a.band.fragile.to_string(),
                if keep {
                    String::new()
                } else {
                    a.proposal.start_month.to_string()
                },
                p.why_not_cheapest()
                    .map(|t| field(t.get(lang)))
                    .unwrap_or_default(),
            ]
            .join(",")
        }
        (Format::Csv, Outcome::Nothing(_)) => [
            field(&entry.id),
            field(&entry.customer.name),
            field(Text::new("无可办理方案", "no proposal").get(lang)),
            yuan(current),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]
        .join(","),
    }
}
