//! Command-line arguments.
use proposal_engine::Lang;

pub const USAGE: &str = "\
propose: the cheapest proposal (客户建议书) for one customer or a whole campaign list

usage: propose --catalog FILE [--customers FILE.csv|FILE.json|-] [--horizon N]
               [--format json|csv] [--authority 1|2|3] [--lang zh|en] [--jobs N]
               [--date YYYY-MM-DD]
       propose --catalog FILE --customers FILE --pack DIR [--app-url URL]
               [--expiring-within N] [--date YYYY-MM-DD] [--rep-name NAME] [--rep-phone PHONE]

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
  --date YYYY-MM-DD   the proposals' date (default today, China time): only plans, bundles,
                      add-ons and promotions on sale that day are offered (on_sale_from,
                      on_sale_until); with --pack also the issue date, valid 14 days

Campaign pack (README, section Campaign packs):
  --pack DIR          write DIR/index.html (the summary), DIR/proposals/<customer_id>.html
                      (each printable proposal with its QR code and link), DIR/links.csv
                      and DIR/visits.csv (a blank visit list), instead of printing
  --app-url URL       where the app is served, for the share links (default ./):
                      links open URL/customer.html#/p/<code>
  --expiring-within N only customers whose contract ends within N months (1 to 120),
                      each proposed the switch at the contract's end
  --rep-name NAME, --rep-phone PHONE   the rep printed on every proposal and link

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

CSV output (--format csv): one row per customer, in the list's order:
id,name,recommended,monthly_now,effective_monthly,saving_over_horizon,break_even_month,fragile,start_month,not_cheapest_because
  recommended          the recommendation's title (保留原套餐: keep what you have)
  monthly_now, effective_monthly, saving_over_horizon   yuan (effective: the horizon's
                       total, one-offs included, a month; saving: against keeping)
  break_even_month     the payback month (回本) as the proposal states it: only when
                       month 1 costs more than today (one-offs); blank when it saves
                       from month 1 or keeps; words when it does not pay back in time
  fragile              true when a usage 30% lower or higher would make it cost more
  start_month          the month its packages start (later: at the contract's end)
  not_cheapest_because why the recommendation is not the cheapest, when it is not

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
    /// `--pack DIR` and its options (`pack::`).
    pub pack: Option<String>,
    pub app_url: String,
    pub expiring_within: Option<u32>,
    /// `--date`, or today in China time (UTC+8).
    pub date: proposal_engine::Date,
    pub rep_name: String,
    pub rep_phone: String,
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

/// Today in China Standard Time (UTC+8), the reps' calendar day.
fn today() -> proposal_engine::Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs + 8 * 3_600) / 86_400;
    let epoch = proposal_engine::Date {
        year: 1970,
        month: 1,
        day: 1,
    };
    epoch.add_days(i32::try_from(days).unwrap_or(0))
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
        pack: None,
        app_url: "./".into(),
        expiring_within: None,
        date: today(),
        rep_name: String::new(),
        rep_phone: String::new(),
    };
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--catalog" => args.catalog = value()?,
            "--customers" => args.customers = Some(value()?),
            "--horizon" => args.horizon = number(&flag, value()?, 1..=120, "1 to 120 months")?,
            "--authority" => args.authority = number(&flag, value()?, 1..=3, "1, 2 or 3")?,
            "--jobs" => args.jobs = number(&flag, value()?, 1..=256, "1 to 256")?,
            "--pack" => args.pack = Some(value()?),
            "--app-url" => args.app_url = value()?,
            "--expiring-within" => {
                args.expiring_within = Some(number(&flag, value()?, 1..=120, "1 to 120 months")?)
            }
            "--date" => {
                let v = value()?;
                args.date = proposal_engine::Date::parse(&v)
                    .ok_or(format!("--date: a date YYYY-MM-DD, not {v:?}"))?
            }
            "--rep-name" => args.rep_name = value()?,
            "--rep-phone" => args.rep_phone = value()?,
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
    if args.pack.is_none() && args.expiring_within.is_some() {
        return Err("--expiring-within needs --pack DIR".into());
    }
    if args.pack.is_some() && args.customers.is_none() {
        return Err("--pack DIR needs --customers FILE".into());
    }
    Ok(Parsed::Run(args))
}
