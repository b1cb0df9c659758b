//! The bundles sheet (融合套餐 Bundles), one row a bundle, and its member
//! slots (融合成员 Bundle slots), one row a slot, matched to its bundle by
//! the bundle's id, in the bundle's order.
use super::parts::{allowance_cols, description_cols, eligibility_cols, name_cols, rates_cols};
use crate::catalog::{Bundle, Slot};
use crate::money::Money;
use crate::workbook::columns::{col, Sheet};
use crate::workbook::value::*;
use crate::{ItemId, LineKind};

fn blank() -> Bundle {
    Bundle {
        id: Default::default(),
        name: Default::default(),
        description: Default::default(),
        monthly_fee: Money::ZERO,
        slots: Vec::new(),
        free_calls_among_members: false,
        free_calls_scope: Default::default(),
        free_calls_long_distance: false,
        max_instances: 0,
        handset_fee_share: Default::default(),
        rates: Default::default(),
        contract_months: 0,
        early_exit_fee: Money::ZERO,
        includes: Vec::new(),
        one_off_fees: Vec::new(),
        eligibility: Default::default(),
    }
}

pub fn sheet() -> Sheet<Bundle> {
    let mut columns = vec![col!(Bundle, "id", "编号", "Id", ID, id)];
    columns.extend(name_cols!(Bundle));
    columns.push(col!(
        Bundle,
        "monthly_fee",
        "月费（元，每套）",
        "Monthly fee (CNY, each instance)",
        MONEY,
        monthly_fee
    ));
    columns.extend(description_cols!(Bundle));
    columns.extend([
        col!(
            Bundle,
            "free_calls_among_members",
            "成员间通话免费（是/否）",
            "Free calls among members (yes/no)",
            BOOL,
            free_calls_among_members
        ),
        col!(
            Bundle,
            "free_calls_scope",
            "免费通话范围（all_own_lines/same_instance，空白 all_own_lines）",
            "Free call scope (all_own_lines/same_instance, blank: all_own_lines)",
            FREE_CALL_SCOPE,
            free_calls_scope
        ),
        col!(
            Bundle,
            "free_calls_long_distance",
            "长途也免费（是/否）",
            "Long distance free too (yes/no)",
            BOOL,
            free_calls_long_distance
        ),
        col!(
            Bundle,
            "max_instances",
            "每户限办（套，0 不限）",
            "Max per account (instances, 0: no limit)",
            COUNT,
            max_instances
        ),
        col!(
            Bundle,
            "handset_fee_share",
            "合约最低消费计入（member_fee/shared，空白 member_fee）",
            "Handset minimum counts (member_fee/shared, blank: member_fee)",
            HANDSET_SHARE,
            handset_fee_share
        ),
    ]);
    columns.extend(rates_cols!(Bundle));
    columns.extend([
        col!(
            Bundle,
            "contract_months",
            "合约期（月，0 为无合约）",
            "Contract (months, 0: none)",
            COUNT,
            contract_months
        ),
        col!(
            Bundle,
            "early_exit_fee",
            "提前解约费（元）",
            "Early exit fee (CNY)",
            MONEY,
            early_exit_fee
        ),
        col!(
            Bundle,
            "includes",
            "包含业务（编号，逗号分隔）",
            "Includes (ids, comma-separated)",
            IDS,
            includes
        ),
        col!(
            Bundle,
            "one_off_fees",
            "一次性费用（编号，逗号分隔）",
            "One-off fees (ids, comma-separated)",
            IDS,
            one_off_fees
        ),
    ]);
    columns.extend(eligibility_cols!(Bundle));
    Sheet {
        zh: "融合套餐",
        en: "Bundles",
        blank,
        columns,
    }
}

/// A slot and the bundle it belongs to.
pub struct SlotRow {
    pub bundle: ItemId,
    pub slot: Slot,
}

fn blank_slot() -> SlotRow {
    SlotRow {
        bundle: ItemId::default(),
        slot: Slot {
            kind: LineKind::Mobile,
            min: 0,
            max: 0,
            member_fee: Money::ZERO,
            allowance: Default::default(),
            speed_mbps: 0,
            free_members: 0,
        },
    }
}

pub fn slot_sheet() -> Sheet<SlotRow> {
    let mut columns = vec![
        col!(SlotRow, "bundle", "融合套餐编号", "Bundle id", ID, bundle),
        col!(
            SlotRow,
            "kind",
            "成员类型（mobile/landline/broadband）",
            "Member kind (mobile/landline/broadband)",
            LINE_KIND,
            slot.kind
        ),
        col!(SlotRow, "min", "最少（条）", "Min (lines)", COUNT, slot.min),
        col!(SlotRow, "max", "最多（条）", "Max (lines)", COUNT, slot.max),
        col!(
            SlotRow,
            "member_fee",
            "成员月费（元/条）",
            "Member fee (CNY/line/month)",
            MONEY,
            slot.member_fee
        ),
    ];
    columns.extend(allowance_cols!(SlotRow, "allowance", slot.allowance));
    columns.extend([
        col!(
            SlotRow,
            "speed_mbps",
            "速率（Mbps）",
            "Speed (Mbps)",
            COUNT,
            slot.speed_mbps
        ),
        col!(
            SlotRow,
            "free_members",
            "免月费成员数（条，空白 0）",
            "Free members (lines, blank: 0)",
            RULE_COUNT,
            slot.free_members
        ),
    ]);
    Sheet {
        zh: "融合成员",
        en: "Bundle slots",
        blank: blank_slot,
        columns,
    }
}
