//! The cells that take one of a few words (segment, cluster, line kind): an
//! unknown word is named with the words the column takes, in both languages.
use proposal_engine::catalog::LineKind;
use proposal_engine::customer::{Cluster, Segment};
use proposal_engine::Text;

use super::cells::Row;
use super::columns::Col;

/// `unknown "x" (a, b or c)`, said in both languages.
fn unknown(value: &str, words: &[&str]) -> Text {
    let (last, rest) = words.split_last().expect("a column takes some word");
    Text::new(
        format!("无法识别 {value:?}（应为 {} 或 {last}）", rest.join("、")),
        format!("unknown {value:?} ({} or {last})", rest.join(", ")),
    )
}

impl Row<'_> {
    pub(super) fn segment(&mut self) -> Segment {
        let cluster = match self.cell(Col::Cluster) {
            "street_shop" => Cluster::StreetShop,
            "office_tower" => Cluster::OfficeTower,
            "wholesale_market" => Cluster::WholesaleMarket,
            "industrial_park" => Cluster::IndustrialPark,
            "" | "other" => Cluster::Other,
            other => {
                let words = [
                    "street_shop",
                    "office_tower",
                    "wholesale_market",
                    "industrial_park",
                    "other",
                ];
                let m = unknown(other, &words);
                self.bad(Col::Cluster, m);
                Cluster::Other
            }
        };
        match self.cell(Col::Segment) {
            "individual" => Segment::Individual,
            "family" => Segment::Family,
            "business" => Segment::Business {
                cluster,
                industry: String::new(),
            },
            "key_account" => Segment::KeyAccount {
                industry: String::new(),
            },
            other => {
                let words = ["individual", "family", "business", "key_account"];
                let m = unknown(other, &words);
                self.bad(Col::Segment, m);
                Segment::Individual
            }
        }
    }

    pub(super) fn kind(&mut self) -> LineKind {
        match self.cell(Col::Kind) {
            "mobile" => LineKind::Mobile,
            "landline" => LineKind::Landline,
            "broadband" => LineKind::Broadband,
            other => {
                let m = unknown(other, &["mobile", "landline", "broadband"]);
                self.bad(Col::Kind, m);
                LineKind::Mobile
            }
        }
    }
}
