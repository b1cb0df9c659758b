//! The pricing rules of the package tables, one list (issue 13): every rule
//! that decides a figure, with its field, what it means and what the given
//! tables set, in both languages. The managers' form renders this list and
//! README's `## Pricing rules` table lists exactly its fields in its order
//! (`engine/tests/rule_table.rs`), so the form, the README and the engine
//! cannot drift apart: the engine decides every word, the app only renders.
//! A new rule is one more entry below (and one more README row).
use super::super::Catalog;
use super::{bundle_setting, fee_setting, setting};
use crate::text::Text;

/// Where a rule is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleField {
    /// A field of the package tables, as a JSON path (`policy.stacking`).
    Tables(&'static str),
    /// A field of the intake or the proposal, not of the tables
    /// (`proposal.start_month`): the rule itself is fixed, its input varies.
    Intake(&'static str),
    /// A rule no field changes (its key names it in README: `—, fixed
    /// (`discount_rounding`)`).
    Fixed(&'static str),
}

impl RuleField {
    /// What README's field column names first, in backticks.
    pub fn key(self) -> &'static str {
        match self {
            RuleField::Tables(k) | RuleField::Intake(k) | RuleField::Fixed(k) => k,
        }
    }

    /// The field column of the form: the path, or that no field sets it.
    pub fn label(self) -> Text {
        match self {
            RuleField::Tables(path) => Text::new(path, path),
            RuleField::Intake(path) => Text::new(
                format!("{path}（客户资料，非资费表）"),
                format!("{path} (the intake, not the tables)"),
            ),
            RuleField::Fixed(_) => Text::new("—，固定规则", "—, fixed"),
        }
    }
}

/// One row of the rule table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PricingRule {
    pub field: RuleField,
    pub meaning: Text,
    /// What `catalog` sets, rendered from it.
    pub setting: Text,
}

/// The table's title and its columns' headings, as the managers' form
/// shows them: title, field, meaning, setting.
pub fn rule_table_headings() -> [Text; 4] {
    [
        Text::new("计价规则", "Pricing rules"),
        Text::new("字段", "Field"),
        Text::new("含义", "Meaning"),
        Text::new("本资费表的设置", "These tables' setting"),
    ]
}

fn rule(field: RuleField, zh: &str, en: &str, setting: Text) -> PricingRule {
    PricingRule {
        field,
        meaning: Text::new(zh, en),
        setting,
    }
}

