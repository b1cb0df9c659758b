//! The brand sheet (品牌 Brand): one row, the tables' own fields (id,
//! version, effective date, currency), the operator's letterhead and the
//! rules that hold for every promotion (the credit cap, stacking).
use crate::catalog::{Brand, Catalog, Policy, Suggestions, SCHEMA_VERSION};
use crate::money::Bps;
use crate::text::Text;
use crate::workbook::columns::{col, Sheet};
use crate::workbook::value::*;

/// Tables with nothing in them yet: what the brand row is read into.
pub fn blank() -> Catalog {
    Catalog {
        schema_version: SCHEMA_VERSION,
        id: String::new(),
        version: 0,
        effective_from: String::new(),
        currency: String::new(),
        brand: Brand::default(),
        plans: Vec::new(),
        bundles: Vec::new(),
        addons: Vec::new(),
        promotions: Vec::new(),
        handsets: Vec::new(),
        fees: Vec::new(),
        exclusion_groups: Vec::new(),
        credit_cap: Bps(5_000),
        policy: Policy::default(),
        suggestions: Suggestions::default(),
    }
}

/// Text that must not be blank (the tables' id, date, currency).
const NEEDED: Codec<String> = Codec {
    write: |s| Cell::Text(s.clone()),
    read: |v| {
        if v.is_blank() {
            Err(Text::new("此项必须填写", "this field must be set"))
        } else {
            Ok(v.text().trim().to_string())
        }
    },
};

/// The suggestions section as its JSON in one cell (blank: none), as the
/// tables' JSON has it: a manager edits them in the editor's card.
const SUGGESTIONS: Codec<Suggestions> = Codec {
    write: |s| {
        if s.is_empty() {
            Cell::Blank
        } else {
            Cell::Text(serde_json::to_string(s).unwrap_or_default())
        }
    },
    read: |v| {
        if v.is_blank() {
            return Ok(Suggestions::default());
        }
        serde_json::from_str(v.text().trim()).map_err(|e| {
            Text::new(
                format!("不是有效的推荐规则 JSON：{e}"),
                format!("not valid suggestions JSON: {e}"),
            )
        })
    },
};

pub fn sheet() -> Sheet<Catalog> {
    Sheet {
        zh: "品牌",
        en: "Brand",
        blank,
        columns: vec![
            col!(Catalog, "id", "资费表编号", "Tables id", NEEDED, id),
            col!(Catalog, "version", "版本", "Version", COUNT, version),
            col!(
                Catalog,
                "effective_from",
                "生效日期（YYYY-MM-DD）",
                "Effective from (YYYY-MM-DD)",
                NEEDED,
                effective_from
            ),
            col!(
                Catalog,
                "currency",
                "币种（CNY）",
                "Currency (CNY)",
                NEEDED,
                currency
            ),
            col!(
                Catalog,
                "schema_version",
                "格式版本",
                "Schema version",
                COUNT,
                schema_version
            ),
            col!(
                Catalog,
                "brand.operator.zh",
                "运营商（中文）",
                "Operator (Chinese)",
                TEXT,
                brand.operator.zh
            ),
            col!(
                Catalog,
                "brand.operator.en",
                "运营商（英文）",
                "Operator (English)",
                TEXT,
                brand.operator.en
            ),
            col!(
                Catalog,
                "brand.hotline",
                "客服电话",
                "Hotline",
                TEXT,
                brand.hotline
            ),
            col!(
                Catalog,
                "brand.website",
                "网站",
                "Website",
                TEXT,
                brand.website
            ),
            col!(
                Catalog,
                "brand.address.zh",
                "地址（中文）",
                "Address (Chinese)",
                TEXT,
                brand.address.zh
            ),
            col!(
                Catalog,
                "brand.address.en",
                "地址（英文）",
                "Address (English)",
                TEXT,
                brand.address.en
            ),
            col!(
                Catalog,
                "credit_cap",
                "赠费上限（占当月话费 %）",
                "Credit cap (% of the month's bill)",
                PERCENT,
                credit_cap
            ),
            col!(
                Catalog,
                "policy.stacking",
                "折扣叠加（compound/add，空白 compound）",
                "Discount stacking (compound/add, blank: compound)",
                STACKING,
                policy.stacking
            ),
            col!(
                Catalog,
                "policy.credit_cap_on",
                "赠费上限基于（unit/account，空白 unit）",
                "Credit cap measured on (unit/account, blank: unit)",
                CAP_BASE,
                policy.credit_cap_on
            ),
            col!(
                Catalog,
                "suggestions",
                "推荐规则（JSON，空白无）",
                "Suggestions (JSON, blank: none)",
                SUGGESTIONS,
                suggestions
            ),
        ],
    }
}
