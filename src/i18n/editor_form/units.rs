//! Strings of the units shown beside a form's fields.
use crate::i18n::Translate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnitMsg {
    Lines,
    Gb,
    Mbps,
    Min,
    MonthNo,
    Months,
    Percent,
    Sms,
    Yuan,
    YuanMb,
    YuanMin,
    YuanMonth,
    YuanSms,
}

impl Translate for UnitMsg {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            UnitMsg::Lines => ("个", "lines"),
            UnitMsg::Gb => ("GB", "GB"),
            UnitMsg::Mbps => ("Mbps", "Mbps"),
            UnitMsg::Min => ("分钟", "min"),
            UnitMsg::MonthNo => ("月", "month"),
            UnitMsg::Months => ("个月", "months"),
            UnitMsg::Percent => ("%", "%"),
            UnitMsg::Sms => ("条", "SMS"),
            UnitMsg::Yuan => ("元", "yuan"),
            UnitMsg::YuanMb => ("元/MB", "yuan/MB"),
            UnitMsg::YuanMin => ("元/分钟", "yuan/min"),
            UnitMsg::YuanMonth => ("元/月", "yuan/month"),
            UnitMsg::YuanSms => ("元/条", "yuan/SMS"),
        }
    }
}
