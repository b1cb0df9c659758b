//! Quick starts for the usual cases at the counter, and the spend-band path
//! where the rep knows only the monthly bill: its usage estimated by the
//! engine from the spend band (`customer::estimate`).
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::Cluster;
use proposal_engine::Money;

use super::intake::{IntakeDraft, LineDraft, LineField, SegmentChoice};
use proposal_engine::customer::UsageField;

/// A usual case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// Three mobiles and broadband.
    Family,
    /// One landline and four staff mobiles with heavy long distance.
    StreetShop,
    /// An office of 40 lines: 4 landlines, 35 mobiles, broadband.
    Office,
}

fn mobile(id: u32, fee: &str, minutes: u32, ld: u32, gb: &str, own: u32) -> LineDraft {
    line(id, LineKind::Mobile, fee, minutes, ld)
        .with(LineField::Usage(UsageField::DataMb), gb)
        .with(LineField::Usage(UsageField::OwnCalls), own.to_string())
}

fn line(id: u32, kind: LineKind, fee: &str, minutes: u32, ld: u32) -> LineDraft {
    LineDraft {
        fee: fee.into(),
        ..LineDraft::new(id, kind)
    }
    .with(
        LineField::Usage(UsageField::DomesticMin),
        minutes.to_string(),
    )
    .with(
        LineField::Usage(UsageField::LongDistanceMin),
        ld.to_string(),
    )
}

fn broadband(id: u32, fee: &str, speed: u32) -> LineDraft {
    LineDraft {
        fee: fee.into(),
        ..LineDraft::new(id, LineKind::Broadband)
    }
    .with(
        LineField::Usage(UsageField::MinSpeedMbps),
        speed.to_string(),
    )
}

/// The intake a preset starts from.
pub fn preset(p: Preset) -> IntakeDraft {
    let (segment, cluster, lines) = match p {
        Preset::Family => (
            SegmentChoice::Family,
            None,
            vec![
                mobile(0, "128", 800, 0, "30", 30),
                mobile(1, "88", 400, 0, "20", 40),
                mobile(2, "58", 150, 0, "8", 50),
                broadband(3, "100", 300),
            ],
        ),
        Preset::StreetShop => {
            let mut lines = vec![line(0, LineKind::Landline, "80", 900, 400)];
            lines.extend((1..5).map(|i| mobile(i, "98", 700, 300, "5", 35)));
            (SegmentChoice::Business, Some(Cluster::StreetShop), lines)
        }
        Preset::Office => {
            let mut lines: Vec<LineDraft> = (0..4)
                .map(|i| line(i, LineKind::Landline, "50", 600, 100))
                .collect();
            lines.extend((4..39).map(|i| mobile(i, "98", 600, 50, "20", 25)));
            lines.push(broadband(39, "300", 500));
            (SegmentChoice::Business, Some(Cluster::OfficeTower), lines)
        }
    };
    let next_id = lines.len() as u32;
    IntakeDraft {
        segment,
        cluster,
        tenure_years: "3".into(),
        lines,
        next_id,
        ..IntakeDraft::default()
    }
}

/// Lines from the total monthly bill and the number of mobiles: the bill
/// split over them, their minutes and data left blank, so the engine
/// estimates them from each line's fee (the spend band) and says so.
pub fn from_spend(total: Money, mobiles: u32) -> IntakeDraft {
    let mobiles = mobiles.clamp(1, 200);
    let per_line = total.per(mobiles);
    let fee = proposal_engine::figures::yuan_plain(per_line);
    let lines: Vec<LineDraft> = (0..mobiles)
        .map(|i| {
            LineDraft {
                fee: fee.clone(),
                ..LineDraft::new(i, LineKind::Mobile)
            }
            .with(LineField::Usage(UsageField::OwnCalls), "20")
        })
        .collect();
    IntakeDraft {
        tenure_years: "1".into(),
        next_id: mobiles,
        lines,
        ..IntakeDraft::default()
    }
}
