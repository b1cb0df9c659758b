//! Every field of a plan as text: read for the form and the CSV, written back
//! from what a manager typed. Keys are the validator's path suffixes
//! (`monthly_fee`, `allowance.data_mb`), so its messages land at the field.
use proposal_engine::catalog::{Plan, SegmentKind};
use proposal_engine::{ItemId, Lang, LineKind, Money, Text};

use super::yuan_text;
use crate::i18n::E;

/// How a field is typed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FieldKind {
    Text,
    Kind,
    Money,
    OptMoney,
    Whole,
    OptWhole,
    Ids,
    Segments,
}

/// One field: key, label, unit, type.
pub struct Field {
    pub key: &'static str,
    pub label: E,
    pub unit: Option<E>,
    pub kind: FieldKind,
}

const fn f(key: &'static str, label: E, unit: Option<E>, kind: FieldKind) -> Field {
    Field {
        key,
        label,
        unit,
        kind,
    }
}

use FieldKind as K;

/// Every field of a plan, in form and CSV order.
pub const FIELDS: [Field; 24] = [
    f("id", E::Id, None, K::Text),
    f("name.zh", E::NameZh, None, K::Text),
    f("name.en", E::NameEn, None, K::Text),
    f("description.zh", E::DescZh, None, K::Text),
    f("description.en", E::DescEn, None, K::Text),
    f("kind", E::Kind, None, K::Kind),
    f(
        "monthly_fee",
        E::MonthlyFee,
        Some(E::UnitYuanMonth),
        K::Money,
    ),
    f(
        "allowance.domestic_min",
        E::DomesticMin,
        Some(E::UnitMin),
        K::Whole,
    ),
    f(
        "allowance.long_distance_min",
        E::LongDistanceMin,
        Some(E::UnitMin),
        K::Whole,
    ),
    f("allowance.data_mb", E::DataMb, Some(E::UnitMb), K::Whole),
    f("allowance.sms", E::Sms, Some(E::UnitSms), K::Whole),
    f(
        "rates.domestic_per_min",
        E::DomesticRate,
        Some(E::UnitYuanMin),
        K::Money,
    ),
    f(
        "rates.long_distance_per_min",
        E::LongDistanceRate,
        Some(E::UnitYuanMin),
        K::OptMoney,
    ),
    f(
        "rates.data_per_mb",
        E::DataRate,
        Some(E::UnitYuanMb),
        K::Money,
    ),
    f("rates.sms_each", E::SmsRate, Some(E::UnitYuanSms), K::Money),
    f("speed_mbps", E::Speed, Some(E::UnitMbps), K::Whole),
    f(
        "contract_months",
        E::ContractMonths,
        Some(E::UnitMonths),
        K::Whole,
    ),
    f("early_exit_fee", E::EarlyExit, Some(E::UnitYuan), K::Money),
    f("includes", E::Includes, None, K::Ids),
    f("one_off_fees", E::OneOffFees, None, K::Ids),
    f("eligibility.segments", E::Segments, None, K::Segments),
    f(
        "eligibility.min_lines",
        E::MinLines,
        Some(E::UnitLines),
        K::OptWhole,
    ),
    f(
        "eligibility.max_lines",
        E::MaxLines,
        Some(E::UnitLines),
        K::OptWhole,
    ),
    f(
        "eligibility.min_tenure_months",
        E::MinTenure,
        Some(E::UnitMonths),
        K::OptWhole,
    ),
];

fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap_or_default()
        .trim_matches('"')
        .to_string()
}

fn from_snake<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, Text> {
    serde_json::from_str(&format!("\"{}\"", s.trim()))
        .map_err(|_| Text::new(format!("无法识别：{s}"), format!("not recognised: {s:?}")))
}

