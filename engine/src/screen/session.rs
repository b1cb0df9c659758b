//! The rep's session as the counter and the proposal page both show it: the
//! customer priced and the proposal's validity.
use crate::customer::Customer;
use crate::date::{valid_until, Date};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionView {
    /// The customer priced: exactly the one a shared link carried (data, not
    /// text: no figure is rounded through a form) until the rep edits the
    /// intake; the intake as parsed otherwise.
    pub customer: Option<Customer>,
    /// The proposal's validity date.
    pub valid_until: Date,
    /// The typed validity date is not a date on or after today: the
    /// document shows the default and the field says so.
    pub date_fallback: bool,
}

/// The session view from what the session holds.
pub fn session_view(
    link_customer: Option<&Customer>,
    parsed: Option<&Customer>,
    valid_until_typed: &str,
    today: Date,
) -> SessionView {
    let (valid_until, date_fallback) = match valid_until(valid_until_typed, today) {
        Ok(d) => (d, false),
        Err(d) => (d, true),
    };
    SessionView {
        customer: link_customer.or(parsed).cloned(),
        valid_until,
        date_fallback,
    }
}
