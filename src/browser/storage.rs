//! Device storage (localStorage, each key under one prefix). Failures
//! (private mode, quota) are reported to the caller, never a panic. On the
//! host an in-memory map per test thread stands in, and a test can make it
//! refuse saves as a full storage does.
const PREFIX: &str = "proposal-calculator.";

#[cfg(target_arch = "wasm32")]
mod device {
    fn local_storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn get(key: &str) -> Option<String> {
        local_storage()?.get_item(key).ok().flatten()
    }

    pub fn set(key: &str, value: &str) -> bool {
        local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
    }

    pub fn remove(key: &str) {
        if let Some(s) = local_storage() {
            let _ = s.remove_item(key);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod device {
    use std::cell::{Cell, RefCell};
    use std::collections::HashMap;

    thread_local! {
        static ITEMS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
        static REFUSING: Cell<bool> = const { Cell::new(false) };
    }

    pub fn get(key: &str) -> Option<String> {
        ITEMS.with(|m| m.borrow().get(key).cloned())
    }

    pub fn set(key: &str, value: &str) -> bool {
        if REFUSING.with(Cell::get) {
            return false;
        }
        ITEMS.with(|m| m.borrow_mut().insert(key.into(), value.into()));
        true
    }

    pub fn remove(key: &str) {
        ITEMS.with(|m| m.borrow_mut().remove(key));
    }

    pub fn refuse_saves(refuse: bool) {
        REFUSING.with(|r| r.set(refuse));
    }
}

/// The stored value under `key`, if storage works and holds one.
pub fn load(key: &str) -> Option<String> {
    device::get(&format!("{PREFIX}{key}"))
}

/// Stores `value` under `key`; false when the browser refused (full, disabled).
pub fn save(key: &str, value: &str) -> bool {
    device::set(&format!("{PREFIX}{key}"), value)
}

/// Forgets the value under `key` (tests, "start over").
pub fn remove(key: &str) {
    device::remove(&format!("{PREFIX}{key}"))
}

/// Host tests only: makes every save fail, as a full storage does.
#[cfg(not(target_arch = "wasm32"))]
pub fn refuse_saves(refuse: bool) {
    device::refuse_saves(refuse)
}
