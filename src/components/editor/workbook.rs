//! The whole tables as one `.xlsx` workbook (feature `workbook`, tables.html
//! only): "导出工作簿 (.xlsx)" asks the workbook worker
//! (`browser::worker`, its own wasm, fetched at the first click) to write
//! it and downloads what it answers; a chosen or dropped `.xlsx` is read
//! back by the worker with the sheet, row and column of every problem in
//! the UI's language (`import::apply_bytes`), and a refused one changes
//! nothing. The worker also reads a CSV file saved by Excel on a Chinese
//! Windows (GBK / GB18030) like UTF-8.
use proposal_engine::{Catalog, Lang};
use yew::prelude::*;

use super::workbook_job::{Answer, Job};
use crate::browser::download::download;
use crate::browser::worker::ask;
use crate::i18n::{t, EditorMsg};
use crate::state::editor::EditorContext;
use crate::state::use_lang;

/// The download's file name: `catalog-v3.xlsx`.
pub fn file_name(catalog: &Catalog) -> String {
    format!("catalog-v{}.xlsx", catalog.version)
}

/// An answer's problems in `lang`; no answer: the worker did not start.
pub fn problems(answer: Option<Answer>, lang: Lang) -> Vec<String> {
    match answer {
        Some(Answer::Problems { zh, en }) => match lang {
            Lang::ZhCn => zh,
            Lang::En => en,
        },
        _ => vec![t(lang, EditorMsg::WorkerUnavailable).into()],
    }
}

/// The tables a workbook's bytes hold, or every problem in `lang` (through
/// the worker; `done` is called when it answers).
pub fn import_xlsx(
    bytes: Vec<u8>,
    lang: Lang,
    done: impl FnOnce(Result<Catalog, Vec<String>>) + 'static,
) {
    ask(Job::Import(bytes), move |answer| {
        done(match answer {
            Some(Answer::Text(json)) => {
                Catalog::from_json(&json).map_err(|_| vec![t(lang, EditorMsg::FileUnread).into()])
            }
            other => Err(problems(other, lang)),
        })
    })
}

#[component]
pub fn ExportWorkbook() -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let failed = use_state(|| None::<String>);
    let onclick = {
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            let (failed, name) = (failed.clone(), file_name(editor.current()));
            ask(
                Job::Export(editor.current().to_json()),
                move |answer| match answer {
                    Some(Answer::Text(url)) => {
                        download(&name, &url);
                        failed.set(None);
                    }
                    other => failed.set(Some(format!(
                        "{}{}{}",
                        t(lang, EditorMsg::XlsxWriteFailed),
                        lang.colon(),
                        problems(other, lang).join("; ")
                    ))),
                },
            )
        })
    };
    html! {
        <>
            <button type="button" class="button secondary" {onclick} data-testid="export-xlsx">{ t(lang, EditorMsg::ExportXlsx) }</button>
            if let Some(why) = &*failed {
                <span class="notice error" role="alert">{ why.clone() }</span>
            }
        </>
    }
}

#[cfg(all(test, feature = "workbook-worker", not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::components::editor::import::{csv_text, import_csv, kind_of, FileKind};
    use std::cell::RefCell;
    use std::rc::Rc;

    #[test]
    fn a_workbook_comes_back_as_the_same_tables() {
        let tables = proposal_engine::default_catalog();
        let Some(Answer::Text(url)) = ({
            let got = Rc::new(RefCell::new(None));
            let g = got.clone();
            ask(Job::Export(tables.to_json()), move |a| *g.borrow_mut() = a);
            got.take()
        }) else {
            panic!("no workbook")
        };
        use base64::Engine;
        let b64 = url.split_once(";base64,").unwrap().1;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap();
        let got = Rc::new(RefCell::new(None));
        let g = got.clone();
        import_xlsx(bytes, Lang::ZhCn, move |r| *g.borrow_mut() = Some(r));
        assert_eq!(got.take(), Some(Ok(tables.clone())));
        assert_eq!(
            file_name(&tables),
            format!("catalog-v{}.xlsx", tables.version)
        );
        assert_eq!(kind_of("目录.XLSX"), FileKind::Xlsx);
        let g = got.clone();
        import_xlsx(b"not a workbook".to_vec(), Lang::ZhCn, move |r| {
            *g.borrow_mut() = Some(r)
        });
        let refused = got.take().unwrap().unwrap_err();
        assert!(
            refused[0].starts_with("不是可读取的 .xlsx 工作簿"),
            "{refused:?}"
        );
        assert_eq!(
            problems(None, Lang::En),
            vec![t(Lang::En, EditorMsg::WorkerUnavailable).to_string()]
        );
    }

    #[test]
    fn a_plans_csv_saved_in_gbk_imports_like_utf8() {
        let tables = proposal_engine::default_catalog();
        let utf8 = crate::components::editor::csv::plans_to_csv(&tables);
        // The first plan renamed 周记, the whole file saved in GBK as Excel does.
        let first = &tables.plans[0].name.zh;
        // GBK has no ¥ (U+00A5): Excel writes it as something else.
        let text = utf8
            .replacen(first.as_str(), "周记", 1)
            .replace('¥', "RMB ");
        let gbk = encoding_rs::GBK.encode(&text).0.into_owned();
        assert!(
            String::from_utf8(gbk.clone()).is_err(),
            "the file is not UTF-8"
        );
        let read = csv_text(gbk).unwrap();
        assert_eq!(read, text);
        let imported = import_csv(&tables, &read, Lang::ZhCn).unwrap();
        assert_eq!(imported.plans[0].name.zh, "周记");
        let bad = csv_text(b"id\n\xff\n".to_vec()).unwrap_err();
        assert!(
            bad.zh.starts_with("第 2 行既不是 UTF-8 也不是 GBK"),
            "{}",
            bad.zh
        );
    }
}
