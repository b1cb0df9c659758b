//! Printing the proposals: JSON with every alternative, or one CSV row per
//! customer with the recommendation.
use proposal_engine::{Lang, Proposals};

use super::args::Format;
use super::Entry;

pub fn print(rows: &[(Entry, Proposals)], format: Format) {
    match format {
        Format::Json => {
            let list: Vec<serde_json::Value> = rows
                .iter()
                .map(|(e, p)| {
                    serde_json::json!({
                        "id": e.id,
                        "name": e.customer.name,
                        "recommended": p.alternatives.first(),
                        "alternatives": p.alternatives,
                        "baseline": p.baseline,
                        "notes": p.notes,
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&list).unwrap_or_default()
            );
        }
        Format::Csv => {
            println!("id,name,recommended,monthly_now,effective_monthly,saving_over_horizon,break_even_month,fragile");
            for (e, p) in rows {
                let Some(a) = p.alternatives.first() else {
                    continue;
                };
                let s = &a.priced.savings;
                let fen = |m: proposal_engine::Money| {
                    let sign = if m.0 < 0 { "-" } else { "" };
                    format!("{sign}{}.{:02}", m.0.abs() / 100, m.0.abs() % 100)
                };
                println!(
                    "{},{},{},{},{},{},{},{}",
                    e.id,
                    e.customer.name.replace(',', " "),
                    a.title.get(Lang::ZhCn).replace(',', " "),
                    fen(a.priced.current_monthly),
                    fen(a.priced.effective_monthly),
                    fen(s.horizon),
                    s.break_even_month
                        .map(|m| m.to_string())
                        .unwrap_or_default(),
                    a.band.fragile
                );
            }
        }
    }
}
