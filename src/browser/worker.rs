//! The workbook worker, seen from tables.html (feature `workbook`): started
//! at the first job (`workbook_worker_loader.js`, Trunk's loader of the
//! worker link, so its wasm is fetched only then), kept for the next ones.
//! Jobs posted before the worker says "ready" wait in a queue; answers come
//! back in the order the jobs went (the worker does one at a time). If the
//! worker cannot start (not cached offline, a failed fetch) every waiting
//! job is told `None` and the next job starts it again. On the host the job
//! is done at once when the work is linked (feature `workbook-worker`).
use crate::components::editor::workbook_job::{Answer, Job};

/// Trunk's loader of the worker (`data-loader-shim`), next to the page.
pub const LOADER: &str = "./workbook_worker_loader.js";

#[cfg(target_arch = "wasm32")]
mod client {
    use super::*;
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    type Done = Box<dyn FnOnce(Option<Answer>)>;

    struct Client {
        worker: web_sys::Worker,
        ready: bool,
        queued: Vec<JsValue>,
        waiting: VecDeque<Done>,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
        _on_error: Closure<dyn FnMut(JsValue)>,
    }

    thread_local! {
        static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
    }

    fn on_message(e: web_sys::MessageEvent) {
        let data = e.data();
        if data.as_string().as_deref() == Some("ready") {
            CLIENT.with(|c| {
                if let Some(c) = c.borrow_mut().as_mut() {
                    c.ready = true;
                    for job in c.queued.drain(..) {
                        let _ = c.worker.post_message(&job);
                    }
                }
            });
            return;
        }
        let done = CLIENT.with(|c| c.borrow_mut().as_mut().and_then(|c| c.waiting.pop_front()));
        if let Some(done) = done {
            done(Answer::from_js(&data));
        }
    }

    fn on_error() {
        let gone = CLIENT.with(|c| c.borrow_mut().take());
        if let Some(c) = gone {
            c.worker.terminate();
            for done in c.waiting {
                done(None);
            }
        }
    }

    fn start() -> Option<Client> {
        let worker = web_sys::Worker::new(LOADER).ok()?;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(on_message);
        let on_error = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| on_error());
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Client {
            worker,
            ready: false,
            queued: Vec::new(),
            waiting: VecDeque::new(),
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    pub fn ask(job: Job, done: impl FnOnce(Option<Answer>) + 'static) {
        let mut done: Option<Done> = Some(Box::new(done));
        CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_none() {
                *c = start();
            }
            let Some(c) = c.as_mut() else {
                return;
            };
            let msg = job.to_js();
            if c.ready {
                let _ = c.worker.post_message(&msg);
            } else {
                c.queued.push(msg);
            }
            c.waiting.extend(done.take());
        });
        // No worker could be made.
        if let Some(done) = done {
            done(None);
        }
    }
}

/// Asks the worker to do `job`; `done` gets its answer, or `None` when the
/// worker could not start.
#[cfg(target_arch = "wasm32")]
pub fn ask(job: Job, done: impl FnOnce(Option<Answer>) + 'static) {
    client::ask(job, done)
}

/// On the host: the job done at once (the work linked), else `None`.
#[cfg(not(target_arch = "wasm32"))]
pub fn ask(job: Job, done: impl FnOnce(Option<Answer>) + 'static) {
    #[cfg(feature = "workbook-worker")]
    return done(Some(crate::components::editor::workbook_job::run(job)));
    #[cfg(not(feature = "workbook-worker"))]
    {
        let _ = job;
        done(None)
    }
}