/// Every pricing rule with what `catalog` sets, in README's order.
pub fn pricing_rules(catalog: &Catalog) -> Vec<PricingRule> {
    use RuleField::{Fixed, Intake, Tables};
    vec![
        rule(
            Tables("credit_cap"),
            "赠送话费每月最多抵扣当月话费的比例（送话费不超当月话费50%），向下取整到分",
            "the share of a month's bill a credit gift may cover (送话费不超当月话费50%), floor to the fen",
            setting::credit_cap(catalog),
        ),
        rule(
            Tables("policy.credit_cap_on"),
            "赠费上限按哪份账单计算：unit 每个计费单元自己的账单（一条套餐线路、一个融合套餐本身的费用）；account 账户当月全部新账单（所有套餐线路、融合费、成员费和账户功能，保留原套餐的线路不计）。按户计算的赠费总是按账户账单封顶",
            "which bill credit_cap is measured on: unit (each package's own bill: a plan line, a bundle's own fee) or account (the account's whole new bill that month: every plan line, bundle fee, member and account feature; kept lines not counted). A credit counted per account is always capped on the account's bill",
            setting::credit_cap_on(catalog),
        ),
        rule(
            Tables("policy.stacking"),
            "同一个月两项百分比折扣如何叠加：compound 折上折（每项按前一项折后的金额计算，每次四舍五入到分：¥129 打九折再打九五折共减 ¥18.71）；add 百分比相加（最多 100%，只取整一次：¥19.35）",
            "two percentage discounts active in one month: compound (each off what the one before left, rounded half-up each time: 10% and 5% of ¥129 take ¥18.71) or add (percentages added, at most 100%, one rounding: ¥19.35)",
            setting::stacking(catalog),
        ),
        rule(
            Fixed("discount_rounding"),
            "一项百分比折扣四舍五入到分，每个计费单元每月取整一次（fees.addons 为 true 时号码的叠加包和功能月费另取整一次）",
            "a single percentage discount rounds half-up to the fen, once per billing unit and month (a line's add-on fees, with fees.addons, once more)",
            setting::fixed(),
        ),
        rule(
            Tables("promotions[].fees"),
            "优惠减免哪些月费：plan 套餐线路的月费，bundle 融合套餐本身的月费，members 融合成员的月费。使用费从不减免，流量包和功能月费只在 fees.addons 为 true 时减免；赠费只抵扣套餐线路和融合套餐的账单（成员随其融合套餐计费）",
            "which monthly fees the promotion touches: a plan line's fee, a bundle's own fee, a bundle member's fee. Usage is never touched, pack and feature fees only with fees.addons. A credit lands on plan lines and bundle fees only (a member is billed with its bundle)",
            setting::fees(catalog),
        ),
        rule(
            Tables("promotions[].fees.addons"),
            "优惠是否也减免号码的叠加包和功能月费（流量包、长途包、对讲等按号码计的月费）：true 时，适用于该套餐或融合套餐的号码在优惠月份里叠加包和功能月费同样免收（免费月）或打折（百分比折扣、阶梯折扣），按号码每月合计后四舍五入一次；每份方案的叠加包只选一次，按优惠期内外各月的费用合计选最省的组合。赠费不能减免叠加包（校验）。缺省 false：叠加包和功能费不减免",
            "whether the promotion also reduces a line's monthly add-on fees (its packs and per-line features): with true, a line on a plan or in a bundle it applies to has them waived (free months) or discounted (percentage and volume discounts) in its months, their sum per line and month rounded half-up once; a line's packs are chosen once per proposal, the set cheapest over the whole horizon with the promotion's months. Validated: not for a credit gift. Missing: false (add-on fees untouched)",
            setting::addons(catalog),
        ),
        rule(
            Tables("promotions[].credit_per"),
            "赠费怎么计：unit 每条适用的套餐线路和每个融合套餐各赠一份；account 每户每月一份（此时适用范围须为空）。只有赠费可以按户计",
            "a credit gift counts unit (on each plan line and each bundle it applies to) or account (once a month for the whole account; its applies_to must be empty). Only credits count per account",
            setting::credit_per(catalog),
        ),
        rule(
            Tables("promotions[].lines_counted"),
            "阶梯折扣数哪些线路：all 客户的全部线路；moved 方案转入套餐或融合套餐的线路（保留原套餐的线路不计）。只有阶梯折扣数线路；moved 时线路越多的档折扣不得更少",
            "which lines a volume tier counts: all (every line of the customer) or moved (the lines the proposal puts on a plan or in a bundle; a kept line does not count). Only volume discounts count lines, and with moved a tier for more lines never gives less",
            setting::lines_counted(catalog),
        ),
        rule(
            Tables("promotions[].whole_account"),
            "整体办理：只有方案转走全部线路（不保留任何线路）时才可享受",
            "整体办理: the promotion is only for a proposal that moves every line (none kept)",
            setting::whole_account(catalog),
        ),
        rule(
            Fixed("kept_line"),
            "保留原套餐的线路按现有月费计费，不享受任何优惠，也不计入赠费上限的账单",
            "a kept line pays its current fee, gets no promotion and is not in the bill the credit cap is measured on",
            setting::fixed(),
        ),
        rule(
            Fixed("long_distance_as_domestic"),
            "套餐或融合套餐没有单列长途资费（long_distance_per_min）时，长途分钟按本地分钟计入通话时长",
            "on a plan or bundle without a long-distance rate (long_distance_per_min), long-distance minutes count as domestic minutes",
            setting::fixed(),
        ),
        rule(
            Fixed("one_pack_each"),
            "每条线路的每种叠加包最多订一个；订哪些由计算器按整个比较期最省的组合选",
            "a line takes each pack at most once; the calculator picks the set cheapest over the horizon",
            setting::fixed(),
        ),
        rule(
            Tables("handsets[].min_monthly_fee"),
            "合约机只在月费不低于此值的套餐上按合约价（contract_price；融合成员按 bundles[].handset_fee_share 计）；否则，以及线路保留原套餐时，按零售价（retail_price）",
            "a wanted handset is at its contract price only on a plan whose fee is at least this minimum (in a bundle: what bundles[].handset_fee_share counts); otherwise, and on a kept line, at its retail price",
            setting::handsets(catalog),
        ),
        rule(
            Tables("bundles[].free_calls_scope"),
            "融合成员间通话免费（free_calls_among_members）时免费哪些通话：same_instance 只有打给同一份套餐内其他成员的通话免费，免费部分 = 打给自有号码的比例 × 本份内其他通话号码（手机、固话）÷ 客户其他通话号码，分钟四舍五入；须每户限办 1 份。all_own_lines（缺省）打给客户所有自有号码的通话都免费",
            "which calls free_calls_among_members makes free: same_instance only calls to the other members of the same instance, the free share own_calls × (the instance's other voice lines ÷ the customer's other voice lines, mobiles and landlines), minutes rounded half-up; needs max_instances 1. all_own_lines (missing field): the line's whole own-calls share",
            bundle_setting::free_calls_scope(catalog),
        ),
        rule(
            Tables("bundles[].free_calls_long_distance"),
            "成员间的长途通话是否也按同样比例免费（否则只免本地通话）；缺省为否",
            "whether long-distance minutes get the same free share (else only domestic ones); missing: false",
            bundle_setting::free_calls_long_distance(catalog),
        ),
        rule(
            Tables("bundles[].max_instances"),
            "每户限办份数（0 不限）；超过时 price() 拒绝方案。只在同一份内成员间通话免费时须为 1：精确搜索据此逐一尝试这一份的成员数",
            "instances per account (每户限办), 0 no limit; price() refuses more. Must be 1 where calls are free only within the instance: the exact search tries every member count of that one instance",
            bundle_setting::max_instances(catalog),
        ),
        rule(
            Tables("bundles[].handset_fee_share"),
            "融合成员的合约机最低月费按什么计：shared 成员月费加本份套餐月费按本份成员数（各类成员）分摊的部分（分以下舍去），须每户限办 1 份；member_fee（缺省）只计成员月费",
            "what counts toward a member's contract handset minimum (handsets[].min_monthly_fee): shared, the member fee plus the instance's fee divided by its members (every kind, rounded down to the fen), needs max_instances 1; member_fee (missing field): the member fee only",
            bundle_setting::handset_fee_share(catalog),
        ),
        rule(
            Tables("bundles[].slots[].free_members"),
            "每套融合套餐中该类成员的前几个（个数即本字段的值，按客户资料顺序）不收成员费（主卡免费），成员费上的优惠对它们不起作用。校验：不超过该类成员上限；套餐的中文说明不得与成员费矛盾（“副卡10元”这类写法中的金额须是某类成员的费用；“主卡外”“主卡免费”须有免费名额）。缺省为 0（每个成员都付费）",
            "the first N members of the slot in each instance (in the intake's order) pay no member fee (主卡免费); promotions on members' fees then touch nothing for them. Validated: at most the slot's max, and the bundle's Chinese description must not contradict its member fees where it can be read. Missing: 0 (every member pays)",
            setting::free_members(catalog),
        ),
        rule(
            Tables("fees[].line_kinds"),
            "一次性费用（装机、SIM卡）按哪类号码收取：套餐中每个此类号码一次；融合套餐中每个此类成员一次；不填：每条套餐线路一次、每个融合套餐一次",
            "the line kinds a one-off fee (installation, SIM) is for: on a plan, a line of those kinds; in a bundle, once per member of those kinds; empty: once per plan line and once per bundle instance",
            fee_setting::line_kinds(catalog),
        ),
        rule(
            Tables("fees[].origins"),
            "哪些号码付这笔一次性费用，按号码现在的来源：this_operator 本网、other_operator 异网、new 新装；不填：全部号码。本网号码转入套餐或融合套餐不需新装，不收装机费和SIM卡费。须同时注明号码类型",
            "which lines pay a one-off fee, by where they are today: this_operator (本网), other_operator (异网), new (新装); empty: every line. A line moving from this operator installs nothing, so pays no installation or SIM. Needs line_kinds",
            fee_setting::origins(catalog),
        ),
        rule(
            Intake("proposal.start_month"),
            "新套餐开始的月份：1 为现在，合约剩余月数 + 1 为现合约到期时。之前的月份按现有账单（各线路现月费、账户现月费，无优惠）；从该月起按从第 1 个月开始的方案计费，优惠月份从该月算起；一次性费用在该月支付。有剩余合约和违约金时，推荐系统同时给出合约到期时转入的最省方案，更省时推荐它",
            "the month the new packages start: 1 is now, months_left + 1 is at the current contract's end. Months before it are today's bill (each line's current fee, the account's current fee, no promotion); from it every unit bills as a proposal started in month 1, promotion months counted from it; one-off fees are paid in it. With months left and an exit fee, the optimizer also offers the cheapest proposal starting at the contract's end, and recommends it when it is cheaper over the horizon",
            setting::intake(),
        ),
        rule(
            Intake("contract.exit_fee"),
            "现合约的违约金：在新套餐开始的月份一次付清（现在转：第 1 个月），仅当开始月份不晚于合约剩余月数且方案转走至少一条线路；全部保留不付",
            "the current contract's exit fee: paid once, in the month the new packages start (month 1 for a switch now), only when that month is within the months left and the proposal moves a line; keeping everything pays none",
            setting::intake(),
        ),
    ]
}
