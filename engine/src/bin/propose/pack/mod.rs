//! `propose --pack DIR`: a campaign pack (issue 16). For every customer of
//! the list: the printable proposal `DIR/proposals/<id>.html` with its QR
//! code and share link, a row of `DIR/links.csv` and a blank row of
//! `DIR/visits.csv`; then `DIR/index.html`, the summary. Customers are
//! proposed for in parallel batches; each worker writes its customers'
//! pages, and only small rows come back, so memory does not grow with the
//! documents (the summary keeps a few figures a customer).
mod chart_svg;
mod customer;
mod doc_html;
mod doc_parts;
mod index_html;
mod page;
mod qr;
mod sheets;
mod summary;
mod words;

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use proposal_engine::date::VALID_DAYS;
use proposal_engine::{Catalog, Date, Lang, Options, Text};

use super::args::Args;
use super::input::Entry;
use super::place;
use customer::{Done, Setup};

/// Customers per worker per batch.
const BATCH: usize = 32;

/// Today, by the machine's clock (UTC).
fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    Date {
        year: 1970,
        month: 1,
        day: 1,
    }
    .add_days(i32::try_from(days).unwrap_or(0))
}

fn say(lang: Lang, zh: String, en: String) -> String {
    Text::new(zh, en).get(lang).to_string()
}

/// The same id twice in a JSON list: the later ones are left out.
fn repeated(entries: &[Entry], lang: Lang) -> (HashSet<usize>, Vec<String>) {
    let mut seen = HashSet::new();
    let (mut out, mut messages) = (HashSet::new(), Vec::new());
    for (i, e) in entries.iter().enumerate() {
        if !seen.insert(e.id.as_str()) {
            out.insert(i);
            let m = Text::new(
                format!("客户编号 {} 重复，该客户未出方案", e.id),
                format!("customer id {} repeated, customer left out", e.id),
            );
            messages.push(place::at(&e.locate(""), &m).get(lang).to_string());
        }
    }
    (out, messages)
}

/// Writes the pack; returns the exit code (0, 2 when any input was bad, 1
/// when the folder cannot be written).
pub fn run(args: &Args, dir: &str, catalog: &Catalog, entries: Vec<Entry>, bad: usize) -> i32 {
    let lang = args.lang;
    let issued = match args.date.as_deref().map(Date::parse) {
        None => today(),
        Some(Some(d)) => d,
        Some(None) => {
            eprintln!("--date: YYYY-MM-DD");
            return 2;
        }
    };
    let root = Path::new(dir);
    let proposals = root.join("proposals");
    let create = |name: &str| {
        File::create(root.join(name))
            .map(BufWriter::new)
            .map_err(|e| {
                say(
                    lang,
                    format!("{dir}/{name}：无法写入（{e}）"),
                    format!("{dir}/{name}: cannot write ({e})"),
                )
            })
    };
    let files = std::fs::create_dir_all(&proposals)
        .map_err(|e| {
            say(
                lang,
                format!("{dir}：无法创建（{e}）"),
                format!("{dir}: cannot create ({e})"),
            )
        })
        .and_then(|_| Ok((create("links.csv")?, create("visits.csv")?)));
    let (mut links, mut visits) = match files {
        Ok(f) => f,
        Err(m) => {
            eprintln!("{m}");
            return 1;
        }
    };
    let setup = Setup {
        catalog,
        options: Options {
            horizon: args.horizon,
            authority_level: args.authority,
            ..Options::default()
        },
        lang,
        issued,
        valid_until: issued.add_days(VALID_DAYS),
        app_url: customer::app_folder(&args.app_url),
        rep_name: args.rep_name.clone(),
        rep_phone: args.rep_phone.clone(),
        expiring_within: args.expiring_within,
        proposals: &proposals,
    };
    let valid_until = setup.valid_until.to_string();
    let (skip, messages) = repeated(&entries, lang);
    let mut bad = bad + skip.len();
    for m in messages {
        eprintln!("{m}");
    }
    let mut written = links.write_all(sheets::links_header().as_bytes()).is_ok()
        && visits
            .write_all(sheets::visits_header(lang).as_bytes())
            .is_ok();
    let mut summary = summary::Summary::default();
    let jobs = args.jobs.max(1);
    let todo: Vec<(usize, &Entry)> = entries
        .iter()
        .enumerate()
        .filter(|(i, _)| !skip.contains(i))
        .collect();
    for batch in todo.chunks(BATCH * jobs) {
        let per = batch.len().div_ceil(jobs);
        let done: Vec<Done> = std::thread::scope(|s| {
            let workers: Vec<_> = batch
                .chunks(per)
                .map(|part| {
                    let setup = &setup;
                    s.spawn(move || {
                        part.iter()
                            .map(|(_, e)| customer::pack_one(setup, e))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("a worker panicked"))
                .collect()
        });
        for d in done {
            let row = match d {
                Done::Skipped => continue,
                Done::Packed(row) => Some(row),
                Done::Reported {
                    messages,
                    bad: b,
                    row,
                } => {
                    for m in &messages {
                        eprintln!("{m}");
                    }
                    bad += usize::from(b);
                    row
                }
            };
            let Some(row) = row else { continue };
            if row.title.is_some() {
                written &= links
                    .write_all(sheets::link_row(&row, &valid_until).as_bytes())
                    .is_ok();
            }
            written &= visits.write_all(sheets::visit_row(&row).as_bytes()).is_ok();
            summary.add(&row);
        }
    }
    summary.sort();
    let about = index_html::About {
        lang,
        issued,
        horizon: setup.options.horizon,
        tables: format!(
            "{} v{} · {}",
            catalog.id,
            catalog.version,
            proposal_engine::catalog::fingerprint(catalog)
        ),
        expiring_within: args.expiring_within,
        bad,
    };
    written &= links.flush().is_ok() && visits.flush().is_ok();
    written &= std::fs::write(
        root.join("index.html"),
        index_html::render(&summary, &about),
    )
    .is_ok();
    if !written {
        eprintln!(
            "{}",
            say(
                lang,
                format!("{dir}：写入失败"),
                format!("{dir}: writing failed")
            )
        );
        return 1;
    }
    let n = summary.all.customers;
    println!(
        "{}",
        say(
            lang,
            format!("{dir}：{n} 份建议书，汇总见 {dir}/index.html"),
            format!("{dir}: {n} proposals, summary in {dir}/index.html")
        )
    );
    if bad > 0 {
        let m = Text::new(
            "输入有问题（见上）；其余客户都已出方案",
            "the input has problems (above); every other customer was proposed for",
        );
        eprintln!("{}", m.get(lang));
        return 2;
    }
    0
}
