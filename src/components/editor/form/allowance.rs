//! An allowance (what a plan, a bundle member or a pack includes each
//! month) and the rates beyond it: their field tables, keys relative to the
//! part (`data_mb`, `sms_each`).
use proposal_engine::catalog::{Allowance, Rates};

use super::codec::{DATA_MB, MONEY, OPT_MONEY, WHOLE};
use super::field::{field, Field};
use crate::i18n::editor_form::{F, U};

pub fn allowance_fields() -> Vec<Field<Allowance>> {
    vec![
        field!(Allowance, domestic_min, WHOLE, F::DomesticMin, U::Min),
        field!(
            Allowance,
            long_distance_min,
            WHOLE,
            F::LongDistanceMin,
            U::Min
        ),
        field!(Allowance, data_mb, DATA_MB, F::DataMb, U::Mb),
        field!(Allowance, sms, WHOLE, F::Sms, U::Sms),
    ]
}

pub fn rates_fields() -> Vec<Field<Rates>> {
    vec![
        field!(Rates, domestic_per_min, MONEY, F::DomesticRate, U::YuanMin),
        field!(
            Rates,
            long_distance_per_min,
            OPT_MONEY,
            F::LongDistanceRate,
            U::YuanMin
        ),
        field!(Rates, data_per_mb, MONEY, F::DataRate, U::YuanMb),
        field!(Rates, sms_each, MONEY, F::SmsRate, U::YuanSms),
    ]
}
