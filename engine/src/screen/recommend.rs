//! The recommendation: the first ranked alternative (the cheapest, or the
//! robust pick when the cheapest is fragile across the usage band), unless
//! keeping what the customer has costs no more over the horizon.
//!
//! Switching at the current contract's end is one of the ranked
//! alternatives (`optimize::at_contract_end`): it is recommended exactly
//! when it is the first by this rule, i.e. when it costs less over the
//! horizon than switching now (and than keeping), unless it is fragile and a
//! robust alternative is not. [`Proposals::contract_end`] finds it for the
//! screens, which show its start month and what waiting saves.
use crate::optimize::{Alternative, Proposals};

impl Proposals {
    /// Keeping what the customer has costs no more than any alternative (or
    /// there is none): the counter says so and shows "keep" first.
    pub fn keep_is_cheaper(&self) -> bool {
        self.alternatives
            .first()
            .is_none_or(|a| self.baseline.priced.total <= a.priced.total)
    }

    /// The recommended alternative, and whether it is "keep what you have".
    pub fn recommended(&self) -> (&Alternative, bool) {
        match self.alternatives.first() {
            Some(a) if !self.keep_is_cheaper() => (a, false),
            _ => (&self.baseline, true),
        }
    }

    /// The alternative that starts at the current contract's end, if offered.
    pub fn contract_end(&self) -> Option<&Alternative> {
        self.alternatives.iter().find(|a| a.start.is_some())
    }
}
