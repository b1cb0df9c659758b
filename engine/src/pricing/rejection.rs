//! A rejection: why a proposal cannot be ordered, in both languages, with
//! the path of what broke the rule. Shared by the rule checks (`check.rs`)
//! and the bundle capacity checks (`capacity.rs`).
use serde::{Deserialize, Serialize};

use crate::catalog::Eligibility;
use crate::customer::Customer;
use crate::text::Text;

/// What kind of rule a proposal broke, for code that reacts to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectionKind {
    /// The intake itself has a problem (see `validate_customer_for`).
    InvalidIntake,
    /// The proposal does not have one choice per line.
    LineCount,
    /// An id the package tables do not have (or not of that kind).
    UnknownItem,
    /// A plan, pack or bundle slot for another kind of line.
    WrongLineKind,
    /// The customer is not in the offer's group, lines or tenure.
    Ineligible,
    /// Broadband slower than the customer needs.
    TooSlow,
    /// Two members of an exclusion group (组合互斥).
    MutuallyExclusive,
    /// More lines of a kind in a bundle instance than it takes.
    OverCapacity,
    /// Fewer lines of a kind in a bundle instance than it needs.
    UnderCapacity,
    /// A choice that makes no sense as given (a pack on a kept line,
    /// a promotion on nothing proposed, a member line without a bundle).
    Inconsistent,
    /// The rep's discount authority (价格优惠权限) is too low.
    Authority,
    /// The horizon is outside 1 to 120 months.
    Horizon,
    /// The start month is 0 or after the horizon.
    StartMonth,
    /// An amount too large to compute (absurd, unvalidated tables).
    Overflow,
}

/// A reason a rep can read out, in both languages, and where it applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    pub kind: RejectionKind,
    /// Where in the proposal (`lines[2]`, `bundle`, `promotions[0]`).
    pub path: String,
    pub message: Text,
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message.en)
    }
}

impl std::error::Error for Rejection {}

pub(crate) fn reject(
    kind: RejectionKind,
    path: impl Into<String>,
    zh: String,
    en: String,
) -> Rejection {
    Rejection {
        kind,
        path: path.into(),
        message: Text::new(zh, en),
    }
}

/// Why `customer` may not order an item with `rule`, if they may not.
pub fn eligibility_problem(rule: &Eligibility, customer: &Customer) -> Option<Text> {
    let lines = customer.line_count();
    if !rule.segments.is_empty() && !rule.segments.contains(&customer.segment.kind()) {
        return Some(Text::new(
            "仅限指定客户群办理",
            "only for other customer groups",
        ));
    }
    if let Some(min) = rule.min_lines.filter(|&m| lines < m) {
        return Some(Text::new(
            format!("需至少 {min} 个号码"),
            format!("needs at least {min} lines"),
        ));
    }
    if let Some(max) = rule.max_lines.filter(|&m| lines > m) {
        return Some(Text::new(
            format!("最多 {max} 个号码"),
            format!("at most {max} lines"),
        ));
    }
    if let Some(min) = rule
        .min_tenure_months
        .filter(|&m| customer.tenure_months < m)
    {
        return Some(Text::new(
            format!("需网龄满 {min} 个月"),
            format!("needs {min} months of tenure"),
        ));
    }
    None
}

pub(super) fn ineligible(path: String, name: &Text, why: Text) -> Rejection {
    reject(
        RejectionKind::Ineligible,
        path,
        format!("{}：{}", name.zh, why.zh),
        format!("{}: {}", name.en, why.en),
    )
}
