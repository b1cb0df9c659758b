//! Device storage (localStorage). Failures (private mode, quota) are reported
//! to the caller, never a panic.
const PREFIX: &str = "proposal-calculator.";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value under `key`, if storage works and holds one.
pub fn load(key: &str) -> Option<String> {
    local_storage()?
        .get_item(&format!("{PREFIX}{key}"))
        .ok()
        .flatten()
}

/// Stores `value` under `key`; false when the browser refused (full, disabled).
pub fn save(key: &str, value: &str) -> bool {
    local_storage()
        .map(|s| s.set_item(&format!("{PREFIX}{key}"), value).is_ok())
        .unwrap_or(false)
}

/// Forgets the value under `key` (tests, "start over").
pub fn remove(key: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(&format!("{PREFIX}{key}"));
    }
}
