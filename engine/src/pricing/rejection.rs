//! A rejection: why a proposal cannot be ordered, in both languages, with
//! the path of what broke the rule. Shared by the rule checks (`check.rs`)
//! and the bundle capacity checks (`capacity.rs`).
use serde::{Deserialize, Serialize};

use crate::catalog::{Audience, Eligibility};
use crate::customer::{Customer, LineOrigin};
use crate::date::Date;
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
    /// An item not on sale on the proposal's day (its calendar window).
    NotOnSale,
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

/// Why `customer` may not order an item with `rule`, if they may not. The
/// calendar window is [`sale_problem`]'s: pricing a combination does not
/// depend on the day, offering it does.
pub fn eligibility_problem(rule: &Eligibility, customer: &Customer) -> Option<Text> {
    if let Some(why) = audience_problem(rule, customer) {
        return Some(why);
    }
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

/// Why an item with `rule` is not offered to `customer` on the day `on`:
/// its calendar window (when `on` is set), then who may order it.
pub fn offer_problem(rule: &Eligibility, customer: &Customer, on: Option<Date>) -> Option<Text> {
    on.and_then(|day| sale_problem(rule, day))
        .or_else(|| eligibility_problem(rule, customer))
}

/// Why an item with `rule` is not on sale on `day`, if it is not.
pub fn sale_problem(rule: &Eligibility, day: Date) -> Option<Text> {
    if let Some(from) = rule.on_sale_from.filter(|&from| day < from) {
        return Some(Text::new(
            format!("{from} 起办理，尚未开始"),
            format!("on sale from {from}, not yet"),
        ));
    }
    if let Some(until) = rule.on_sale_until.filter(|&until| day > until) {
        return Some(Text::new(
            format!("已于 {until} 结束办理"),
            format!("no longer on sale (ended {until})"),
        ));
    }
    None
}

/// Whether `customer` is in `audience` under `rule`'s contract months.
fn in_audience(audience: Audience, rule: &Eligibility, customer: &Customer) -> bool {
    let has = |origin| customer.lines.iter().any(|l| l.origin == origin);
    match audience {
        Audience::NewCustomers => !has(LineOrigin::ThisOperator),
        Audience::FromOtherOperator => has(LineOrigin::OtherOperator),
        Audience::ContractEnding => {
            has(LineOrigin::ThisOperator)
                && rule
                    .contract_ending_within_months
                    .is_some_and(|n| customer.contract.months_left <= n)
        }
    }
}

/// The audience's name in a reason: "新客户", "合约 3 个月内到期的老客户".
pub fn audience_name(audience: Audience, rule: &Eligibility) -> Text {
    let months = rule.contract_ending_within_months.unwrap_or(0);
    match audience {
        Audience::NewCustomers => Text::new("新客户", "new customers"),
        Audience::FromOtherOperator => {
            Text::new("异网转入客户", "customers moving from another operator")
        }
        Audience::ContractEnding => Text::new(
            format!("合约已到期或 {months} 个月内到期的老客户"),
            format!("existing customers whose contract has ended or ends within {months} months"),
        ),
    }
}

/// The audiences joined for a reason or a printout ("新客户或异网转入客户").
pub fn audiences_text(rule: &Eligibility) -> Text {
    let names: Vec<Text> = rule
        .audiences
        .iter()
        .map(|&a| audience_name(a, rule))
        .collect();
    Text::new(
        names
            .iter()
            .map(|t| t.zh.as_str())
            .collect::<Vec<_>>()
            .join("或"),
        names
            .iter()
            .map(|t| t.en.as_str())
            .collect::<Vec<_>>()
            .join(" or "),
    )
}

pub(crate) fn audience_problem(rule: &Eligibility, customer: &Customer) -> Option<Text> {
    if rule.audiences.is_empty()
        || rule
            .audiences
            .iter()
            .any(|&a| in_audience(a, rule, customer))
    {
        return None;
    }
    let who = audiences_text(rule);
    Some(Text::new(
        format!("仅限{}办理", who.zh),
        format!("only for {}", who.en),
    ))
}

pub(super) fn ineligible(path: String, name: &Text, why: Text) -> Rejection {
    reject(
        RejectionKind::Ineligible,
        path,
        format!("{}：{}", name.zh, why.zh),
        format!("{}: {}", name.en, why.en),
    )
}
