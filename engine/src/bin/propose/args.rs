//! Command-line arguments.
use proposal_engine::Lang;

pub const USAGE: &str = "\
propose: the cheapest proposal (客户建议书) for one customer or a whole campaign list

usage: propose --catalog FILE [--customers FILE.csv|FILE.json|-] [--horizon N]
               [--format json|csv] [--authority 1|2|3] [--lang zh|en] [--jobs N]

  --catalog FILE      package tables (JSON, e.g. catalog/default.json); validated first
  --customers FILE    a customer list, CSV or JSON (by extension; '-' reads stdin).
                      Without it, stdin holds one customer as JSON (the engine's Customer)
  --horizon N         months compared, 1 to 120 (default 24)
  --format json|csv   json (default): per customer the recommendation (title, badges,
                      total, current_total, savings) and every alternative;
                      csv: one row per customer
  --authority N       the rep's discount authority: 1 rep (default), 2 supervisor, 3 manager
  --lang zh|en        language of titles in CSV output and of the problems reported
                      on stderr (default zh, 中文)
  --jobs N            customers proposed in parallel (default: the machine's cores)

CSV customer list: one row per LINE; rows with the same customer_id form one
customer. The header names the columns (any order; other columns are ignored):
customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee
  segment          individual | family | business | key_account
  cluster          street_shop | office_tower | wholesale_market | industrial_park | other (business only)
  tenure_months    网龄, whole months
  kind             mobile | landline | broadband
  current_monthly_fee, exit_fee   yuan, e.g. 128.50 (exit_fee: the current contract's, due if it is left)
  domestic_min, long_distance_min, sms   a month, whole numbers
  data_gb          a month, decimals allowed (2.5)
  own_calls_pct    share of calls to the customer's own lines, 0 to 100
  min_speed_mbps   broadband: the speed needed
  months_left      months left on the current contract
  origin           optional: where the line is today: 本网 or this_operator (blank or no
                   column: this operator), 异网 or other_operator, 新装 or new
  with_us          optional: yes (this operator) or no (another operator); overrides origin
  services         optional: the line's per-line add-on ids, separated by ;
  handset          optional: a handset id the line wants
  handset_mode     optional: contract (blank) or outright
  count            optional: how many identical lines the row stands for (1 to 5,000; blank 1)
  current_plan     optional: the name of the line's plan today
  account_services optional: the account's per-account add-on ids, separated by ;
  current_account_fee  optional: yuan a month the account pays today for extras
Blank numbers are 0 (current_monthly_fee must be given). customer_name, segment,
cluster, tenure_months, months_left, exit_fee, account_services and
current_account_fee must agree on a customer's rows.

JSON customer list: an array of Customer objects, each with an optional \"id\".

Encodings: UTF-8 (with or without a byte-order mark, Excel's \"CSV UTF-8\") or
GBK/GB18030 (Excel's \"CSV\" on a Chinese Windows), found by reading the bytes.
Limits (engine/src/limits.rs), refused before anything is read: a file or stdin
over 64 MiB; a CSV list over 200,000 lines of customers (plus its header line).

A bad row or field is reported on stderr as `FILE line N, field F: why`; that
customer is left out, every other customer is still proposed for, and the exit
code is 2. Exit code 0: every customer was read.";

/// Output format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Json,
    Csv,
}

pub struct Args {
    pub catalog: String,
    pub customers: Option<String>,
    pub horizon: u32,
    pub format: Format,
    pub authority: u8,
    /// The language of titles in CSV output and of every problem reported.
    pub lang: Lang,
    pub jobs: usize,
}

/// What the command line asks for: a run, or the help text.
pub enum Parsed {
    Run(Args),
    Help,
}

fn number<T: std::str::FromStr + PartialOrd>(
    flag: &str,
    v: String,
    range: std::ops::RangeInclusive<T>,
    expected: &str,
) -> Result<T, String> {
    v.parse()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or(format!("{flag}: {expected}, not {v:?}"))
}

pub fn parse(mut it: impl Iterator<Item = String>) -> Result<Parsed, String> {
    let mut args = Args {
        catalog: String::new(),
        customers: None,
        horizon: proposal_engine::optimize::DEFAULT_HORIZON,
        format: Format::Json,
        authority: 1,
        lang: Lang::ZhCn,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--catalog" => args.catalog = value()?,
            "--customers" => args.customers = Some(value()?),
            "--horizon" => args.horizon = number(&flag, value()?, 1..=120, "1 to 120 months")?,
            "--authority" => args.authority = number(&flag, value()?, 1..=3, "1, 2 or 3")?,
            "--jobs" => args.jobs = number(&flag, value()?, 1..=256, "1 to 256")?,
            "--format" => {
                args.format = match value()?.as_str() {
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    other => return Err(format!("--format: json or csv, not {other:?}")),
                }
            }
            "--lang" => {
                args.lang = match value()?.as_str() {
                    "zh" => Lang::ZhCn,
                    "en" => Lang::En,
                    other => return Err(format!("--lang: zh or en, not {other:?}")),
                }
            }
            "-h" | "--help" => return Ok(Parsed::Help),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if args.catalog.is_empty() {
        return Err("--catalog FILE is required".into());
    }
    Ok(Parsed::Run(args))
}
