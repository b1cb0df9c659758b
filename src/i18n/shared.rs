//! Strings of the shared link and the customer's self-check.
use super::Translate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum S {
    Title,
    Damaged,
    Newer,
    StartOver,
    OtherTables,
    EditedPrices,
    FromRep,
    ValidUntil,
    YourSaving,
    PerMonthSaving,
    YourProposal,
    CheckYourself,
    CheckHint,
    Lines,
    Minutes,
    DataGb,
    OpenPrintable,
    Share,
    ShareHint,
    Current,
    Proposed,
    ContractEnd,
    PromoEnd,
    CostsMore,
    ChartSummary,
    Line,
}

impl Translate for S {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            S::Title => ("您的资费方案", "Your proposal"),
            S::Damaged => ("这个链接已损坏或不完整，无法打开。请向营业员重新索取。", "This link is damaged or incomplete and cannot be opened. Ask your rep for a new one."),
            S::Newer => ("这个链接来自更新版本的计算器，请刷新页面后重试。", "This link is from a newer version of the calculator; reload the page and try again."),
            S::StartOver => ("重新开始", "Start over"),
            S::OtherTables => ("此方案使用的资费表与本页当前发布的不同，以下数字已按当前资费表重新计算。", "This proposal was made with different package tables; the figures below are recomputed with the tables published here."),
            S::EditedPrices => ("注意：营业员使用了调整后的价格，并非公开发布的资费。", "Note: the rep used adjusted prices; these are not the published prices."),
            S::FromRep => ("营业员", "Your rep"),
            S::ValidUntil => ("有效期至", "Valid until"),
            S::YourSaving => ("合计可省", "You save in total"),
            S::PerMonthSaving => ("平均每月省", "Average saving a month"),
            S::YourProposal => ("推荐方案", "Recommended"),
            S::CheckYourself => ("自己算一算", "Check it yourself"),
            S::CheckHint => ("调整您的实际用量，看看节省会怎样变化。价格不可修改。", "Change your real usage and see how the saving moves. Prices cannot be changed."),
            S::Lines => ("号码数", "Lines"),
            S::Minutes => ("通话（分钟）", "Calls (min)"),
            S::DataGb => ("流量（GB）", "Data (GB)"),
            S::OpenPrintable => ("打开完整建议书", "Open the full proposal"),
            S::Share => ("分享给客户", "Share with the customer"),
            S::ShareHint => ("客户扫码或打开此链接，即可在手机上查看并核对同一方案。", "The customer scans or opens this link to see and check the same proposal on their phone."),
            S::Current => ("保持现状", "Keep as is"),
            S::Proposed => ("推荐方案", "Proposal"),
            S::ContractEnd => ("合约到期", "contract ends"),
            S::PromoEnd => ("优惠结束", "promotion ends"),
            S::CostsMore => ("按此用量，方案比现在多花", "At this usage, the proposal costs more by"),
            S::ChartSummary => ("累计费用对比", "Cumulative cost compared"),
            S::Line => ("号码", "Line"),
        }
    }
}
