//! Every word of the customer book, in both languages: statuses, outcomes,
//! the visit form's fields (the seeds' 走访记录表 and 信息反馈表), the
//! exports' headers and the import's reports.
use super::{Outcome, Status};
use crate::money::Money;
use crate::text::{Lang, Text};

/// A word in both languages.
pub type W = (&'static str, &'static str);

pub fn text(w: W) -> Text {
    Text::new(w.0, w.1)
}

pub fn status(s: Status) -> Text {
    text(match s {
        Status::Prepared => ("待拜访", "To visit"),
        Status::Visited => ("已拜访", "Visited"),
        Status::Proposed => ("已出方案", "Proposed"),
        Status::Signed => ("已签约", "Signed"),
        Status::Declined => ("未成交", "Declined"),
        Status::FollowUp => ("待跟进", "Follow up"),
    })
}

pub fn outcome(o: Outcome) -> Text {
    text(match o {
        Outcome::Proposed => ("已出方案，待答复", "Proposed, awaiting answer"),
        Outcome::Signed => ("成交", "Signed"),
        Outcome::Declined => ("未成交", "Declined"),
        Outcome::FollowUp => ("跟进", "Follow up"),
    })
}

/// A field of the book or of a visit: its label and its key in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Name,
    Phone,
    Status,
    FollowUp,
    Offer,
    MonthlySaving,
    TermSaving,
    QuoteNumber,
    ValidUntil,
    Link,
    Visits,
    Created,
    VisitDate,
    MetName,
    MetRole,
    DecisionMaker,
    Intention,
    Offered,
    Outcome,
    ObjectionPrice,
    ObjectionTerm,
    ObjectionService,
    CompetitorOffer,
    CompetitorPrice,
    NextStep,
    Notes,
    /// The customers' sheet's last column: the record whole, to import back.
    Record,
}

impl Field {
    pub fn label(self) -> Text {
        text(match self {
            Field::Id => ("客户编号", "Customer ID"),
            Field::Name => ("客户名称", "Customer"),
            Field::Phone => ("联系电话", "Phone"),
            Field::Status => ("状态", "Status"),
            Field::FollowUp => ("跟进日期", "Follow-up date"),
            Field::Offer => ("所选方案", "Chosen proposal"),
            Field::MonthlySaving => ("每月节省（元）", "Monthly saving (yuan)"),
            Field::TermSaving => ("合约期节省（元）", "Term saving (yuan)"),
            Field::QuoteNumber => ("建议书编号", "Quote number"),
            Field::ValidUntil => ("有效期至", "Valid until"),
            Field::Link => ("分享链接", "Share link"),
            Field::Visits => ("走访次数", "Visits"),
            Field::Created => ("建档日期", "Added on"),
            Field::VisitDate => ("走访日期", "Visit date"),
            Field::MetName => ("接待人", "Met"),
            Field::MetRole => ("接待人职务", "Their role"),
            Field::DecisionMaker => ("是否决策人", "Decision maker"),
            Field::Intention => ("客户意向及建议", "Customer's intention and suggestions"),
            Field::Offered => ("所提方案", "Offered"),
            Field::Outcome => ("结果", "Outcome"),
            Field::ObjectionPrice => ("异议：价格", "Objection: price"),
            Field::ObjectionTerm => ("异议：合约期", "Objection: contract term"),
            Field::ObjectionService => ("异议：服务质量", "Objection: service quality"),
            Field::CompetitorOffer => ("竞争对手报价", "Competitor's offer"),
            Field::CompetitorPrice => {
                ("竞争对手价格（元/月）", "Competitor's price (yuan a month)")
            }
            Field::NextStep => ("下一步", "Next step"),
            Field::Notes => ("备注", "Notes"),
            Field::Record => (
                "完整记录（导入用，请勿修改）",
                "Full record (for import, do not edit)",
            ),
        })
    }
}

