//! Strings of the units shown beside a form's fields.
use crate::i18n::Translate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum U {
    Lines,
    Mb,
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

impl Translate for U {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            U::Lines => ("个", "lines"),
            U::Mb => ("MB", "MB"),
            U::Mbps => ("Mbps", "Mbps"),
            U::Min => ("分钟", "min"),
            U::MonthNo => ("月", "month"),
            U::Months => ("个月", "months"),
            U::Percent => ("%", "%"),
            U::Sms => ("条", "SMS"),
            U::Yuan => ("元", "yuan"),
            U::YuanMb => ("元/MB", "yuan/MB"),
            U::YuanMin => ("元/分钟", "yuan/min"),
            U::YuanMonth => ("元/月", "yuan/month"),
            U::YuanSms => ("元/条", "yuan/SMS"),
        }
    }
}
