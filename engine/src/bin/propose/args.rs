//! Command-line arguments.

pub const USAGE: &str = "usage: propose --catalog FILE [--customers FILE.csv|FILE.json] [--horizon N] [--format json|csv] [--authority 1|2|3]

Without --customers, one customer is read as JSON from stdin (the engine's Customer).
A CSV list has one row per line of a customer, with this header:
customer_id,customer_name,segment,cluster,tenure_months,kind,current_monthly_fee,domestic_min,long_distance_min,data_gb,sms,own_calls_pct,min_speed_mbps,months_left,exit_fee
  segment: individual|family|business|key_account   cluster: street_shop|office_tower|wholesale_market|industrial_park|other
  kind: mobile|landline|broadband   money in yuan (128.50)   data in GB (2.5)";

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
}

pub fn parse(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args {
        catalog: String::new(),
        customers: None,
        horizon: 24,
        format: Format::Json,
        authority: 1,
    };
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--catalog" => args.catalog = value()?,
            "--customers" => args.customers = Some(value()?),
            "--horizon" => {
                args.horizon = value()?
                    .parse()
                    .ok()
                    .filter(|h| (1..=120).contains(h))
                    .ok_or("--horizon: 1 to 120 months")?
            }
            "--authority" => {
                args.authority = value()?
                    .parse()
                    .ok()
                    .filter(|a| (1..=3).contains(a))
                    .ok_or("--authority: 1, 2 or 3")?
            }
            "--format" => {
                args.format = match value()?.as_str() {
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    other => return Err(format!("--format: json or csv, not {other}")),
                }
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if args.catalog.is_empty() {
        return Err("--catalog FILE is required".into());
    }
    Ok(args)
}
