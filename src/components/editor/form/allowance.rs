//! An allowance (what a plan, a bundle member or a pack includes each
//! month) and the rates beyond it: fields and text get/set, keys relative to
//! the part (`data_mb`, `sms_each`).
use proposal_engine::catalog::{Allowance, Rates};
use proposal_engine::Text;

use super::field::{f, Field, FieldKind as K};
use super::parse::{data_mb, money, opt_money, opt_money_text, whole};
use crate::components::editor::yuan_text;
use crate::i18n::editor_form::{F, U};

pub const ALLOWANCE: [Field; 4] = [
    f("domestic_min", F::DomesticMin, Some(U::Min), K::Whole),
    f(
        "long_distance_min",
        F::LongDistanceMin,
        Some(U::Min),
        K::Whole,
    ),
    f("data_mb", F::DataMb, Some(U::Mb), K::DataMb),
    f("sms", F::Sms, Some(U::Sms), K::Whole),
];

pub fn get_allowance(a: &Allowance, key: &str) -> Option<String> {
    let n = match key {
        "domestic_min" => a.domestic_min,
        "long_distance_min" => a.long_distance_min,
        "data_mb" => a.data_mb,
        "sms" => a.sms,
        _ => return None,
    };
    Some(n.to_string())
}

pub fn set_allowance(a: &mut Allowance, key: &str, text: &str) -> Option<Result<(), Text>> {
    if key == "data_mb" {
        return Some(data_mb(text).map(|n| a.data_mb = n));
    }
    let slot = match key {
        "domestic_min" => &mut a.domestic_min,
        "long_distance_min" => &mut a.long_distance_min,
        "sms" => &mut a.sms,
        _ => return None,
    };
    Some(whole(text).map(|n| *slot = n))
}

pub const RATES: [Field; 4] = [
    f(
        "domestic_per_min",
        F::DomesticRate,
        Some(U::YuanMin),
        K::Money,
    ),
    f(
        "long_distance_per_min",
        F::LongDistanceRate,
        Some(U::YuanMin),
        K::OptMoney,
    ),
    f("data_per_mb", F::DataRate, Some(U::YuanMb), K::Money),
    f("sms_each", F::SmsRate, Some(U::YuanSms), K::Money),
];

pub fn get_rates(r: &Rates, key: &str) -> Option<String> {
    Some(match key {
        "domestic_per_min" => yuan_text(r.domestic_per_min),
        "long_distance_per_min" => opt_money_text(r.long_distance_per_min),
        "data_per_mb" => yuan_text(r.data_per_mb),
        "sms_each" => yuan_text(r.sms_each),
        _ => return None,
    })
}

pub fn set_rates(r: &mut Rates, key: &str, text: &str) -> Option<Result<(), Text>> {
    let slot = match key {
        "long_distance_per_min" => {
            return Some(opt_money(text).map(|m| r.long_distance_per_min = m))
        }
        "domestic_per_min" => &mut r.domestic_per_min,
        "data_per_mb" => &mut r.data_per_mb,
        "sms_each" => &mut r.sms_each,
        _ => return None,
    };
    Some(money(text).map(|m| *slot = m))
}
