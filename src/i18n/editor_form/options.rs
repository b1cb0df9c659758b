//! Strings of the options a form's choice offers: line kinds, add-on kinds,
//! scopes, promotion types, discount authority, yes and no.
use crate::i18n::Translate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChoiceMsg {
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

impl Translate for ChoiceMsg {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            ChoiceMsg::KindMobile => ("手机", "Mobile"),
            ChoiceMsg::KindLandline => ("固话", "Landline"),
            ChoiceMsg::KindBroadband => ("宽带", "Broadband"),
            ChoiceMsg::AddOnDataPack => ("流量包", "Data pack"),
            ChoiceMsg::AddOnLdPack => ("长途包", "Long-distance pack"),
            ChoiceMsg::AddOnPtt => ("对讲", "Push-to-talk"),
            ChoiceMsg::AddOnSwitchboard => ("总机服务", "Switchboard"),
            ChoiceMsg::AddOnSurveillance => ("视频监控", "Surveillance"),
            ChoiceMsg::AddOnRingBack => ("企业彩铃", "Ring-back tone"),
            ChoiceMsg::AddOnOther => ("其他", "Other"),
            ChoiceMsg::ScopePerLine => ("按号码", "Per line"),
            ChoiceMsg::ScopePerAccount => ("按账户", "Per account"),
            ChoiceMsg::PromoFreeMonths => ("免月费", "Free months"),
            ChoiceMsg::PromoPercentOff => ("按比例折扣", "Percent off"),
            ChoiceMsg::PromoPrepay => ("预存返费", "Prepay and monthly credit"),
            ChoiceMsg::PromoTenure => ("网龄赠费", "Tenure credit"),
            ChoiceMsg::PromoVolume => ("多户优惠", "Volume discount"),
            ChoiceMsg::Authority1 => ("1 · 营业员", "1 · rep"),
            ChoiceMsg::Authority2 => ("2 · 主管", "2 · supervisor"),
            ChoiceMsg::Authority3 => ("3 · 经理", "3 · manager"),
            ChoiceMsg::Yes => ("是", "Yes"),
            ChoiceMsg::No => ("否", "No"),
        }
    }
}
