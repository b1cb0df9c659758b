//! The envelope a document is stored in on a device (the managers' tables in
//! localStorage): `v<schema>\n<document>`. Decoding is pure and lives here so
//! it is tested and fuzzed natively; the app only moves the text in and out
//! of the browser's storage. Whatever the stored text, decoding gives the
//! document or a reason, never a panic.

/// Splits the schema version from the document.
const SEP: char = '\n';

/// `document` in its envelope, at `schema_version`.
pub fn wrap(schema_version: u32, document: &str) -> String {
    format!("v{schema_version}{SEP}{document}")
}

/// The document of a stored envelope, brought to `schema_version` by
/// `migrate` when it is older, then accepted by `check`. A newer envelope is
/// refused: this build cannot know what it means.
pub fn unwrap(
    stored: &str,
    schema_version: u32,
    migrate: impl Fn(u32, &str) -> Result<String, String>,
    check: impl Fn(&str) -> Result<(), String>,
) -> Result<String, String> {
    let (head, document) = stored.split_once(SEP).ok_or("no version header")?;
    let version: u32 = head
        .strip_prefix('v')
        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| {
            format!(
                "bad version header {:?}",
                head.chars().take(20).collect::<String>()
            )
        })?;
    let document = match version.cmp(&schema_version) {
        std::cmp::Ordering::Equal => document.to_string(),
        std::cmp::Ordering::Less => migrate(version, document)?,
        std::cmp::Ordering::Greater => {
            return Err(format!("saved by a newer version (schema {version})"))
        }
    };
    check(&document)?;
    Ok(document)
}

/// The check the managers' stored tables pass before anything prices with
/// them: they parse and validate (see [`crate::Catalog::load`]).
pub fn check_catalog(document: &str) -> Result<(), String> {
    crate::Catalog::load(document)
        .map(|_| ())
        .map_err(|problems| problems_text(&problems))
}

/// As [`check_catalog`], parsing with `read`: the reps' app passes the
/// browser's JSON reader, so serde_json's parser stays out of its wasm.
pub fn check_catalog_with(
    document: &str,
    read: fn(&str) -> Result<crate::Catalog, String>,
) -> Result<(), String> {
    crate::catalog::validate_catalog(&read(document)?).map_err(|problems| problems_text(&problems))
}

/// Problems as one line, in both languages, each after its place.
fn problems_text(problems: &[crate::Problem]) -> String {
    problems
        .iter()
        .map(|p| match p.path.as_str() {
            "" => p.message.both(),
            path => format!("{path}: {}", p.message.both()),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: u32, _: &str) -> Result<String, String> {
        Err("no migration".into())
    }

    fn any(_: &str) -> Result<(), String> {
        Ok(())
    }

    #[test]
    fn a_wrapped_document_unwraps_to_itself() {
        let stored = wrap(3, "{\"a\":\n1}");
        assert_eq!(stored, "v3\n{\"a\":\n1}");
        assert_eq!(unwrap(&stored, 3, none, any).as_deref(), Ok("{\"a\":\n1}"));
    }

    #[test]
    fn bad_headers_newer_and_older_schemas_are_reasons() {
        for bad in [
            "",
            "no header",
            "3\n{}",
            "v\n{}",
            "v+3\n{}",
            "v99999999999\n{}",
        ] {
            assert!(unwrap(bad, 3, none, any).is_err(), "{bad:?}");
        }
        assert_eq!(
            unwrap("v4\n{}", 3, none, any),
            Err("saved by a newer version (schema 4)".into())
        );
        assert_eq!(unwrap("v2\n{}", 3, none, any), Err("no migration".into()));
        let up = |from: u32, d: &str| Ok(format!("{d} from {from}"));
        assert_eq!(unwrap("v2\nx", 3, up, any).as_deref(), Ok("x from 2"));
    }

    #[test]
    fn stored_tables_must_parse_and_validate() {
        let good = crate::default_catalog().to_json();
        assert_eq!(check_catalog(&good), Ok(()));
        assert!(check_catalog("{").is_err());
        let mut bad = crate::default_catalog();
        bad.currency = "USD".into();
        assert!(check_catalog(&bad.to_json()).is_err());
    }
}
