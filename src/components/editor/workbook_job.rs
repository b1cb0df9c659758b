//! What tables.html's page asks of the workbook worker and what it answers
//! (feature `workbook`), and the work itself (feature `workbook-worker`,
//! linked only into `src/bin/workbook_worker.rs`): the page's main wasm
//! carries neither calamine, nor rust_xlsxwriter, nor the GB18030 tables.
//!
//! As JavaScript values (posted between the page and the worker):
//! a job is `{op: "export", text: <tables JSON>}`, `{op: "import", bytes}`
//! or `{op: "csv", bytes}` (bytes a `Uint8Array`); an answer is
//! `{text}` (the workbook's `data:` URL, the tables' JSON, a CSV's text) or
//! `{zh: [..], en: [..]}` (every problem, in each language).
#[cfg(feature = "workbook-worker")]
use proposal_engine::Lang;

/// A job for the worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Job {
    /// The tables (their JSON) as a workbook (its `data:` URL, for the download).
    Export(String),
    /// A workbook's bytes as the tables (their JSON), or its problems.
    Import(Vec<u8>),
    /// A CSV file's bytes as text: UTF-8, else GB18030 (Excel on a Chinese Windows).
    Csv(Vec<u8>),
}

/// The worker's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    /// Every problem, in Chinese and in English (the page picks its language).
    Problems {
        zh: Vec<String>,
        en: Vec<String>,
    },
}

impl Answer {
    fn problem(t: &proposal_engine::Text) -> Answer {
        Answer::Problems {
            zh: vec![t.zh.clone()],
            en: vec![t.en.clone()],
        }
    }
}

/// Does the job (in the worker).
#[cfg(feature = "workbook-worker")]
pub fn run(job: Job) -> Answer {
    use proposal_engine::limits::{check_size, MAX_IMPORT_BYTES};
    use proposal_engine::workbook::{from_xlsx, to_xlsx};
    use proposal_engine::Catalog;
    match job {
        Job::Export(json) => match Catalog::from_json(&json) {
            Ok(tables) => match to_xlsx(&tables) {
                Ok(bytes) => Answer::Text(crate::browser::download::data_url(
                    crate::browser::download::XLSX,
                    &bytes,
                )),
                Err(e) => Answer::problem(&e),
            },
            Err(_) => Answer::problem(&proposal_engine::Text::new(
                "资费表无法读取",
                "the tables could not be read",
            )),
        },
        Job::Import(bytes) => {
            if let Err(e) = check_size(bytes.len(), MAX_IMPORT_BYTES) {
                return Answer::problem(&e);
            }
            match from_xlsx(&bytes) {
                Ok(tables) => Answer::Text(tables.to_json()),
                Err(r) => Answer::Problems {
                    zh: r.lines(Lang::ZhCn),
                    en: r.lines(Lang::En),
                },
            }
        }
        Job::Csv(bytes) => match super::import::csv_text(bytes) {
            Ok(text) => Answer::Text(text),
            Err(e) => Answer::problem(&e),
        },
    }
}

#[cfg(target_arch = "wasm32")]
mod js {
    use super::{Answer, Job};
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};

    fn set(o: &Object, key: &str, v: &JsValue) {
        let _ = Reflect::set(o, &key.into(), v);
    }
    fn get(v: &JsValue, key: &str) -> JsValue {
        Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }
    fn bytes(v: &JsValue, key: &str) -> Option<Vec<u8>> {
        get(v, key)
            .dyn_into::<Uint8Array>()
            .ok()
            .map(|a| a.to_vec())
    }
    fn strings(v: &JsValue, key: &str) -> Vec<String> {
        get(v, key)
            .dyn_into::<Array>()
            .map(|a| a.iter().filter_map(|s| s.as_string()).collect())
            .unwrap_or_default()
    }
    fn list(items: &[String]) -> JsValue {
        items.iter().map(JsValue::from).collect::<Array>().into()
    }

    impl Job {
        pub fn to_js(&self) -> JsValue {
            let o = Object::new();
            let (op, body): (&str, JsValue) = match self {
                Job::Export(text) => ("export", text.into()),
                Job::Import(b) => ("import", Uint8Array::from(b.as_slice()).into()),
                Job::Csv(b) => ("csv", Uint8Array::from(b.as_slice()).into()),
            };
            set(&o, "op", &op.into());
            set(&o, if op == "export" { "text" } else { "bytes" }, &body);
            o.into()
        }
        pub fn from_js(v: &JsValue) -> Option<Job> {
            match get(v, "op").as_string()?.as_str() {
                "export" => Some(Job::Export(get(v, "text").as_string()?)),
                "import" => Some(Job::Import(bytes(v, "bytes")?)),
                "csv" => Some(Job::Csv(bytes(v, "bytes")?)),
                _ => None,
            }
        }
    }

    impl Answer {
        pub fn to_js(&self) -> JsValue {
            let o = Object::new();
            match self {
                Answer::Text(t) => set(&o, "text", &t.into()),
                Answer::Problems { zh, en } => {
                    set(&o, "zh", &list(zh));
                    set(&o, "en", &list(en));
                }
            }
            o.into()
        }
        pub fn from_js(v: &JsValue) -> Option<Answer> {
            if let Some(t) = get(v, "text").as_string() {
                return Some(Answer::Text(t));
            }
            let (zh, en) = (strings(v, "zh"), strings(v, "en"));
            (!zh.is_empty()).then_some(Answer::Problems { zh, en })
        }
    }
}

#[cfg(all(test, feature = "workbook-worker", not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_worker_exports_and_imports_the_same_tables() {
        let tables = proposal_engine::default_catalog();
        let Answer::Text(url) = run(Job::Export(tables.to_json())) else {
            panic!("no workbook")
        };
        let b64 = url
            .strip_prefix(
                "data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,",
            )
            .unwrap();
        use base64::Engine;
        let xlsx = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap();
        let Answer::Text(json) = run(Job::Import(xlsx)) else {
            panic!("not read back")
        };
        assert_eq!(proposal_engine::Catalog::from_json(&json).unwrap(), tables);
        let Answer::Problems { zh, en } = run(Job::Import(b"not a workbook".to_vec())) else {
            panic!("read")
        };
        assert!(zh[0].starts_with("不是可读取的 .xlsx 工作簿"), "{zh:?}");
        assert_eq!(zh.len(), en.len());
    }

    #[test]
    fn a_gbk_csv_is_read_by_the_worker() {
        let gbk = encoding_rs::GBK.encode("id,名称\n").0.into_owned();
        assert_eq!(run(Job::Csv(gbk)), Answer::Text("id,名称\n".into()));
        let Answer::Problems { zh, .. } = run(Job::Csv(b"id\n\xff\n".to_vec())) else {
            panic!("read")
        };
        assert!(
            zh[0].starts_with("第 2 行既不是 UTF-8 也不是 GBK"),
            "{zh:?}"
        );
    }
}
