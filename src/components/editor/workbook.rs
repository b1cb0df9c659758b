//! The whole tables as one `.xlsx` workbook (feature `workbook`, built
//! into tables.html only): "导出工作簿 (.xlsx)" writes it with the engine
//! (`proposal_engine::workbook`) and downloads it through the browser
//! module; a chosen or dropped `.xlsx` is read back with the sheet, row and
//! column of every problem in the UI's language, and a refused one changes
//! nothing. The same feature reads a CSV file saved by Excel on a Chinese
//! Windows (GBK / GB18030) like UTF-8 (`import::csv_text`).
use proposal_engine::limits::{check_size, MAX_IMPORT_BYTES};
use proposal_engine::workbook::{from_xlsx, to_xlsx};
use proposal_engine::{Catalog, Lang};
use yew::prelude::*;

use crate::browser::download::{download, XLSX};
use crate::i18n::{t, EditorMsg};
use crate::state::editor::EditorContext;
use crate::state::use_lang;

/// The tables from a workbook's bytes, or every problem in `lang`.
pub fn import_xlsx(bytes: &[u8], lang: Lang) -> Result<Catalog, Vec<String>> {
    check_size(bytes.len(), MAX_IMPORT_BYTES).map_err(|e| vec![e.get(lang).to_string()])?;
    from_xlsx(bytes).map_err(|r| r.lines(lang))
}

/// The download's file name: `catalog-v3.xlsx`.
pub fn file_name(catalog: &Catalog) -> String {
    format!("catalog-v{}.xlsx", catalog.version)
}

#[component]
pub fn ExportWorkbook() -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    let failed = use_state(|| None::<String>);
    let onclick = {
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| match to_xlsx(editor.current()) {
            Ok(bytes) => {
                download(&file_name(editor.current()), XLSX, &bytes);
                failed.set(None);
            }
            Err(e) => failed.set(Some(format!(
                "{}{}{}",
                t(lang, EditorMsg::XlsxWriteFailed),
                lang.colon(),
                e.get(lang)
            ))),
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::components::editor::import::{csv_text, import_csv, kind_of, FileKind};

    #[test]
    fn a_workbook_comes_back_as_the_same_tables() {
        let tables = proposal_engine::default_catalog();
        let bytes = to_xlsx(&tables).unwrap();
        assert_eq!(import_xlsx(&bytes, Lang::ZhCn), Ok(tables.clone()));
        assert_eq!(
            file_name(&tables),
            format!("catalog-v{}.xlsx", tables.version)
        );
        assert_eq!(kind_of("目录.XLSX"), FileKind::Xlsx);
        let refused = import_xlsx(b"not a workbook", Lang::ZhCn).unwrap_err();
        assert!(
            refused[0].starts_with("不是可读取的 .xlsx 工作簿"),
            "{refused:?}"
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
