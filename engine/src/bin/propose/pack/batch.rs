//! One chunk of the list into the pack: repeated ids left out, customers
//! proposed for in parallel (each worker writes its customers' pages), then
//! in input order their rows into links.csv and visits.csv and their
//! figures into the summary.
use std::collections::HashSet;
use std::fs::File;
use std::io::{BufWriter, Write};

use proposal_engine::{Lang, Text};

use super::super::input::Entry;
use super::super::{place, workers};
use super::customer::{pack_one, Done, Setup};
use super::sheets;
use super::summary::Summary;

/// Customers per worker per batch.
const BATCH: usize = 32;

/// What the pack has written so far.
pub struct Out {
    links: BufWriter<File>,
    visits: BufWriter<File>,
    valid_until: String,
    lang: Lang,
    /// Every id packed so far (a JSON list may repeat one).
    seen: HashSet<String>,
    /// Customers left out for bad input, and messages of the reader.
    pub bad: usize,
    pub summary: Summary,
    written: bool,
}

impl Out {
    pub fn new(
        mut links: BufWriter<File>,
        mut visits: BufWriter<File>,
        valid_until: String,
        lang: Lang,
    ) -> Out {
        let written = links.write_all(sheets::links_header().as_bytes()).is_ok()
            && visits
                .write_all(sheets::visits_header(lang).as_bytes())
                .is_ok();
        Out {
            links,
            visits,
            valid_until,
            lang,
            seen: HashSet::new(),
            bad: 0,
            summary: Summary::default(),
            written,
        }
    }

    /// The same id as an earlier customer: reported, left out.
    fn repeated(&mut self, e: &Entry) -> bool {
        if self.seen.insert(e.id.clone()) {
            return false;
        }
        let m = Text::new(
            format!("客户编号 {} 重复，该客户未出方案", e.id),
            format!("customer id {} repeated, customer left out", e.id),
        );
        eprintln!("{}", place::at(&e.locate(""), &m).get(self.lang));
        self.bad += 1;
        true
    }

    /// Packs one chunk of customers and the reader's messages about it.
    pub fn chunk(&mut self, setup: &Setup, entries: &[Entry], errors: &[String], jobs: usize) {
        self.bad += errors.len();
        for e in errors {
            eprintln!("{e}");
        }
        let todo: Vec<&Entry> = entries.iter().filter(|e| !self.repeated(e)).collect();
        workers::in_batches(
            &todo,
            jobs,
            BATCH,
            |e| pack_one(setup, e),
            |d| self.record(d),
        );
    }

    fn record(&mut self, d: Done) {
        let row = match d {
            Done::Skipped => return,
            Done::Packed(row) => row,
            Done::Reported { messages, bad, row } => {
                for m in &messages {
                    eprintln!("{m}");
                }
                self.bad += usize::from(bad);
                match row {
                    Some(r) => r,
                    None => return,
                }
            }
        };
        if row.title.is_some() {
            let line = sheets::link_row(&row, &self.valid_until);
            self.written &= self.links.write_all(line.as_bytes()).is_ok();
        }
        self.written &= self
            .visits
            .write_all(sheets::visit_row(&row).as_bytes())
            .is_ok();
        self.summary.add(&row);
    }

    /// Flushes the sheets; whether everything was written.
    pub fn finish(&mut self) -> bool {
        self.written && self.links.flush().is_ok() && self.visits.flush().is_ok()
    }
}
