//! Every word the pack's pages and sheets print that is not the engine's
//! (the engine's document states every figure and its label): headings and
//! column names, Chinese first, English second. The proposal's headings are
//! the app's (`src/i18n/proposal.rs`), so the printed pages read the same.
use proposal_engine::customer::Cluster;
use proposal_engine::Lang;

/// A word in Chinese and English.
pub type W = (&'static str, &'static str);

/// `w` in `lang`.
pub fn t(lang: Lang, w: W) -> &'static str {
    match lang {
        Lang::ZhCn => w.0,
        Lang::En => w.1,
    }
}

/// `w` with `{}` replaced by `x`.
pub fn tf(lang: Lang, w: W, x: impl std::fmt::Display) -> String {
    t(lang, w).replacen("{}", &x.to_string(), 1)
}

pub const TITLE: W = ("客户建议书", "Customer proposal");
pub const QUOTE_NO: W = ("编号", "Quote no.");
pub const ISSUED: W = ("日期", "Date");
pub const VALID_UNTIL: W = ("有效期至", "Valid until");
pub const CUSTOMER: W = ("客户", "Customer");
pub const REP: W = ("客户经理", "Account manager");
pub const HOTLINE: W = ("客服热线", "Hotline");
pub const SITUATION: W = ("一、您目前的情况", "1. Your situation today");
pub const RECOMMENDATION: W = ("二、推荐方案", "2. What we recommend");
pub const SAVINGS: W = ("三、您能节省多少", "3. What you save");
pub const COSTS: W = ("四、全部费用", "4. Every cost");
pub const CONSIDERED: W = ("五、比较过的其他方案", "5. Other options considered");
pub const TERMS: W = ("六、资费说明", "6. Tariff terms");
pub const NEXT: W = ("七、下一步", "7. Next steps");
pub const LINE: W = ("号码", "Line");
pub const KIND: W = ("类型", "Kind");
pub const USAGE: W = ("每月用量", "Monthly usage");
pub const MONTHLY_FEE: W = ("月费", "Monthly fee");
pub const CURRENT_BILL: W = ("目前每月合计", "Today's monthly total");
pub const PACKAGE: W = ("套餐", "Package");
pub const STARTS: W = ("办理时间", "Starts");
pub const BY_MONTHS: W = ("每月费用（按月份）", "A month, by months");
pub const HORIZON_TOTAL: W = ("{} 个月合计", "{} months");
pub const STRETCH: W = ("时段", "Months");
pub const BILL: W = ("每月账单", "Monthly bill");
pub const SAVING_A_MONTH: W = ("每月节省", "Saving a month");
pub const PROMOTIONS: W = ("期间优惠", "Promotions running");
pub const NO_PROMOTION: W = ("无", "none");
pub const WITH_ONE_OFFS: W = ("含一次性费用 {}", "one-offs of {} included");
pub const ONE_OFFS: W = ("一次性费用", "One-off fees");
pub const ONE_OFFS_TOTAL: W = ("一次性费用合计", "One-off fees in all");
pub const NO_ONE_OFFS: W = ("无一次性费用", "No one-off fees");
pub const CONTRACT_TERM: W = ("新合约期", "New contract term");
pub const NO_CONTRACT: W = ("无合约，可按月退订", "none: cancel any month");
pub const CONTRACT_EXIT: W = ("提前解约违约金", "Early-exit fee");
pub const N_MONTHS: W = ("{} 个月", "{} months");
pub const NO_PREPAY: W = ("无需预存", "No prepayment");
pub const TOTAL_HORIZON: W = (
    "{} 个月总费用（含一次性费用）",
    "Total over {} months (one-offs included)",
);
pub const CURRENT_TOTAL: W = ("保持现状 {} 个月总费用", "Keeping what you have, {} months");
pub const OPTION: W = ("方案", "Option");
pub const TOTAL: W = ("总费用", "Total");
pub const SAVING: W = ("节省", "Saving");
pub const VERSUS: W = ("与所选方案相比", "Against the chosen proposal");
pub const WHY_CHOSEN: W = ("为什么推荐这个方案", "Why this proposal");
pub const ASSUMES: W = ("节省的前提条件", "What the saving assumes");
pub const STRUCTURE: W = ("资费结构", "Structure");
pub const ITEMS: W = ("业务内容", "Included");
pub const RATES: W = ("资费标准", "Rates");
pub const CHARGING: W = ("计费规则", "Charging");
pub const CONDITIONS: W = ("适用条件", "Conditions");
pub const VALIDITY: W = ("有效期", "Validity");
pub const PENALTY: W = ("违约责任", "Penalty");
pub const KIND_PLAN: W = ("套餐", "Plan");
pub const KIND_BUNDLE: W = ("融合套餐", "Bundle");
pub const KIND_ADD_ON: W = ("增值业务", "Add-on");
pub const KIND_PROMOTION: W = ("优惠活动", "Promotion");
pub const KIND_HANDSET: W = ("手机终端", "Handset");
pub const SCAN_TO_CHECK: W = (
    "扫码在手机上打开并核对此方案",
    "Scan to open and check this proposal on your phone",
);
pub const TABLES: W = ("资费表", "Package tables");
pub const TABLES_VERSION: W = ("第 {} 版", "version {}");
pub const CUSTOMER_SIGN: W = ("客户签字", "Customer signature");
pub const REP_SIGN: W = ("客户经理签字", "Account manager signature");
pub const SIGN_DATE: W = ("日期", "Date");
pub const CHART_DATA: W = ("逐月累计费用（数据）", "Cumulative cost by month (data)");
pub const BACK_TO_PACK: W = ("返回汇总", "Back to the summary");

/// A segment's name by its key (`individual`, `family`, `business`, `key_account`).
pub fn segment(key: &str) -> W {
    match key {
        "individual" => ("个人客户", "Individual"),
        "family" => ("家庭客户", "Family"),
        "business" => ("商业客户", "Business"),
        _ => ("大客户 / 集团客户", "Key account"),
    }
}

/// A cluster market's name (聚类市场).
pub fn cluster(c: Option<Cluster>) -> W {
    match c {
        Some(Cluster::StreetShop) => ("临街店铺", "Street shops"),
        Some(Cluster::OfficeTower) => ("商务楼宇", "Office towers"),
        Some(Cluster::WholesaleMarket) => ("专业市场", "Wholesale markets"),
        Some(Cluster::IndustrialPark) => ("工业园区", "Industrial parks"),
        Some(Cluster::Other) => ("其他聚类", "Other clusters"),
        None => ("非聚类客户", "Not in a cluster"),
    }
}
