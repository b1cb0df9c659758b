//! `propose`: proposals for one customer (JSON on stdin) or a whole campaign
//! (a CSV or JSON customer list): the seeds' reps prepare a proposal for
//! every customer of a market before visiting it. A bad row is reported with
//! its file line and field and its customer left out; every other customer
//! is still proposed for; the exit code is 2 when anything was bad.
//!
//! Customers are proposed for in parallel batches and printed in input
//! order as each batch ends, so memory holds the input and one batch.
mod args;
mod campaign_csv;
mod campaign_json;
mod input;
mod json_text;
mod output;
mod pack;
mod place;
mod workers;

use std::io::{Read, Write};
use std::process::exit;

use proposal_engine::limits::{check_rows, check_size, MAX_CLI_BYTES, MAX_CLI_ROWS};
use proposal_engine::{optimize, problem, Catalog, Lang, Options, Text};

use args::{Format, Parsed};
use input::Entry;
use output::Outcome;

/// Customers per worker per batch.
const BATCH: usize = 64;

/// One customer's printed result, its messages for stderr, and whether it was bad.
struct Done {
    out: String,
    messages: Vec<String>,
    bad: bool,
}

fn propose(
    catalog: &Catalog,
    options: &Options,
    entry: &Entry,
    format: Format,
    lang: Lang,
) -> Done {
    if let Err(messages) = workers::left_out(entry, catalog, lang) {
        return Done {
            out: String::new(),
            messages,
            bad: true,
        };
    }
    let (outcome, messages) = match optimize(catalog, &entry.customer, options) {
        Ok(p) => (Outcome::Proposed(Box::new(p)), Vec::new()),
        Err(none) => {
            let why = |l: Lang| none.reasons.iter().map(|r| r.get(l)).collect::<Vec<_>>();
            let (zh, en) = (why(Lang::ZhCn).join("；"), why(Lang::En).join("; "));
            let m = Text::new(format!("无可办理方案：{zh}"), format!("no proposal: {en}"));
            let m = place::at(&entry.locate(""), &m).get(lang).to_string();
            (Outcome::Nothing(none.reasons), vec![m])
        }
    };
    Done {
        out: output::render(entry, &outcome, format, lang),
        messages,
        bad: false,
    }
}

/// The customers to propose for: `--customers FILE` (or `-`, stdin) is a
/// list, CSV or JSON; without it stdin holds one customer as JSON, and text
/// that is not JSON is a JSON error (never read as a CSV list).
fn read_input(path: Option<&str>, lang: Lang) -> (Vec<Entry>, Vec<String>) {
    let (name, bytes) = match path {
        None | Some("-") => match read_stdin() {
            Ok(b) => ("stdin", b),
            Err(e) => {
                let m = Text::new(format!("stdin：{}", e.zh), format!("stdin: {}", e.en));
                return (Vec::new(), vec![m.get(lang).to_string()]);
            }
        },
        Some(p) => match read_limited(p) {
            Ok(b) => (p, b),
            Err(e) => {
                let m = Text::new(format!("{p}：无法读取（{e}）"), format!("{p}: {e}"));
                return (Vec::new(), vec![m.get(lang).to_string()]);
            }
        },
    };
    // UTF-8, else GB18030 (Excel's "CSV" on a Chinese Windows); neither: say where.
    let (text, unreadable) = proposal_engine::csv::decode(bytes);
    let mut errors: Vec<String> = unreadable
        .map(|line| {
            let m = Text::new(
                "既不是 UTF-8 也不是 GBK 编码（请另存为“CSV UTF-8”）；无法读出的字显示为 \u{fffd}",
                "neither UTF-8 nor GBK text (save the list as \"CSV UTF-8\"); unreadable characters show as \u{fffd}",
            );
            place::at(&place::line(name, line), &m).get(lang).to_string()
        })
        .into_iter()
        .collect();
    let (entries, more) = match path {
        None => one_customer(&text),
        Some(_) => parse(name, &text),
    };
    errors.extend(more.iter().map(|m| m.get(lang).to_string()));
    (entries, errors)
}

/// Stdin's bytes, refused when over the stated limit.
fn read_stdin() -> Result<Vec<u8>, Text> {
    let mut bytes = Vec::new();
    let limit = MAX_CLI_BYTES as u64 + 1;
    if let Err(e) = std::io::stdin().take(limit).read_to_end(&mut bytes) {
        return Err(Text::new(format!("读取失败：{e}"), e.to_string()));
    }
    check_size(bytes.len(), MAX_CLI_BYTES)?;
    Ok(bytes)
}

