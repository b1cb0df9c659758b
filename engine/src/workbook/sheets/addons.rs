//! The add-ons sheet (增值业务 Add-ons): one row an add-on.
use super::parts::{allowance_cols, description_cols, eligibility_cols, name_cols};
use crate::catalog::{AddOn, AddOnKind, Scope};
use crate::money::Money;
use crate::workbook::columns::{col, Sheet};
use crate::workbook::value::*;

fn blank() -> AddOn {
    AddOn {
        id: Default::default(),
        name: Default::default(),
        description: Default::default(),
        kind: AddOnKind::Other,
        scope: Scope::PerLine,
        monthly_fee: Money::ZERO,
        line_kinds: Vec::new(),
        adds: Default::default(),
        eligibility: Default::default(),
    }
}

pub fn sheet() -> Sheet<AddOn> {
    let mut columns = vec![col!(AddOn, "id", "编号", "Id", ID, id)];
    columns.extend(name_cols!(AddOn));
    columns.extend([
        col!(AddOn, "kind", "类型（data_pack/long_distance_pack/push_to_talk/switchboard/surveillance/ring_back_tone/other）", "Kind (data_pack/long_distance_pack/push_to_talk/switchboard/surveillance/ring_back_tone/other)", ADDON_KIND, kind),
        col!(AddOn, "scope", "办理方式（per_line/per_account）", "Taken (per_line/per_account)", SCOPE, scope),
        col!(AddOn, "monthly_fee", "月费（元）", "Monthly fee (CNY)", MONEY, monthly_fee),
    ]);
    columns.extend(description_cols!(AddOn));
    columns.push(col!(
        AddOn,
        "line_kinds",
        "适用线路（逗号分隔）",
        "For line kinds (comma-separated)",
        LINE_KINDS,
        line_kinds
    ));
    columns.extend(allowance_cols!(AddOn, "adds", adds));
    columns.extend(eligibility_cols!(AddOn));
    Sheet {
        zh: "增值业务",
        en: "Add-ons",
        blank,
        columns,
    }
}
