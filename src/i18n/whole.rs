//! The strings of the whole customer at the counter (issue 15): a line's
//! count, services and handset, the account's services and extras, the
//! rep's role, and approval of an offer above the rep's authority.
use super::Translate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WholeMsg {
    Count,
    Lines,
    Services,
    Handset,
    NoHandset,
    HandsetMode,
    CurrentPlan,
    CurrentPlanHint,
    AccountServices,
    AccountFee,
    TenureMonths,
    MonthsShort,
    Role,
    RoleHint,
    AboveAuthority,
    ApproverName,
    Approve,
    Withdraw,
    Approved,
    More,
}

impl Translate for WholeMsg {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            WholeMsg::Count => ("数量", "Count"),
            WholeMsg::Lines => ("个号码", "lines"),
            WholeMsg::Services => ("需要的业务", "Services needed"),
            WholeMsg::Handset => ("需要手机", "Handset wanted"),
            WholeMsg::NoHandset => ("不需要", "None"),
            WholeMsg::HandsetMode => ("购机方式", "How it is bought"),
            WholeMsg::CurrentPlan => ("现套餐名称（可选）", "Current plan (optional)"),
            WholeMsg::CurrentPlanHint => ("如：畅聊58元", "e.g. Talk 58"),
            WholeMsg::AccountServices => ("账户业务", "Account services"),
            WholeMsg::AccountFee => ("现账户附加费", "Account extras today"),
            WholeMsg::TenureMonths => ("网龄（另加月）", "Tenure (extra months)"),
            WholeMsg::MonthsShort => ("月", "months"),
            WholeMsg::Role => ("我的岗位", "My role"),
            WholeMsg::RoleHint => (
                "岗位决定可直接给出的优惠权限，只保存在本设备上。",
                "The role decides the discounts you can give yourself; it is kept on this device only.",
            ),
            WholeMsg::AboveAuthority => ("超出我的优惠权限", "Above my discount authority"),
            WholeMsg::ApproverName => ("审批人姓名", "Approver's name"),
            WholeMsg::Approve => ("审批通过", "Approve"),
            WholeMsg::Withdraw => ("撤销审批", "Withdraw the approval"),
            WholeMsg::Approved => ("已审批", "Approved"),
            WholeMsg::More => ("更多：业务、手机、现套餐", "More: services, handset, current plan"),
        }
    }
}
