//! Tables sent from outside (a published `catalog.json`, a tablet link, an
//! import) state their fingerprint next to their version. Loading checks it:
//! tables whose content does not match what they say they are (edited by
//! hand, damaged on the way) are refused, and the tables in use stay.
use serde::{Deserialize, Serialize};

use super::{fingerprint, Catalog};
use crate::problem::Problem;
use crate::text::Text;

/// The published form: the tables with their fingerprint stated last. The
/// stated field is not part of the tables, so their fingerprint is the same.
#[derive(Serialize)]
struct Stating<'a> {
    #[serde(flatten)]
    catalog: &'a Catalog,
    fingerprint: String,
}

#[derive(Deserialize)]
struct Stated {
    #[serde(default)]
    fingerprint: Option<String>,
}

/// Why tables do not match what they state.
pub fn mismatch(stated: &str, actual: &str, version: u32) -> Text {
    Text::new(
        format!("资费表（版本 {version}）的指纹应为 {stated}，实际为 {actual}：文件已被改动或损坏，未采用，仍使用原资费表"),
        format!("the tables (version {version}) state fingerprint {stated} but their content is {actual}: changed or damaged, refused; the tables in use stay"),
    )
}

impl Catalog {
    /// Pretty JSON stating the fingerprint: the `catalog.json` a manager publishes.
    pub fn to_published_json(&self) -> String {
        serde_json::to_string_pretty(&self.stating()).unwrap_or_default()
    }

    /// Compact JSON stating the fingerprint: the tables a tablet link carries.
    pub fn to_link_json(&self) -> String {
        serde_json::to_string(&self.stating()).unwrap_or_default()
    }

    fn stating(&self) -> Stating<'_> {
        Stating {
            catalog: self,
            fingerprint: fingerprint(self),
        }
    }

    /// [`Catalog::load`], then the stated fingerprint, when the file states
    /// one, must be the content's.
    pub fn load_checked(json: &str) -> Result<Catalog, Vec<Problem>> {
        let catalog = Catalog::load(json)?;
        let stated = serde_json::from_str::<Stated>(json)
            .ok()
            .and_then(|s| s.fingerprint);
        if let Some(stated) = stated {
            let actual = fingerprint(&catalog);
            if stated != actual {
                let m = mismatch(&stated, &actual, catalog.version);
                return Err(vec![Problem {
                    path: "fingerprint".into(),
                    message: m,
                }]);
            }
        }
        Ok(catalog)
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::{default_catalog, fingerprint};
    use crate::Catalog;

    #[test]
    fn published_tables_state_their_fingerprint_and_load_back() {
        let c = default_catalog();
        let json = c.to_published_json();
        assert!(json.contains(&format!("\"fingerprint\": \"{}\"", fingerprint(&c))));
        let back = Catalog::load_checked(&json).expect("published tables load");
        assert_eq!(back, c);
        assert_eq!(Catalog::load_checked(&c.to_link_json()).as_ref(), Ok(&c));
        // Tables that state nothing are checked as before.
        assert_eq!(Catalog::load_checked(&c.to_json()), Ok(c));
    }

    #[test]
    fn tables_changed_after_publishing_are_refused() {
        let c = default_catalog();
        let fee = c.plans[0].monthly_fee.0;
        let json = c.to_published_json().replacen(
            &format!("\"monthly_fee\": {fee}"),
            &format!("\"monthly_fee\": {}", fee - 100),
            1,
        );
        assert_ne!(json, c.to_published_json(), "the edit took");
        let problems = Catalog::load_checked(&json).unwrap_err();
        assert_eq!(problems[0].path, "fingerprint");
        assert!(
            problems[0].message.zh.contains("未采用"),
            "{}",
            problems[0].message.zh
        );
        assert!(
            problems[0].message.en.contains("refused"),
            "{}",
            problems[0].message.en
        );
    }
}
