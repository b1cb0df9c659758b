//! The plans sheet (套餐 Plans): one row a plan.
use super::parts::{allowance_cols, description_cols, eligibility_cols, name_cols, rates_cols};
use crate::catalog::Plan;
use crate::money::Money;
use crate::workbook::columns::{col, Sheet};
use crate::workbook::value::*;
use crate::LineKind;

fn blank() -> Plan {
    Plan {
        id: Default::default(),
        name: Default::default(),
        description: Default::default(),
        kind: LineKind::Mobile,
        monthly_fee: Money::ZERO,
        allowance: Default::default(),
        rates: Default::default(),
        speed_mbps: 0,
        contract_months: 0,
        early_exit_fee: Money::ZERO,
        includes: Vec::new(),
        one_off_fees: Vec::new(),
        eligibility: Default::default(),
    }
}

pub fn sheet() -> Sheet<Plan> {
    let mut columns = vec![col!(Plan, "id", "编号", "Id", ID, id)];
    columns.extend(name_cols!(Plan));
    columns.extend([
        col!(
            Plan,
            "kind",
            "线路类型（mobile/landline/broadband）",
            "Line kind (mobile/landline/broadband)",
            LINE_KIND,
            kind
        ),
        col!(
            Plan,
            "monthly_fee",
            "月费（元）",
            "Monthly fee (CNY)",
            MONEY,
            monthly_fee
        ),
    ]);
    columns.extend(description_cols!(Plan));
    columns.extend(allowance_cols!(Plan, "allowance", allowance));
    columns.extend(rates_cols!(Plan));
    columns.extend([
        col!(
            Plan,
            "speed_mbps",
            "速率（Mbps）",
            "Speed (Mbps)",
            COUNT,
            speed_mbps
        ),
        col!(
            Plan,
            "contract_months",
            "合约期（月，0 为无合约）",
            "Contract (months, 0: none)",
            COUNT,
            contract_months
        ),
        col!(
            Plan,
            "early_exit_fee",
            "提前解约费（元）",
            "Early exit fee (CNY)",
            MONEY,
            early_exit_fee
        ),
        col!(
            Plan,
            "includes",
            "包含业务（编号，逗号分隔）",
            "Includes (ids, comma-separated)",
            IDS,
            includes
        ),
        col!(
            Plan,
            "one_off_fees",
            "一次性费用（编号，逗号分隔）",
            "One-off fees (ids, comma-separated)",
            IDS,
            one_off_fees
        ),
    ]);
    columns.extend(eligibility_cols!(Plan));
    Sheet {
        zh: "套餐",
        en: "Plans",
        blank,
        columns,
    }
}