/// The page's and the form's own words.
pub const TITLE: W = ("客户簿", "Customer book");
pub const SEARCH: W = ("搜索客户名称或电话", "Search name or phone");
pub const ALL_STATUSES: W = ("全部状态", "All statuses");
pub const FOLLOW_UPS: W = ("今日及逾期跟进", "Follow-ups due today or overdue");
pub const DUE_TODAY: W = ("今天跟进", "Follow up today");
pub const OVERDUE: W = ("已逾期", "Overdue");
pub const REOPEN: W = ("打开", "Reopen");
pub const DUPLICATE: W = ("复制", "Duplicate");
pub const DELETE: W = ("删除", "Delete");
pub const UNDO: W = ("撤销", "Undo");
pub const RECORD_VISIT: W = ("记录走访", "Record a visit");
pub const SAVE_VISIT: W = ("保存走访记录", "Save the visit");
pub const BLANK_FORM: W = ("打印空白走访记录表", "Print a blank visit form");
pub const FORM_TITLE: W = ("走访记录表 / 信息反馈表", "Visit record and feedback form");
pub const FORM_NOTE: W = (
    "拜访结束后整理填写，请勿在客户处当面填写。",
    "Fill in after the visit, never in front of the customer.",
);
pub const EXPORT_CSV: W = ("导出客户表（CSV）", "Export customers (CSV)");
pub const EXPORT_VISITS: W = ("导出走访记录（CSV）", "Export visits (CSV)");
pub const EXPORT_JSON: W = ("导出客户簿备份（JSON）", "Export a backup (JSON)");
pub const IMPORT: W = (
    "导入备份（JSON）、客户表或活动包客户表（CSV）",
    "Import a backup (JSON), a customer sheet or a pack's links.csv (CSV)",
);
pub const EMPTY: W = (
    "客户簿还没有客户：在柜台录入客户，或导入活动包的客户表（CSV）。",
    "No customers yet: take one at the counter, or import a pack's links.csv.",
);
pub const NONE_MATCH: W = ("没有符合条件的客户", "No customer matches");
pub const NEW_CUSTOMER: W = ("新客户", "New customer");
pub const YES: W = ("是", "yes");
pub const NO_OFFER: W = ("未选方案", "No proposal chosen");
pub const UNNAMED: W = ("未命名客户", "Unnamed customer");
pub const CANNOT_REOPEN: W = (
    "这位客户的记录无法在柜台打开（没有保存的录入，链接也读不出）。",
    "This customer cannot be reopened at the counter (no stored intake, and the link does not read).",
);
pub const OBJECTIONS: W = ("客户异议", "Objections");
pub const PRINT: W = ("打印", "Print");
pub const BACK: W = ("返回客户簿", "Back to the book");
pub const CLOSE: W = ("关闭", "Close");
pub const CHECKED: W = ("☐ 是　☐ 否", "☐ yes   ☐ no");
/// Between the outcomes a paper form offers to tick.
pub const CHOICE_GAP: W = ("　", "   ");
pub const VISITS_TITLE: W = ("走访记录", "Visits");
pub const PHONE_HINT: W = ("客户电话", "Customer's phone");
pub const STORED_RESTORED: W = (
    "客户簿的存储副本已损坏，已从备份恢复。请导出一份备份。",
    "The stored customer book was damaged; the backup was loaded. Please export a backup.",
);
pub const STORED_CORRUPTED: W = (
    "客户簿无法读取：损坏的副本已另存，现从空客户簿开始。请导入您的备份。",
    "The customer book could not be read: the damaged copy was kept aside, and the book starts empty. Import your backup.",
);
pub const STORED_REFUSED: W = (
    "浏览器拒绝保存（存储已满或被关闭）：修改只在本页中，请立即导出备份。",
    "The browser refused to save (storage full or off): changes live only in this page. Export a backup now.",
);

/// The list's monthly saving in the counter's money form (`¥1,234.50`,
/// [`Money::format`]): `每月省 ¥45.50`, or `每月多付 ¥12.00` when the chosen
/// proposal costs more (never a negative saving).
pub fn monthly_saving(m: Money) -> Text {
    let amount = |lang| Money(m.0.saturating_abs()).format(lang);
    if m.0 >= 0 {
        Text::new(
            format!("每月省 {}", amount(Lang::ZhCn)),
            format!("saves {} a month", amount(Lang::En)),
        )
    } else {
        Text::new(
            format!("每月多付 {}", amount(Lang::ZhCn)),
            format!("costs {} more a month", amount(Lang::En)),
        )
    }
}

/// A copy's name: `名称（副本）`.
pub fn copy_name(name: &str) -> String {
    format!("{name}（副本）")
}

/// What a deleted record's notice says.
pub fn deleted(name: &str) -> Text {
    Text::new(format!("已删除 {name}"), format!("Deleted {name}"))
}

/// What an import did.
pub fn imported(added: usize, skipped: usize) -> Text {
    Text::new(
        format!("已导入 {added} 位客户，跳过 {skipped} 位（编号已在客户簿中）"),
        format!("Imported {added} customers, skipped {skipped} (already in the book)"),
    )
}

/// A chosen file whose bytes are neither UTF-8 nor GBK (GB18030).
pub fn unreadable(line: usize) -> Text {
    Text::new(
        format!("文件未导入，客户簿没有改动：第 {line} 行既不是 UTF-8 也不是 GBK 编码的文字"),
        format!("The file was not imported; the book is unchanged: line {line} is neither UTF-8 nor GBK text"),
    )
}

/// The follow-up filter's button with how many are due.
pub fn follow_ups(due: usize) -> Text {
    Text::new(
        format!("{}（{due}）", FOLLOW_UPS.0),
        format!("{} ({due})", FOLLOW_UPS.1),
    )
}

/// A count of the list: `共 12 位客户`.
pub fn count(shown: usize, total: usize) -> Text {
    if shown == total {
        Text::new(format!("共 {total} 位客户"), format!("{total} customers"))
    } else {
        Text::new(
            format!("显示 {shown} / {total} 位客户"),
            format!("Showing {shown} of {total} customers"),
        )
    }
}
