//! A campaign's customer list as CSV, one row per line of a customer; rows
//! of the same customer_id form one customer. Errors name the line and field.
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{Cluster, CurrentContract, Line, Segment, Usage};
use proposal_engine::{Bps, Customer, Money};

use super::Entry;

const HEADER: [&str; 15] = [
    "customer_id",
    "customer_name",
    "segment",
    "cluster",
    "tenure_months",
    "kind",
    "current_monthly_fee",
    "domestic_min",
    "long_distance_min",
    "data_gb",
    "sms",
    "own_calls_pct",
    "min_speed_mbps",
    "months_left",
    "exit_fee",
];

fn number(field: &str, v: &str) -> Result<u32, String> {
    v.trim()
        .parse()
        .map_err(|_| format!("field {field}: not a whole number: {v:?}"))
}

fn money(field: &str, v: &str) -> Result<Money, String> {
    if v.trim().is_empty() {
        return Ok(Money::ZERO);
    }
    Money::parse_yuan(v).map_err(|_| format!("field {field}: not an amount: {v:?}"))
}

fn gigabytes(v: &str) -> Result<u32, String> {
    let bad = || format!("field data_gb: not a number of GB: {v:?}");
    let (w, f) = v.trim().split_once('.').unwrap_or((v.trim(), ""));
    if f.len() > 2 || !w.chars().chain(f.chars()).all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let whole: u32 = if w.is_empty() {
        0
    } else {
        w.parse().map_err(|_| bad())?
    };
    let hundredths: u32 = format!("{f:0<2}").parse().map_err(|_| bad())?;
    Ok(whole
        .saturating_mul(1024)
        .saturating_add((hundredths * 1024 + 50) / 100))
}

fn segment(v: &str, cluster: &str) -> Result<Segment, String> {
    let cluster = match cluster.trim() {
        "street_shop" => Cluster::StreetShop,
        "office_tower" => Cluster::OfficeTower,
        "wholesale_market" => Cluster::WholesaleMarket,
        "industrial_park" => Cluster::IndustrialPark,
        "" | "other" => Cluster::Other,
        other => return Err(format!("field cluster: unknown {other:?}")),
    };
    Ok(match v.trim() {
        "individual" => Segment::Individual,
        "family" => Segment::Family,
        "business" => Segment::Business {
            cluster,
            industry: String::new(),
        },
        "key_account" => Segment::KeyAccount {
            industry: String::new(),
        },
        other => return Err(format!("field segment: unknown {other:?}")),
    })
}

fn kind(v: &str) -> Result<LineKind, String> {
    match v.trim() {
        "mobile" => Ok(LineKind::Mobile),
        "landline" => Ok(LineKind::Landline),
        "broadband" => Ok(LineKind::Broadband),
        other => Err(format!("field kind: unknown {other:?}")),
    }
}

/// One row: its customer id, the customer's fields, and the line.
fn row(cells: &[&str]) -> Result<(String, Customer, Line), String> {
    if cells.len() != HEADER.len() {
        return Err(format!(
            "has {} fields, expected {}",
            cells.len(),
            HEADER.len()
        ));
    }
    let line = Line {
        kind: kind(cells[5])?,
        label: String::new(),
        current_monthly_fee: money("current_monthly_fee", cells[6])?,
        usage: Usage {
            domestic_min: number("domestic_min", cells[7])?,
            long_distance_min: number("long_distance_min", cells[8])?,
            data_mb: gigabytes(cells[9])?,
            sms: number("sms", cells[10])?,
            own_calls: Bps(number("own_calls_pct", cells[11])?.min(100) * 100),
            min_speed_mbps: number("min_speed_mbps", cells[12])?,
        },
        features: Vec::new(),
        wants_handset: None,
    };
    let customer = Customer {
        name: cells[1].trim().to_string(),
        segment: segment(cells[2], cells[3])?,
        tenure_months: number("tenure_months", cells[4])?,
        lines: Vec::new(),
        account_features: Vec::new(),
        current_account_fee: Money::ZERO,
        contract: CurrentContract {
            months_left: number("months_left", cells[13])?,
            exit_fee: money("exit_fee", cells[14])?,
        },
    };
    Ok((cells[0].trim().to_string(), customer, line))
}

/// The customers of a CSV list, and a message for each bad row.
pub fn read(text: &str) -> (Vec<Entry>, Vec<String>) {
    let mut entries: Vec<Entry> = Vec::new();
    let mut errors = Vec::new();
    let mut bad_ids: Vec<String> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let number = n + 1;
        if raw.trim().is_empty() || (n == 0 && raw.starts_with("customer_id")) {
            continue;
        }
        let cells: Vec<&str> = raw.split(',').collect();
        match row(&cells) {
            Ok((id, customer, line)) => match entries.iter_mut().find(|e| e.id == id) {
                Some(e) => e.customer.lines.push(line),
                None => entries.push(Entry {
                    id,
                    customer: Customer {
                        lines: vec![line],
                        ..customer
                    },
                }),
            },
            Err(e) => {
                errors.push(format!("line {number}, {e}"));
                bad_ids.push(cells[0].trim().to_string());
            }
        }
    }
    // A customer with a bad row is not proposed for on partial data.
    entries.retain(|e| !bad_ids.contains(&e.id));
    (entries, errors)
}
