//! The handsets (终端 Handsets), one-off fees (一次性费用 Fees) and
//! exclusion groups (互斥组 Exclusion groups) sheets.
use super::parts::name_cols;
use crate::catalog::{ExclusionGroup, Handset, OneOffFee};
use crate::money::Money;
use crate::workbook::columns::{col, Sheet};
use crate::workbook::value::*;

fn blank_handset() -> Handset {
    Handset {
        id: Default::default(),
        name: Default::default(),
        retail_price: Money::ZERO,
        contract_price: Money::ZERO,
        min_monthly_fee: Money::ZERO,
        contract_months: 0,
        early_exit_fee: Money::ZERO,
    }
}

pub fn handset_sheet() -> Sheet<Handset> {
    let mut columns = vec![col!(Handset, "id", "编号", "Id", ID, id)];
    columns.extend(name_cols!(Handset));
    columns.extend([
        col!(
            Handset,
            "retail_price",
            "零售价（元）",
            "Retail price (CNY)",
            MONEY,
            retail_price
        ),
        col!(
            Handset,
            "contract_price",
            "合约价（元）",
            "Contract price (CNY)",
            MONEY,
            contract_price
        ),
        col!(
            Handset,
            "min_monthly_fee",
            "最低月消费（元/月）",
            "Minimum monthly fee (CNY/month)",
            MONEY,
            min_monthly_fee
        ),
        col!(
            Handset,
            "contract_months",
            "合约期（月）",
            "Contract (months)",
            COUNT,
            contract_months
        ),
        col!(
            Handset,
            "early_exit_fee",
            "提前解约费（元）",
            "Early exit fee (CNY)",
            MONEY,
            early_exit_fee
        ),
    ]);
    Sheet {
        zh: "终端",
        en: "Handsets",
        blank: blank_handset,
        columns,
    }
}

fn blank_fee() -> OneOffFee {
    OneOffFee {
        id: Default::default(),
        name: Default::default(),
        amount: Money::ZERO,
        line_kinds: Vec::new(),
        origins: Vec::new(),
    }
}

pub fn fee_sheet() -> Sheet<OneOffFee> {
    let mut columns = vec![col!(OneOffFee, "id", "编号", "Id", ID, id)];
    columns.extend(name_cols!(OneOffFee));
    columns.extend([
        col!(
            OneOffFee,
            "amount",
            "金额（元）",
            "Amount (CNY)",
            MONEY,
            amount
        ),
        col!(
            OneOffFee,
            "line_kinds",
            "适用线路（逗号分隔，空白不限）",
            "For line kinds (comma-separated, blank: any)",
            LINE_KINDS,
            line_kinds
        ),
        col!(
            OneOffFee,
            "origins",
            "适用来源（this_operator/other_operator/new，空白不限）",
            "For origins (this_operator/other_operator/new, blank: every line)",
            ORIGINS,
            origins
        ),
    ]);
    Sheet {
        zh: "一次性费用",
        en: "Fees",
        blank: blank_fee,
        columns,
    }
}

fn blank_group() -> ExclusionGroup {
    ExclusionGroup {
        id: Default::default(),
        name: Default::default(),
        members: Vec::new(),
    }
}

pub fn exclusion_sheet() -> Sheet<ExclusionGroup> {
    let mut columns = vec![col!(ExclusionGroup, "id", "编号", "Id", ID, id)];
    columns.extend(name_cols!(ExclusionGroup));
    columns.push(col!(
        ExclusionGroup,
        "members",
        "互斥项目（编号，逗号分隔）",
        "Members (ids, comma-separated)",
        IDS,
        members
    ));
    Sheet {
        zh: "互斥组",
        en: "Exclusion groups",
        blank: blank_group,
        columns,
    }
}
