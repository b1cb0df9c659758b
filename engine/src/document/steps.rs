//! The bill in stretches: "months 1–3 ¥X (promotion), from month 4 ¥Y",
//! so a saving that ends is stated with its end.
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::pricing::Priced;
use crate::text::Text;

/// A stretch of months with the same bill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillStep {
    pub from_month: u32,
    pub to_month: u32,
    pub bill: Money,
    /// Today's monthly bill minus this bill (negative: the customer pays more).
    pub saving: Money,
    /// The promotions running in these months.
    pub promotions: Vec<Text>,
}

/// Consecutive months with equal bills, merged; one-offs are not in bills.
pub fn bill_steps(p: &Priced) -> Vec<BillStep> {
    let mut steps: Vec<BillStep> = Vec::new();
    for m in &p.months {
        match steps.last_mut() {
            Some(s) if s.bill == m.bill => s.to_month = m.month,
            _ => steps.push(BillStep {
                from_month: m.month,
                to_month: m.month,
                bill: m.bill,
                saving: Money(p.current_monthly.0.saturating_sub(m.bill.0)),
                promotions: Vec::new(),
            }),
        }
    }
    for s in &mut steps {
        s.promotions = p
            .promotion_ends
            .iter()
            .filter(|e| e.first_month <= s.to_month && e.last_month >= s.from_month)
            .map(|e| e.name.clone())
            .collect();
    }
    steps
}
