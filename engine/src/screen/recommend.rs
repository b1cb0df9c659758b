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
use crate::money::Money;
use crate::optimize::{Alternative, Badge, Proposals};
use crate::text::{Lang, Text};

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

impl Proposals {
    /// Why the recommendation is not the cheapest alternative, when it is
    /// not (the robust pick: the cheapest may not save if usage moves by the
    /// band); `None` when the recommendation is the cheapest. The command
    /// line's CSV prints it in its own column.
    pub fn why_not_cheapest(&self) -> Option<Text> {
        let (chosen, _) = self.recommended();
        let cheapest = self
            .alternatives
            .iter()
            .filter(|a| !a.badges.contains(&Badge::Premium))
            .chain(std::iter::once(&self.baseline))
            .min_by_key(|a| a.priced.total)?;
        if cheapest.priced.total >= chosen.priced.total {
            return None;
        }
        let extra = Money(chosen.priced.total.0 - cheapest.priced.total.0).format(Lang::ZhCn);
        let h = chosen.priced.horizon;
        let pct = chosen.band.percent;
        Some(if chosen.badges.contains(&Badge::Robust) {
            Text::new(
                format!(
                    "最便宜的“{}”在用量上下浮动 {pct}% 时可能不省钱；推荐方案仍然省钱，{h} 个月多付 {extra}",
                    cheapest.title.zh
                ),
                format!(
                    "the lowest-priced “{}” may not save if usage is {pct}% off; this one still saves, for {extra} more over {h} months",
                    cheapest.title.en
                ),
            )
        } else {
            Text::new(
                format!("比最便宜的“{}”{h} 个月多付 {extra}", cheapest.title.zh),
                format!(
                    "{extra} more over {h} months than the lowest-priced “{}”",
                    cheapest.title.en
                ),
            )
        })
    }
}
