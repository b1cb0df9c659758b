//! The rep's name, phone and role (营业员 / 主管 / 经理, their discount
//! authority): entered once on the proposal page and remembered on the
//! device, so every proposal printed there carries them. The role is a
//! setting on the device, not a security boundary.
use serde::{Deserialize, Serialize};

use crate::storage;
pub use proposal_engine::optimize::authority::Role;

const KEY: &str = "rep.v1";

/// Who to call about a proposal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rep {
    pub name: String,
    pub phone: String,
    /// The rep's discount authority (营业员 1, 主管 2, 经理 3).
    #[serde(default)]
    pub role: Role,
}

impl Rep {
    /// The rep remembered on this device, or blank.
    pub fn restore() -> Rep {
        storage::load(KEY)
            .and_then(|s| crate::browser::json::parse(&s).ok())
            .unwrap_or_default()
    }

    /// Remembers the rep; false when the browser refused to store it.
    pub fn save(&self) -> bool {
        serde_json::to_string(self).is_ok_and(|json| storage::save(KEY, &json))
    }

    /// Why the phone cannot be a phone number, if it cannot: digits, spaces,
    /// `+`, `-` and brackets; 5 to 20 characters. Empty is allowed (not yet entered).
    pub fn phone_problem(&self) -> bool {
        let p = self.phone.trim();
        !p.is_empty()
            && (p.chars().count() < 5
                || p.chars().count() > 20
                || !p.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
                || !p.chars().any(|c| c.is_ascii_digit()))
    }
}

/// Today's date on this device.
pub use crate::browser::today;
