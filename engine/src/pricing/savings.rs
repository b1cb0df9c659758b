//! Savings from the monthly series: cumulative costs both ways, the saving at
//! month 1, 12 and the horizon, and the break-even month.
use crate::money::{Money, MoneyError};

use super::priced::{MonthTotals, Savings};

/// `months` may run past the horizon, to cover a first year. The proposal's
/// one-offs are paid in `start_month` (see `start.rs`), keeping's in month 1.
pub(crate) fn savings(
    months: &[MonthTotals],
    horizon: u32,
    current_monthly: Money,
    one_offs: Money,
    current_one_offs: Money,
    start_month: u32,
) -> Result<Savings, MoneyError> {
    let mut cumulative_current = Vec::with_capacity(months.len());
    let mut cumulative_proposed = Vec::with_capacity(months.len());
    let (mut cur, mut pro) = (current_one_offs, Money::ZERO);
    for m in months {
        cur = cur.checked_add(current_monthly)?;
        if m.month == start_month {
            pro = pro.checked_add(one_offs)?;
        }
        pro = pro.checked_add(m.bill)?;
        cumulative_current.push(cur);
        cumulative_proposed.push(pro);
    }
    let h = horizon as usize;
    let saving_at = |i: usize| cumulative_current[i].checked_sub(cumulative_proposed[i]);
    let horizon_saving = saving_at(h - 1)?;
    // Scan back from the horizon's end while the saving holds.
    let mut break_even_month = None;
    for i in (0..h).rev() {
        if saving_at(i)?.0 < 0 {
            break;
        }
        break_even_month = Some(i as u32 + 1);
    }
    let first_year = saving_at(11.min(months.len() - 1))?;
    cumulative_current.truncate(h);
    cumulative_proposed.truncate(h);
    Ok(Savings {
        this_month: current_monthly.checked_sub(months[0].bill)?,
        average_month: horizon_saving.per(horizon),
        first_year,
        horizon: horizon_saving,
        break_even_month,
        cumulative_current,
        cumulative_proposed,
    })
}
