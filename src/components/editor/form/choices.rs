//! The fixed lists a form field chooses from: (value as stored, label).
use crate::i18n::editor_form::ChoiceMsg;

pub const LINE_KINDS: &[(&str, ChoiceMsg)] = &[
    ("mobile", ChoiceMsg::KindMobile),
    ("landline", ChoiceMsg::KindLandline),
    ("broadband", ChoiceMsg::KindBroadband),
];

/// A one-off fee's `origins` (`LineOrigin`): 本网, 异网, 新装.
pub const ORIGINS: &[(&str, ChoiceMsg)] = &[
    ("this_operator", ChoiceMsg::OriginThis),
    ("other_operator", ChoiceMsg::OriginOther),
    ("new", ChoiceMsg::OriginNew),
];

/// Whom an offer is for (`Audience`), any of them, ticked.
pub const AUDIENCES: &[(&str, ChoiceMsg)] = &[
    ("new_customers", ChoiceMsg::AudienceNew),
    ("from_other_operator", ChoiceMsg::AudienceOtherOperator),
    ("contract_ending", ChoiceMsg::AudienceContractEnding),
];

/// Who may order (`SegmentKind`), chosen by name in checkboxes.
pub const SEGMENTS: &[(&str, ChoiceMsg)] = &[
    ("individual", ChoiceMsg::SegIndividual),
    ("family", ChoiceMsg::SegFamily),
    ("business", ChoiceMsg::SegBusiness),
    ("key_account", ChoiceMsg::SegKeyAccount),
];

pub const ADDON_KINDS: &[(&str, ChoiceMsg)] = &[
    ("data_pack", ChoiceMsg::AddOnDataPack),
    ("long_distance_pack", ChoiceMsg::AddOnLdPack),
    ("push_to_talk", ChoiceMsg::AddOnPtt),
    ("switchboard", ChoiceMsg::AddOnSwitchboard),
    ("surveillance", ChoiceMsg::AddOnSurveillance),
    ("ring_back_tone", ChoiceMsg::AddOnRingBack),
    ("other", ChoiceMsg::AddOnOther),
];

/// The kinds a cluster market orders its suggestions by, beyond the add-on
/// kinds (`catalog::suggestions::SuggestionKind`).
const SUGGESTION_KINDS: &[(&str, ChoiceMsg)] = &[("package", ChoiceMsg::SuggestPackage)];

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

/// Every list of stored names a field chooses from, for showing a stored
/// name by its label wherever it appears (tables, the diff). The promotion
/// types are in `items::promotion_kind::KINDS`.
const NAMED: &[&[(&str, ChoiceMsg)]] = &[
    LINE_KINDS,
    ORIGINS,
    SEGMENTS,
    AUDIENCES,
    ADDON_KINDS,
    SUGGESTION_KINDS,
    SCOPES,
    CREDIT_BASES,
    LINES_COUNTED,
    FREE_CALL_SCOPES,
    HANDSET_FEE_SHARES,
    STACKINGS,
    CAP_BASES,
    YES_NO,
    crate::components::editor::items::promotion_kind::KINDS,
];

/// The label of the stored name `value` (`percent_off`: 按比例折扣).
pub fn label_of(value: &str) -> Option<ChoiceMsg> {
    NAMED
        .iter()
        .flat_map(|list| list.iter())
        .find(|(v, _)| *v == value)
        .map(|(_, label)| *label)
}
