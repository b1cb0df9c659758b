//! Every published version of the tables kept on this device, one key per
//! version (`tables.version.<N>`), as it was published or came from the
//! host: the editor diffs any two and restores one as the draft, and a
//! link of that version reopens at its prices even offline. Never removed;
//! a version written again (a correction the host sent) replaces its copy.
use proposal_engine::screen::price_book::is_the_version;
use proposal_engine::Catalog;

use crate::browser::json::parse_catalog;
use crate::storage;

fn key(version: u32) -> String {
    format!("tables.version.{version}")
}

/// Keeps `json` (tables of `version`, as published); false when the
/// browser refused to save.
pub fn keep_version(version: u32, json: &str) -> bool {
    storage::load(&key(version)).as_deref() == Some(json) || storage::save(&key(version), json)
}

/// The kept tables of `version`, when kept and readable.
pub fn stored_version(version: u32) -> Option<Catalog> {
    parse_catalog(&storage::load(&key(version))?)
        .ok()
        .filter(|c| c.version == version)
}

/// Every kept version up to `latest`, oldest first.
pub fn stored_versions(latest: u32) -> Vec<Catalog> {
    (1..=latest).filter_map(stored_version).collect()
}

/// The kept tables a link or a saved proposal refers to, when they are
/// exactly its tables: a kept version, else the tables built into the app
/// (a device that priced with them never loaded them from the host).
pub fn stored_link_version(link: &proposal_engine::CatalogRef) -> Option<Catalog> {
    stored_version(link.version)
        .filter(|c| is_the_version(link, c))
        .or_else(|| {
            Some(crate::browser::json::default_tables()).filter(|c| is_the_version(link, c))
        })
}
