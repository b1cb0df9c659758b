//! The promotions sheet (优惠 Promotions), one row a promotion, its type
//! and the type's figures in their own columns (blank where the type has
//! none), and a volume discount's tiers (阶梯折扣 Volume tiers), one row a
//! tier, matched to its promotion by id, in order.
use super::parts::{description_cols, eligibility_cols, name_cols};
use crate::catalog::{Promotion, PromotionKind, VolumeTier};
use crate::money::{Bps, Money};
use crate::text::Text;
use crate::workbook::columns::{col, Col, Sheet};
use crate::workbook::value::*;
use crate::ItemId;

const TYPES: &str = "free_months, percent_off, prepay_credit, tenure_credit, volume_discount";

fn type_name(kind: &PromotionKind) -> &'static str {
    match kind {
        PromotionKind::FreeMonths => "free_months",
        PromotionKind::PercentOff { .. } => "percent_off",
        PromotionKind::PrepayCredit { .. } => "prepay_credit",
        PromotionKind::TenureCredit { .. } => "tenure_credit",
        PromotionKind::VolumeDiscount { .. } => "volume_discount",
    }
}

fn set_type(p: &mut Promotion, v: &Value) -> Result<(), Text> {
    let name = crate::figures::normalize(&v.text());
    p.kind = match name.as_str() {
        "free_months" => PromotionKind::FreeMonths,
        "percent_off" => PromotionKind::PercentOff { discount: Bps(0) },
        "prepay_credit" => PromotionKind::PrepayCredit {
            prepay: Money::ZERO,
            credit_per_month: Money::ZERO,
        },
        "tenure_credit" => PromotionKind::TenureCredit {
            min_tenure_months: 0,
            credit_per_month: Money::ZERO,
        },
        "volume_discount" => PromotionKind::VolumeDiscount { tiers: Vec::new() },
        "" => {
            return Err(Text::new(
                format!("优惠类型必须填写：{TYPES}"),
                format!("the promotion's type must be set: {TYPES}"),
            ))
        }
        other => {
            return Err(Text::new(
                format!("无法识别的优惠类型“{other}”：可填 {TYPES}"),
                format!("not a promotion type: {other:?}; allowed: {TYPES}"),
            ))
        }
    };
    Ok(())
}

/// A figure of some types only: read into the type that has it, refused
/// (when not blank) on a type that has not.
fn not_for_type(v: &Value, kind: &PromotionKind, types: &str) -> Result<(), Text> {
    if v.is_blank() {
        return Ok(());
    }
    let t = type_name(kind);
    Err(Text::new(
        format!("{t} 类优惠没有这一项（只用于 {types}）：请留空"),
        format!("a {t} promotion has no such figure (only {types}): leave it blank"),
    ))
}

fn kind_cols() -> Vec<Col<Promotion>> {
    vec![
        Col {
            key: "kind.type",
            zh: "类型（free_months/percent_off/prepay_credit/tenure_credit/volume_discount）",
            en: "Type (free_months/percent_off/prepay_credit/tenure_credit/volume_discount)",
            get: |p| Cell::Text(type_name(&p.kind).into()),
            set: set_type,
        },
        Col {
            key: "kind.discount",
            zh: "折扣（%，percent_off）",
            en: "Discount (%, percent_off)",
            get: |p| match p.kind {
                PromotionKind::PercentOff { discount } => Cell::Percent(discount),
                _ => Cell::Blank,
            },
            set: |p, v| match &mut p.kind {
                PromotionKind::PercentOff { discount } => {
                    *discount = (PERCENT.read)(v)?;
                    Ok(())
                }
                kind => not_for_type(v, kind, "percent_off"),
            },
        },
        Col {
            key: "kind.prepay",
            zh: "预存（元，prepay_credit）",
            en: "Prepay (CNY, prepay_credit)",
            get: |p| match p.kind {
                PromotionKind::PrepayCredit { prepay, .. } => Cell::Money(prepay),
                _ => Cell::Blank,
            },
            set: |p, v| match &mut p.kind {
                PromotionKind::PrepayCredit { prepay, .. } => {
                    *prepay = (MONEY.read)(v)?;
                    Ok(())
                }
                kind => not_for_type(v, kind, "prepay_credit"),
            },
        },
        Col {
            key: "kind.credit_per_month",
            zh: "每月赠送（元/月，prepay_credit/tenure_credit）",
            en: "Credit per month (CNY/month, prepay_credit/tenure_credit)",
            get: |p| match p.kind {
                PromotionKind::PrepayCredit {
                    credit_per_month, ..
                }
                | PromotionKind::TenureCredit {
                    credit_per_month, ..
                } => Cell::Money(credit_per_month),
                _ => Cell::Blank,
            },
            set: |p, v| match &mut p.kind {
                PromotionKind::PrepayCredit {
                    credit_per_month, ..
                }
                | PromotionKind::TenureCredit {
                    credit_per_month, ..
                } => {
                    *credit_per_month = (MONEY.read)(v)?;
                    Ok(())
                }
                kind => not_for_type(v, kind, "prepay_credit, tenure_credit"),
            },
        },
        Col {
            key: "kind.min_tenure_months",
            zh: "最低网龄（月，tenure_credit）",
            en: "Min tenure (months, tenure_credit)",
            get: |p| match p.kind {
                PromotionKind::TenureCredit {
                    min_tenure_months, ..
                } => Cell::Count(min_tenure_months),
                _ => Cell::Blank,
            },
            set: |p, v| match &mut p.kind {
                PromotionKind::TenureCredit {
                    min_tenure_months, ..
                } => {
                    *min_tenure_months = (COUNT.read)(v)?;
                    Ok(())
                }
                kind => not_for_type(v, kind, "tenure_credit"),
            },
        },
    ]
}

