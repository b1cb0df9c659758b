//! Strings of the options a form's choice offers: line kinds, add-on kinds,
//! scopes, promotion types, discount authority, yes and no.
use crate::i18n::Translate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Opt {
    KindMobile,
    KindLandline,
    KindBroadband,
    AddOnDataPack,
    AddOnLdPack,
    AddOnPtt,
    AddOnSwitchboard,
    AddOnSurveillance,
    AddOnRingBack,
    AddOnOther,
    ScopePerLine,
    ScopePerAccount,
    PromoFreeMonths,
    PromoPercentOff,
    PromoPrepay,
    PromoTenure,
    PromoVolume,
    Authority1,
    Authority2,
    Authority3,
    Yes,
    No,
}

impl Translate for Opt {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Opt::KindMobile => ("手机", "Mobile"),
            Opt::KindLandline => ("固话", "Landline"),
            Opt::KindBroadband => ("宽带", "Broadband"),
            Opt::AddOnDataPack => ("流量包", "Data pack"),
            Opt::AddOnLdPack => ("长途包", "Long-distance pack"),
            Opt::AddOnPtt => ("对讲", "Push-to-talk"),
            Opt::AddOnSwitchboard => ("总机服务", "Switchboard"),
            Opt::AddOnSurveillance => ("视频监控", "Surveillance"),
            Opt::AddOnRingBack => ("企业彩铃", "Ring-back tone"),
            Opt::AddOnOther => ("其他", "Other"),
            Opt::ScopePerLine => ("按号码", "Per line"),
            Opt::ScopePerAccount => ("按账户", "Per account"),
            Opt::PromoFreeMonths => ("免月费", "Free months"),
            Opt::PromoPercentOff => ("按比例折扣", "Percent off"),
            Opt::PromoPrepay => ("预存返费", "Prepay and monthly credit"),
            Opt::PromoTenure => ("网龄赠费", "Tenure credit"),
            Opt::PromoVolume => ("多户优惠", "Volume discount"),
            Opt::Authority1 => ("1 · 营业员", "1 · rep"),
            Opt::Authority2 => ("2 · 主管", "2 · supervisor"),
            Opt::Authority3 => ("3 · 经理", "3 · manager"),
            Opt::Yes => ("是", "Yes"),
            Opt::No => ("否", "No"),
        }
    }
}
