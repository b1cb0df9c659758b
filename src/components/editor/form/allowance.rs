//! An allowance (what a plan, a bundle member or a pack includes each
//! month) and the rates beyond it: their field tables, keys relative to the
//! part (`data_mb`, `sms_each`).
use proposal_engine::catalog::{Allowance, Rates};

use super::codec::{DATA_MB, MONEY, OPT_MONEY, WHOLE};
use super::field::{field, Field};
use crate::i18n::editor_form::{FormMsg, UnitMsg};

pub fn allowance_fields() -> Vec<Field<Allowance>> {
    vec![
        field!(
            Allowance,
            domestic_min,
            WHOLE,
            FormMsg::DomesticMin,
            UnitMsg::Min
        ),
        field!(
            Allowance,
            long_distance_min,
            WHOLE,
            FormMsg::LongDistanceMin,
            UnitMsg::Min
        ),
        field!(Allowance, data_mb, DATA_MB, FormMsg::DataMb, UnitMsg::Gb),
        field!(Allowance, sms, WHOLE, FormMsg::Sms, UnitMsg::Sms),
    ]
}

pub fn rates_fields() -> Vec<Field<Rates>> {
    vec![
        field!(
            Rates,
            domestic_per_min,
            MONEY,
            FormMsg::DomesticRate,
            UnitMsg::YuanMin
        ),
        field!(
            Rates,
            long_distance_per_min,
            OPT_MONEY,
            FormMsg::LongDistanceRate,
            UnitMsg::YuanMin
        ),
        field!(
            Rates,
            data_per_mb,
            MONEY,
            FormMsg::DataRate,
            UnitMsg::YuanMb
        ),
        field!(Rates, sms_each, MONEY, FormMsg::SmsRate, UnitMsg::YuanSms),
    ]
}