fn list(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split([',', '，', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The field `key` of `plan` as text.
pub fn get(plan: &Plan, key: &str) -> String {
    let opt = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    match key {
        "id" => plan.id.0.clone(),
        "name.zh" => plan.name.zh.clone(),
        "name.en" => plan.name.en.clone(),
        "description.zh" => plan.description.zh.clone(),
        "description.en" => plan.description.en.clone(),
        "kind" => snake(&plan.kind),
        "monthly_fee" => yuan_text(plan.monthly_fee),
        "allowance.domestic_min" => plan.allowance.domestic_min.to_string(),
        "allowance.long_distance_min" => plan.allowance.long_distance_min.to_string(),
        "allowance.data_mb" => plan.allowance.data_mb.to_string(),
        "allowance.sms" => plan.allowance.sms.to_string(),
        "rates.domestic_per_min" => yuan_text(plan.rates.domestic_per_min),
        "rates.long_distance_per_min" => plan
            .rates
            .long_distance_per_min
            .map(yuan_text)
            .unwrap_or_default(),
        "rates.data_per_mb" => yuan_text(plan.rates.data_per_mb),
        "rates.sms_each" => yuan_text(plan.rates.sms_each),
        "speed_mbps" => plan.speed_mbps.to_string(),
        "contract_months" => plan.contract_months.to_string(),
        "early_exit_fee" => yuan_text(plan.early_exit_fee),
        "includes" => list(plan.includes.iter().map(|i| i.0.clone())),
        "one_off_fees" => list(plan.one_off_fees.iter().map(|i| i.0.clone())),
        "eligibility.segments" => list(plan.eligibility.segments.iter().map(snake)),
        "eligibility.min_lines" => opt(plan.eligibility.min_lines),
        "eligibility.max_lines" => opt(plan.eligibility.max_lines),
        "eligibility.min_tenure_months" => opt(plan.eligibility.min_tenure_months),
        _ => String::new(),
    }
}

fn money(s: &str) -> Result<Money, Text> {
    Money::parse_yuan(s).map_err(|e| Text::new(e.message(Lang::ZhCn), e.message(Lang::En)))
}

fn whole(s: &str) -> Result<u32, Text> {
    s.trim().parse().map_err(|_| {
        Text::new(
            format!("请输入整数，例如 300（不是“{s}”）"),
            format!("enter a whole number, e.g. 300 (not {s:?})"),
        )
    })
}

fn opt_whole(s: &str) -> Result<Option<u32>, Text> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        whole(s).map(Some)
    }
}

fn ids(s: &str) -> Vec<ItemId> {
    split(s).map(ItemId::new).collect()
}

/// Writes `text` into the field `key` of `plan`; the error says what was expected.
pub fn set(plan: &mut Plan, key: &str, text: &str) -> Result<(), Text> {
    match key {
        "id" => plan.id = ItemId::new(text.trim()),
        "name.zh" => plan.name.zh = text.to_string(),
        "name.en" => plan.name.en = text.to_string(),
        "description.zh" => plan.description.zh = text.to_string(),
        "description.en" => plan.description.en = text.to_string(),
        "kind" => plan.kind = from_snake::<LineKind>(text)?,
        "monthly_fee" => plan.monthly_fee = money(text)?,
        "allowance.domestic_min" => plan.allowance.domestic_min = whole(text)?,
        "allowance.long_distance_min" => plan.allowance.long_distance_min = whole(text)?,
        "allowance.data_mb" => plan.allowance.data_mb = whole(text)?,
        "allowance.sms" => plan.allowance.sms = whole(text)?,
        "rates.domestic_per_min" => plan.rates.domestic_per_min = money(text)?,
        "rates.long_distance_per_min" => {
            plan.rates.long_distance_per_min = if text.trim().is_empty() {
                None
            } else {
                Some(money(text)?)
            }
        }
        "rates.data_per_mb" => plan.rates.data_per_mb = money(text)?,
        "rates.sms_each" => plan.rates.sms_each = money(text)?,
        "speed_mbps" => plan.speed_mbps = whole(text)?,
        "contract_months" => plan.contract_months = whole(text)?,
        "early_exit_fee" => plan.early_exit_fee = money(text)?,
        "includes" => plan.includes = ids(text),
        "one_off_fees" => plan.one_off_fees = ids(text),
        "eligibility.segments" => {
            plan.eligibility.segments = split(text)
                .map(from_snake::<SegmentKind>)
                .collect::<Result<_, _>>()?
        }
        "eligibility.min_lines" => plan.eligibility.min_lines = opt_whole(text)?,
        "eligibility.max_lines" => plan.eligibility.max_lines = opt_whole(text)?,
        "eligibility.min_tenure_months" => plan.eligibility.min_tenure_months = opt_whole(text)?,
        _ => {}
    }
    Ok(())
}

/// A new plan with a free id, for "add a plan".
pub fn blank(existing: &[Plan]) -> Plan {
    let mut n = existing.len() + 1;
    while existing.iter().any(|p| p.id.0 == format!("plan-{n}")) {
        n += 1;
    }
    Plan {
        id: ItemId::new(format!("plan-{n}")),
        name: Text::new(format!("新套餐 {n}"), format!("New plan {n}")),
        description: Text::default(),
        kind: LineKind::Mobile,
        monthly_fee: Money(0),
        allowance: Default::default(),
        rates: Default::default(),
        speed_mbps: 0,
        contract_months: 0,
        early_exit_fee: Money(0),
        includes: Vec::new(),
        one_off_fees: Vec::new(),
        eligibility: Default::default(),
    }
}
