//! The fixed lists a form field chooses from: (value as stored, label).
use crate::i18n::editor_form::ChoiceMsg;

pub const LINE_KINDS: &[(&str, ChoiceMsg)] = &[
    ("mobile", ChoiceMsg::KindMobile),
    ("landline", ChoiceMsg::KindLandline),
    ("broadband", ChoiceMsg::KindBroadband),
];

pub const LINE_KIND_NAMES: &str = "mobile, landline, broadband";

/// A one-off fee's `origins` (`LineOrigin`): 本网, 异网, 新装.
pub const ORIGIN_NAMES: &str = "this_operator, other_operator, new";

pub const SEGMENT_NAMES: &str = "individual, family, business, key_account";

pub const ADDON_KINDS: &[(&str, ChoiceMsg)] = &[
    ("data_pack", ChoiceMsg::AddOnDataPack),
    ("long_distance_pack", ChoiceMsg::AddOnLdPack),
    ("push_to_talk", ChoiceMsg::AddOnPtt),
    ("switchboard", ChoiceMsg::AddOnSwitchboard),
    ("surveillance", ChoiceMsg::AddOnSurveillance),
    ("ring_back_tone", ChoiceMsg::AddOnRingBack),
    ("other", ChoiceMsg::AddOnOther),
];

pub const SCOPES: &[(&str, ChoiceMsg)] = &[
    ("per_line", ChoiceMsg::ScopePerLine),
    ("per_account", ChoiceMsg::ScopePerAccount),
];

pub const AUTHORITY: &[(&str, ChoiceMsg)] = &[
    ("1", ChoiceMsg::Authority1),
    ("2", ChoiceMsg::Authority2),
    ("3", ChoiceMsg::Authority3),
];

pub const YES_NO: &[(&str, ChoiceMsg)] = &[("true", ChoiceMsg::Yes), ("false", ChoiceMsg::No)];

pub const CREDIT_BASES: &[(&str, ChoiceMsg)] = &[
    ("unit", ChoiceMsg::CreditPerUnit),
    ("account", ChoiceMsg::CreditPerAccount),
];

pub const LINES_COUNTED: &[(&str, ChoiceMsg)] = &[
    ("all", ChoiceMsg::LinesAll),
    ("moved", ChoiceMsg::LinesMoved),
];

pub const FREE_CALL_SCOPES: &[(&str, ChoiceMsg)] = &[
    ("same_instance", ChoiceMsg::FreeCallsSameInstance),
    ("all_own_lines", ChoiceMsg::FreeCallsAllOwnLines),
];

pub const HANDSET_FEE_SHARES: &[(&str, ChoiceMsg)] = &[
    ("shared", ChoiceMsg::HandsetFeeShared),
    ("member_fee", ChoiceMsg::HandsetMemberFee),
];

pub const STACKINGS: &[(&str, ChoiceMsg)] = &[
    ("compound", ChoiceMsg::StackCompound),
    ("add", ChoiceMsg::StackAdd),
];

pub const CAP_BASES: &[(&str, ChoiceMsg)] = &[
    ("unit", ChoiceMsg::CapOnUnit),
    ("account", ChoiceMsg::CapOnAccount),
];