/// One customer as JSON on stdin (an object, or a JSON list of them).
fn one_customer(text: &str) -> (Vec<Entry>, Vec<Text>) {
    let json = text.trim_start_matches('\u{feff}');
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(json) {
        let p = problem::json_problem(&e);
        let hint = Text::new(
            "（没有 --customers 时，标准输入应为一个客户的 JSON）",
            " (without --customers, stdin holds one customer as JSON)",
        );
        // `stdin line 1, column 2: ...`: the place is serde's, the same in both forms.
        let stdin = |what: &str, hint: &str| format!("{} {what}{hint}", "stdin");
        let m = Text::new(
            stdin(&p.message.zh, &hint.zh),
            stdin(&p.message.en, &hint.en),
        );
        return (Vec::new(), vec![m]);
    }
    campaign_json::read("stdin", text)
}

/// The bytes of the file at `path`, refused unread when over the stated limit.
fn read_limited(path: &str) -> Result<Vec<u8>, String> {
    let len = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    check_size(usize::try_from(len).unwrap_or(usize::MAX), MAX_CLI_BYTES).map_err(|e| e.both())?;
    std::fs::read(path).map_err(|e| e.to_string())
}

/// A CSV or JSON list, by the file's extension, else by its first character.
fn parse(name: &str, text: &str) -> (Vec<Entry>, Vec<Text>) {
    let lower = name.to_lowercase();
    let json = if lower.ends_with(".json") {
        true
    } else if lower.ends_with(".csv") {
        false
    } else {
        matches!(
            text.trim_start_matches('\u{feff}')
                .trim_start()
                .chars()
                .next(),
            Some('[' | '{')
        )
    };
    if json {
        campaign_json::read(name, text)
    } else if let Err(e) = check_rows(text, MAX_CLI_ROWS) {
        let m = Text::new(format!("{name}：{}", e.zh), format!("{name}: {}", e.en));
        (Vec::new(), vec![m])
    } else {
        campaign_csv::read(name, text)
    }
}

fn main() {
    let args = match args::parse(std::env::args().skip(1)) {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Help) => {
            println!("{}", args::USAGE);
            return;
        }
        Err(e) => {
            eprintln!("{e}\n\n{}", args::USAGE);
            exit(2);
        }
    };
    let lang = args.lang;
    let text = read_limited(&args.catalog).and_then(|b| {
        String::from_utf8(b).map_err(|_| {
            Text::new("不是 UTF-8 编码的文字", "not UTF-8 text")
                .get(lang)
                .to_string()
        })
    });
    let catalog = match text {
        Err(e) => Err(vec![e]),
        Ok(s) => Catalog::load_checked(&s).map_err(|ps| problem::lines(&ps, lang)),
    };
    let catalog = match catalog {
        Ok(c) => c,
        Err(problems) => {
            for p in problems {
                eprintln!("{}: {p}", args.catalog);
            }
            exit(2);
        }
    };
    if let Some(dir) = &args.pack {
        exit(pack::run(&args, dir, &catalog));
    }
    let (entries, errors) = read_input(args.customers.as_deref(), lang);
    let mut bad = errors.len();
    for e in &errors {
        eprintln!("{e}");
    }
    let options = Options {
        horizon: args.horizon,
        authority_level: args.authority,
        date: Some(args.date),
        ..Options::default()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // A failed write (the reader went away, `| head`): nothing more to do.
    let mut write = |s: &str| {
        if out.write_all(s.as_bytes()).is_err() {
            exit(1);
        }
    };
    let mut first = true;
    write(match args.format {
        Format::Json => "[",
        Format::Csv => output::CSV_HEADER,
    });
    let jobs = args.jobs.max(1);
    let work = |e: &Entry| propose(&catalog, &options, e, args.format, lang);
    workers::in_batches(&entries, jobs, BATCH, work, |d| {
        for m in &d.messages {
            eprintln!("{m}");
        }
        if d.bad {
            bad += 1;
            return;
        }
        let sep = match (args.format, first) {
            (Format::Json, true) => "\n",
            (Format::Json, false) => ",\n",
            (Format::Csv, _) => "\n",
        };
        first = false;
        write(sep);
        write(&d.out);
    });
    write(match args.format {
        Format::Json => "\n]\n",
        Format::Csv => "\n",
    });
    if out.flush().is_err() {
        exit(1);
    }
    if bad > 0 {
        let m = Text::new(
            "输入有问题（见上）；其余客户都已出方案",
            "the input has problems (above); every other customer was proposed for",
        );
        eprintln!("{}", m.get(lang));
        exit(2);
    }
}
