//! The bill in stretches: "months 1–3 ¥X (promotion), from month 4 ¥Y",
//! so a saving that ends is stated with its end. The month the new
//! packages start is a row of its own when one-offs are paid in it, its
//! figures with them (issue 13: the first month's saving never leaves out
//! what is paid once in it).
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::pricing::Priced;
use crate::text::Text;

/// A stretch of months with the same bill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillStep {
    pub from_month: u32,
    pub to_month: u32,
    /// The stretch in words ("第 13 个月起", `screen::figures::stretch`).
    pub months: Text,
    /// The monthly bill of each of these months (one-offs not included).
    pub bill: Money,
    /// The one-off fees paid in these months (only in the start month's own
    /// row; zero elsewhere).
    pub one_offs: Money,
    /// Today's monthly bill minus what is paid a month here, one-offs
    /// included (negative: the customer pays more).
    pub saving: Money,
    /// The promotions running in these months.
    pub promotions: Vec<Text>,
}

/// Consecutive months with equal bills, merged; the start month `start`,
/// when one-offs are paid in it, alone, with them.
pub fn bill_steps(p: &Priced, start: u32) -> Vec<BillStep> {
    let mut steps: Vec<BillStep> = Vec::new();
    for m in &p.months {
        let one_offs = if m.month == start {
            p.one_offs_total
        } else {
            Money::ZERO
        };
        let paid = m.bill.0.saturating_add(one_offs.0);
        match steps.last_mut() {
            Some(s) if s.bill == m.bill && s.one_offs == one_offs => s.to_month = m.month,
            _ => steps.push(BillStep {
                from_month: m.month,
                to_month: m.month,
                months: Text::default(),
                bill: m.bill,
                one_offs,
                saving: Money(p.current_monthly.0.saturating_sub(paid)),
                promotions: Vec::new(),
            }),
        }
    }
    for s in &mut steps {
        s.months = crate::screen::figures::stretch(s.from_month, s.to_month, p.horizon);
        s.promotions = p
            .promotion_ends
            .iter()
            .filter(|e| e.first_month <= s.to_month && e.last_month >= s.from_month)
            .map(|e| e.name.clone())
            .collect();
    }
    steps
}