pub fn sheet() -> Sheet<Promotion> {
    let mut columns = vec![col!(Promotion, "id", "编号", "Id", ID, id)];
    columns.extend(name_cols!(Promotion));
    columns.extend(kind_cols());
    columns.extend(description_cols!(Promotion));
    columns.extend([
        col!(
            Promotion,
            "applies_to",
            "适用套餐（编号，逗号分隔，空白全部）",
            "Applies to (ids, comma-separated, blank: all)",
            IDS,
            applies_to
        ),
        col!(
            Promotion,
            "from_month",
            "起始月（第几个月）",
            "From month (month number)",
            COUNT,
            from_month
        ),
        col!(
            Promotion,
            "to_month",
            "结束月（第几个月，含）",
            "To month (month number, inclusive)",
            COUNT,
            to_month
        ),
        col!(
            Promotion,
            "authority_level",
            "审批级别（1 营业员/2 主管/3 经理）",
            "Authority (1 rep/2 supervisor/3 manager)",
            LEVEL,
            authority_level
        ),
        col!(
            Promotion,
            "fees.plan",
            "作用于套餐月费（是/否，空白是）",
            "On plan fees (yes/no, blank: yes)",
            BOOL_YES,
            fees.plan
        ),
        col!(
            Promotion,
            "fees.bundle",
            "作用于融合月费（是/否，空白是）",
            "On bundle fees (yes/no, blank: yes)",
            BOOL_YES,
            fees.bundle
        ),
        col!(
            Promotion,
            "fees.members",
            "作用于成员月费（是/否，空白是）",
            "On member fees (yes/no, blank: yes)",
            BOOL_YES,
            fees.members
        ),
        col!(
            Promotion,
            "fees.addons",
            "作用于增值业务月费（是/否，空白否）",
            "On add-on fees (yes/no, blank: no)",
            BOOL,
            fees.addons
        ),
        col!(
            Promotion,
            "credit_per",
            "赠费计算（unit/account，空白 unit）",
            "Credit counted (unit/account, blank: unit)",
            CREDIT_BASIS,
            credit_per
        ),
        col!(
            Promotion,
            "lines_counted",
            "阶梯计数线路（all/moved，空白 all）",
            "Tier counts lines (all/moved, blank: all)",
            LINES_COUNTED,
            lines_counted
        ),
        col!(
            Promotion,
            "whole_account",
            "整体办理（是/否）",
            "Whole account moves (yes/no)",
            BOOL,
            whole_account
        ),
    ]);
    columns.extend(eligibility_cols!(Promotion));
    Sheet {
        zh: "优惠",
        en: "Promotions",
        blank: Promotion::default,
        columns,
    }
}

/// A volume tier and the promotion it belongs to.
pub struct TierRow {
    pub promotion: ItemId,
    pub tier: VolumeTier,
}

pub fn tier_sheet() -> Sheet<TierRow> {
    Sheet {
        zh: "阶梯折扣",
        en: "Volume tiers",
        blank: || TierRow {
            promotion: ItemId::default(),
            tier: VolumeTier {
                min_lines: 0,
                discount: Bps(0),
            },
        },
        columns: vec![
            col!(
                TierRow,
                "promotion",
                "优惠编号",
                "Promotion id",
                ID,
                promotion
            ),
            col!(
                TierRow,
                "min_lines",
                "起始线路数（条）",
                "From lines (lines)",
                COUNT,
                tier.min_lines
            ),
            col!(
                TierRow,
                "discount",
                "折扣（%）",
                "Discount (%)",
                PERCENT,
                tier.discount
            ),
        ],
    }
}
