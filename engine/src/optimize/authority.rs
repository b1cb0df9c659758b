//! Discount authority (价格优惠权限): the rep's role, an approval recorded on
//! the device, and the offers above the rep's level with what they would
//! save. An approval is a record of who said yes, not a security boundary:
//! there is no server to check it.
use serde::{Deserialize, Serialize};

use super::{cheapest, Options};
use crate::catalog::Catalog;
use crate::customer::Customer;
use crate::money::Money;
use crate::pricing::{offer_problem, price, Proposal};
use crate::text::Text;

/// Who the rep is at the counter: their discount authority.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 营业员: authority 1.
    #[default]
    Rep,
    /// 主管: authority 2.
    Supervisor,
    /// 经理: authority 3.
    Manager,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Rep, Role::Supervisor, Role::Manager];

    pub fn level(self) -> u8 {
        match self {
            Role::Rep => 1,
            Role::Supervisor => 2,
            Role::Manager => 3,
        }
    }

    /// The role whose authority is `level` (4 and above: manager).
    pub fn of_level(level: u8) -> Role {
        match level {
            0 | 1 => Role::Rep,
            2 => Role::Supervisor,
            _ => Role::Manager,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Role::Rep => "rep",
            Role::Supervisor => "supervisor",
            Role::Manager => "manager",
        }
    }

    pub fn name(self) -> Text {
        match self {
            Role::Rep => Text::new("营业员", "Rep"),
            Role::Supervisor => Text::new("主管", "Supervisor"),
            Role::Manager => Text::new("经理", "Manager"),
        }
    }
}

/// A higher authority's yes, given on the rep's device: who, at which level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// 2 supervisor, 3 manager.
    pub level: u8,
    /// The name the approver typed.
    pub by: String,
}

impl Approval {
    /// "主管 王芳 审批（2 级优惠权限）".
    pub fn words(&self) -> Text {
        let role = Role::of_level(self.level).name();
        Text::new(
            format!("{} {} 审批（{} 级优惠权限）", role.zh, self.by, self.level),
            format!(
                "Approved by {} {} (discount authority {})",
                role.en.to_ascii_lowercase(),
                self.by,
                self.level
            ),
        )
    }

    /// The approval when `by` names someone and the level is 2 or 3.
    pub fn new(level: u8, by: &str) -> Option<Approval> {
        let by = by.trim();
        ((2..=3).contains(&level) && !by.is_empty() && by.chars().count() <= 30).then(|| Approval {
            level,
            by: by.to_string(),
        })
    }
}

/// The statement every approval screen and the README carry.
pub fn approval_is_a_record() -> Text {
    Text::new(
        "审批仅作记录，不是安全控制：本应用没有服务器，无法核实审批人身份。",
        "An approval is a record, not a security boundary: the app has no server and cannot verify who approved.",
    )
}

/// "需主管审批" / "需经理审批".
pub fn needs_approval(level: u8) -> Text {
    let role = Role::of_level(level).name();
    Text::new(
        format!("需{}审批", role.zh),
        format!("Needs {} approval", role.en.to_ascii_lowercase()),
    )
}

/// An offer the rep cannot make alone, with what it would save.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AboveAuthority {
    /// The authority it needs (2 or 3).
    pub level: u8,
    /// The promotions above the rep's authority that it takes.
    pub promotions: Vec<Text>,
    /// Over the horizon, against the best the rep can offer alone.
    pub saving: Money,
    /// "需主管审批".
    pub needs: Text,
    /// "再省 ¥1,200.00（24 个月）：大客户折扣".
    pub words: Text,
}

/// For each authority above the rep's (`options.authority()`), the cheapest
/// proposal at that level when it is cheaper than the rep's own and takes a
/// promotion the customer is eligible for above the rep's level. Offers the
/// customer is not eligible for are never listed.
pub fn above_authority(
    catalog: &Catalog,
    customer: &Customer,
    options: &Options,
) -> Vec<AboveAuthority> {
    above_authority_given(catalog, customer, options, None)
}

/// [`above_authority`] given the total of the best the rep can offer alone
/// when the caller has it already (the counter: the cheapest of the
/// optimizer's alternatives, over `options.horizon`), so it is not searched
/// again on every keystroke. Nothing is searched for a customer eligible
/// for no promotion above the rep's level.
pub fn above_authority_given(
    catalog: &Catalog,
    customer: &Customer,
    options: &Options,
    own_total: Option<Money>,
) -> Vec<AboveAuthority> {
    let mine = options.authority();
    let horizon = options.horizon.max(1);
    let total = |p: &Proposal| price(catalog, customer, p, Some(horizon)).ok();
    let eligible_at = |level: u8| {
        catalog.promotions.iter().any(|p| {
            p.authority_level > mine
                && p.authority_level <= level
                && offer_problem(&p.eligibility, customer, options.date).is_none()
        })
    };
    if !eligible_at(3) {
        return Vec::new();
    }
    let own_total = match own_total {
        Some(t) => t,
        None => match cheapest(catalog, customer, options).and_then(|s| total(&s.proposal)) {
            Some(p) => p.total,
            None => return Vec::new(),
        },
    };
    let mut out: Vec<AboveAuthority> = Vec::new();
    let mut best_so_far = own_total;
    for level in (mine + 1)..=3 {
        if !eligible_at(level) {
            continue;
        }
        let at = Options {
            authority_level: level,
            approval: None,
            ..options.clone()
        };
        let Some(sol) = cheapest(catalog, customer, &at) else {
            continue;
        };
        let Some(priced) = total(&sol.proposal) else {
            continue;
        };
        let above: Vec<_> = sol
            .proposal
            .promotions
            .iter()
            .filter_map(|id| catalog.promotion(id))
            .filter(|p| p.authority_level > mine)
            .collect();
        let needed = above.iter().map(|p| p.authority_level).max().unwrap_or(0);
        if above.is_empty() || priced.total >= best_so_far || needed != level {
            continue;
        }
        let saving = Money(own_total.0 - priced.total.0);
        best_so_far = priced.total;
        let names: Vec<Text> = above.iter().map(|p| p.name.clone()).collect();
        let zh_names: Vec<&str> = names.iter().map(|n| n.zh.as_str()).collect();
        let en_names: Vec<&str> = names.iter().map(|n| n.en.as_str()).collect();
        let needs = needs_approval(level);
        let words = Text::new(
            format!(
                "{}：{}，{} 个月可再省 {}",
                needs.zh,
                zh_names.join("、"),
                horizon,
                saving
            ),
            format!(
                "{}: {}, saves {} more over {} months",
                needs.en,
                en_names.join(", "),
                saving,
                horizon
            ),
        );
        out.push(AboveAuthority {
            level,
            promotions: names,
            saving,
            needs,
            words,
        });
    }
    out
}
