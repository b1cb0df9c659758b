//! `propose --pack DIR`: a campaign pack (issue 16). For every customer of
//! the list: the printable proposal `DIR/proposals/<id>.html` with its QR
//! code and share link, a row of `DIR/links.csv` and a blank row of
//! `DIR/visits.csv`; then `DIR/index.html`, the summary. The list is read a
//! chunk of whole customers at a time (`source`), each chunk proposed for in
//! parallel batches (`batch`); each worker writes its customers' pages and
//! only small rows come back, so memory holds the list's text, one chunk
//! and a few figures a customer for the summary.
mod batch;
mod chart_svg;
mod customer;
mod doc_html;
mod doc_parts;
mod index_html;
mod page;
mod qr;
mod sheets;
mod source;
mod summary;
mod words;

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use proposal_engine::date::VALID_DAYS;
use proposal_engine::{Catalog, Lang, Options, Text};

use super::args::Args;
use customer::Setup;

/// Today, by the machine's clock (UTC).
fn say(lang: Lang, zh: String, en: String) -> String {
    Text::new(zh, en).get(lang).to_string()
}

/// Writes the pack of `--customers` into `dir`; returns the exit code (0;
/// 2 when any input was bad, every other customer still packed; 1 when the
/// folder cannot be written).
pub fn run(args: &Args, dir: &str, catalog: &Catalog) -> i32 {
    let lang = args.lang;
    let issued = args.date;
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
    let (links, visits) = match files {
        Ok(f) => f,
        Err(m) => {
            eprintln!("{m}");
            return 1;
        }
    };
    let setup = Setup {
        catalog,
        tables: catalog.reference(),
        options: Options {
            horizon: args.horizon,
            authority_level: args.authority,
            date: Some(args.date),
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
    let mut out = batch::Out::new(links, visits, setup.valid_until.to_string(), lang);
    for (entries, errors) in source::open(args.customers.as_deref().unwrap_or("-"), lang) {
        out.chunk(&setup, &entries, &errors, args.jobs.max(1));
    }
    out.summary.sort();
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
        bad: out.bad,
    };
    let mut written = out.finish();
    written &= std::fs::write(
        root.join("index.html"),
        index_html::render(&out.summary, &about),
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
    let n = out.summary.all.customers;
    println!(
        "{}",
        say(
            lang,
            format!("{dir}：{n} 份建议书，汇总见 {dir}/index.html"),
            format!("{dir}: {n} proposals, summary in {dir}/index.html")
        )
    );
    if out.bad > 0 {
        let m = Text::new(
            "输入有问题（见上）；其余客户都已出方案",
            "the input has problems (above); every other customer was proposed for",
        );
        eprintln!("{}", m.get(lang));
        return 2;
    }
    0
}
