//! The managers' package-table editor: tables of every item type, a
//! per-field form for each, the problems list, import/export, the
//! draft-vs-published diff.
pub mod adopt;
pub mod catalog_tables;
pub mod csv;
pub mod diff;
pub mod editor_page;
pub mod form;
pub mod history;
pub mod import;
pub mod item_ops;
pub mod item_table;
pub mod items;
pub mod json_form;
pub mod named;
pub mod pending;
pub mod place;
pub mod problems;
pub mod publish;
pub mod rule_table;
pub mod suggestions;
pub mod tab;
pub mod toolbar;
pub mod url_encoding;
#[cfg(feature = "workbook")]
pub mod workbook;
#[cfg(feature = "workbook")]
pub mod workbook_job;

/// An amount as a manager types it back: `128.50`, `-3.00` (integer fen, no float).
pub use proposal_engine::figures::yuan_plain as yuan_text;

/// Problems at `prefix` + `key` (the field itself, or inside it).
pub fn at_field<'a>(
    problems: &'a [proposal_engine::Problem],
    path: &str,
) -> impl Iterator<Item = &'a proposal_engine::Problem> + 'a {
    let path = path.to_string();
    problems.iter().filter(move |p| {
        p.path == path
            || p.path
                .strip_prefix(&path)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    })
}

/// Host tests (the storage stand-in exists only off wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

/// Host tests of the problems' language.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod problem_tests;

/// Host tests of the editor's own messages and the rule table.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod message_tests;
