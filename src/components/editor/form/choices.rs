//! The fixed lists a form field chooses from: (value as stored, label).
use crate::i18n::editor_form::Opt;

pub const LINE_KINDS: &[(&str, Opt)] = &[
    ("mobile", Opt::KindMobile),
    ("landline", Opt::KindLandline),
    ("broadband", Opt::KindBroadband),
];

pub const LINE_KIND_NAMES: &str = "mobile, landline, broadband";

pub const SEGMENT_NAMES: &str = "individual, family, business, key_account";

pub const ADDON_KINDS: &[(&str, Opt)] = &[
    ("data_pack", Opt::AddOnDataPack),
    ("long_distance_pack", Opt::AddOnLdPack),
    ("push_to_talk", Opt::AddOnPtt),
    ("switchboard", Opt::AddOnSwitchboard),
    ("surveillance", Opt::AddOnSurveillance),
    ("ring_back_tone", Opt::AddOnRingBack),
    ("other", Opt::AddOnOther),
];

pub const SCOPES: &[(&str, Opt)] = &[
    ("per_line", Opt::ScopePerLine),
    ("per_account", Opt::ScopePerAccount),
];

pub const AUTHORITY: &[(&str, Opt)] = &[
    ("1", Opt::Authority1),
    ("2", Opt::Authority2),
    ("3", Opt::Authority3),
];

pub const YES_NO: &[(&str, Opt)] = &[("true", Opt::Yes), ("false", Opt::No)];
