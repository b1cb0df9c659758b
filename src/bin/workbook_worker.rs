//! tables.html's workbook worker (a Web Worker, Trunk's `data-type="worker"`
//! link, feature `workbook-worker`): the .xlsx reader and writer and the
//! GB18030 decoder in a wasm of their own, fetched only when a manager
//! exports or imports a workbook (`src/browser/worker.rs` starts it). It
//! says "ready" once it listens, then answers each job in turn
//! (`components::editor::workbook_job`).
#[cfg(target_arch = "wasm32")]
fn main() {
    use proposal_app::components::editor::workbook_job::{run, Answer, Job};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let me = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let answer = match Job::from_js(&e.data()) {
                Some(job) => run(job),
                None => Answer::Problems {
                    zh: vec!["无法识别的请求".into()],
                    en: vec!["an unknown request".into()],
                },
            };
            let _ = me.post_message(&answer.to_js());
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
