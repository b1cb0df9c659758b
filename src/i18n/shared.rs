//! Strings of the shared link and the customer's self-check.
use super::Translate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SharedMsg {
    Title,
    Damaged,
    Newer,
    StartOver,
    OtherTables,
    EditedPrices,
    FromRep,
    ValidUntil,
    YourProposal,
    CheckYourself,
    CheckHint,
    Lines,
    Minutes,
    DataGb,
    OpenPrintable,
    Share,
    ShareHint,
    CostsMore,
    Line,
    /// The group of per-kind line steppers.
    LineCounts,
    /// While a link's earlier version of the tables is fetched.
    OpeningVersion,
    Reprice,
}

impl Translate for SharedMsg {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            SharedMsg::Title => ("您的资费方案", "Your proposal"),
            SharedMsg::Damaged => ("这个链接已损坏或不完整，无法打开。请向营业员重新索取。", "This link is damaged or incomplete and cannot be opened. Ask your rep for a new one."),
            SharedMsg::Newer => ("这个链接来自更新版本的计算器，请刷新页面后重试。", "This link is from a newer version of the calculator; reload the page and try again."),
            SharedMsg::StartOver => ("重新开始", "Start over"),
            SharedMsg::OtherTables => ("此方案使用的资费表与本页当前发布的不同，以下数字已按当前资费表重新计算。", "This proposal was made with different package tables; the figures below are recomputed with the tables published here."),
            SharedMsg::EditedPrices => ("注意：营业员使用了调整后的价格，并非公开发布的资费。", "Note: the rep used adjusted prices; these are not the published prices."),
            SharedMsg::FromRep => ("营业员", "Your rep"),
            SharedMsg::ValidUntil => ("有效期至", "Valid until"),
            SharedMsg::YourProposal => ("推荐方案", "Recommended"),
            SharedMsg::CheckYourself => ("自己算一算", "Check it yourself"),
            SharedMsg::CheckHint => ("调整您的实际用量，看看节省会怎样变化。价格不可修改。", "Change your real usage and see how the saving moves. Prices cannot be changed."),
            SharedMsg::Lines => ("号码数", "Lines"),
            SharedMsg::Minutes => ("通话（分钟）", "Calls (min)"),
            SharedMsg::DataGb => ("流量（GB）", "Data (GB)"),
            SharedMsg::OpenPrintable => ("打开完整建议书", "Open the full proposal"),
            SharedMsg::Share => ("分享给客户", "Share with the customer"),
            SharedMsg::ShareHint => ("客户扫码或打开此链接，即可在手机上查看并核对同一方案。", "The customer scans or opens this link to see and check the same proposal on their phone."),
            SharedMsg::CostsMore => ("按此用量，方案比现在多花", "At this usage, the proposal costs more by"),
            SharedMsg::Line => ("号码", "Line"),
            SharedMsg::LineCounts => ("号码：按类型增减", "Lines, by kind"),
            SharedMsg::OpeningVersion => ("正在打开您的建议书（按其制作时的价格表）…", "Opening your proposal at the prices it was made with…"),
            SharedMsg::Reprice => ("按现行价格重新计算", "Re-price under the current tables"),
        }
    }
}
