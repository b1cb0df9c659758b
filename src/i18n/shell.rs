//! The app shell's strings: product name, navigation, page headings.
use super::Translate;

/// A UI string, by meaning.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Msg {
    AppName,
    AppTagline,
    NavCounter,
    NavProposal,
    NavTables,
    NavCustomers,
    LanguageSwitch,
    CounterTitle,
    CounterIntro,
    ProposalTitle,
    ProposalIntro,
    TablesTitle,
    TablesIntro,
    NotFoundTitle,
    NotFoundBody,
    BackToCounter,
    SessionUnsaved,
    /// A new version is installed and waits for the rep's word.
    UpdateReady,
    UpdateNow,
    /// A stepper's minus button, named by what it changes.
    StepDown,
    /// A stepper's plus button, named by what it changes.
    StepUp,
    /// The link past the intake to the comparison (keyboard and screen readers).
    SkipToProposals,
}

impl Translate for Msg {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
        Msg::AppName => ("资费方案计算器", "Proposal Calculator"),
        Msg::AppTagline => ("为客户算清每一分钱", "Every fen of the saving, in the open"),
        Msg::NavCounter => ("柜台", "Counter"),
        Msg::NavProposal => ("建议书", "Proposal"),
        Msg::NavCustomers => ("客户簿", "Customers"),
        Msg::NavTables => ("资费表", "Package tables"),
        Msg::LanguageSwitch => ("语言", "Language"),
        Msg::CounterTitle => ("柜台受理", "At the counter"),
        Msg::CounterIntro => (
            "录入客户现有号码与消费，比较全部套餐，找出最省的方案。",
            "Enter the customer's current lines and spend, compare every package, find the cheapest fit.",
        ),
        Msg::ProposalTitle => ("客户建议书", "Customer proposal"),
        Msg::ProposalIntro => (
            "在柜台选定方案后，这里生成可打印、可分享的客户建议书。",
            "Once a proposal is chosen at the counter, the printable, shareable customer proposal appears here.",
        ),
        Msg::TablesTitle => ("资费表管理", "Package tables"),
        Msg::TablesIntro => (
            "管理人员在此维护套餐、融合套餐、增值业务、优惠与办理条件，并发布给营业员。",
            "Managers keep plans, bundles, add-ons, promotions and eligibility here, and publish them to reps.",
        ),
        Msg::NotFoundTitle => ("页面不存在", "Page not found"),
        Msg::NotFoundBody => ("这个链接没有对应的页面。", "This link does not lead to a page."),
        Msg::BackToCounter => ("返回柜台", "Back to the counter"),
        Msg::StepDown => ("减少 {}", "Decrease {}"),
        Msg::StepUp => ("增加 {}", "Increase {}"),
        Msg::SkipToProposals => ("跳到方案比较", "Skip to the proposals"),
        Msg::UpdateReady => (
            "新版本已就绪。更新后页面会重新打开，已录入的内容都会保留。",
            "A new version is ready. Updating reopens the page; everything entered is kept.",
        ),
        Msg::UpdateNow => ("立即更新", "Update now"),
        Msg::SessionUnsaved => (
            "本设备存储已满或不可用：当前客户没有保存，刷新页面会丢失。请先打开建议书，用其中的分享链接或二维码留存，再清理浏览器存储。",
            "This device's storage is full or unavailable: the current customer is not saved and a reload loses it. Open the proposal and keep its share link or QR code, then free the browser's storage.",
        ),
        }
    }
}
