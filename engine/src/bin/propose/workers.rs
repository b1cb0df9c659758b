//! What a campaign and a campaign pack share: customers worked on by
//! `jobs` threads a batch at a time, results taken in input order as each
//! batch ends (memory holds one batch of results), and the words for a
//! customer the validator leaves out.
use proposal_engine::{validate_customer_for, Catalog, Lang, Text};

use super::input::Entry;
use super::place;

/// `work` on every item, `batch` items per thread at a time; `take` gets
/// each result in the items' order.
pub fn in_batches<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    batch: usize,
    work: impl Fn(&T) -> R + Sync,
    mut take: impl FnMut(R),
) {
    let jobs = jobs.max(1);
    let work = &work;
    for part in items.chunks(batch * jobs) {
        let per = part.len().div_ceil(jobs);
        let done: Vec<R> = std::thread::scope(|s| {
            let workers: Vec<_> = part
                .chunks(per)
                .map(|mine| s.spawn(move || mine.iter().map(work).collect::<Vec<R>>()))
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("a worker panicked"))
                .collect()
        });
        done.into_iter().for_each(&mut take);
    }
}

/// The validator's problems with a customer, each placed at its file line
/// and field and saying the customer is left out; `Ok` when there are none.
pub fn left_out(entry: &Entry, catalog: &Catalog, lang: Lang) -> Result<(), Vec<String>> {
    validate_customer_for(&entry.customer, catalog).map_err(|problems| {
        problems
            .iter()
            .map(|p| {
                let m = Text::new(
                    format!("{}（该客户未出方案）", p.message.zh),
                    format!("{} (customer left out)", p.message.en),
                );
                place::at(&entry.locate(&p.path), &m).get(lang).to_string()
            })
            .collect()
    })
}
