//! One row's cells read as the engine's values; each bad cell is noted with
//! its column and a message in Chinese and English, and read as 0 (its
//! customer is left out, so the 0 is never proposed for).
use proposal_engine::customer::{HandsetMode, LineOrigin, Measure, UsageField};
use proposal_engine::figures::limits::MAX_OWN_CALLS;
use proposal_engine::figures::parse_line_count;
use proposal_engine::figures::{blank_is_zero, parse_count, parse_data, parse_percent, DataUnit};
use proposal_engine::ItemId;
use proposal_engine::{Bps, Money, Text};

use super::columns::Col;

/// The cells of one row, and the problems found reading them.
pub(super) struct Row<'a> {
    /// Each column's cell; an optional column missing from the file is blank.
    pub(super) cells: Vec<(Col, &'a str)>,
    pub(super) problems: Vec<(Col, Text)>,
}

impl Row<'_> {
    pub(super) fn cell(&self, col: Col) -> &str {
        self.cells
            .iter()
            .find(|(c, _)| *c == col)
            .map_or("", |(_, v)| v.trim())
    }

    pub(super) fn bad(&mut self, col: Col, message: Text) {
        self.problems.push((col, message));
    }

    /// A usage quantity, read as its measure is typed (limits are the
    /// validator's, reported at the same column).
    pub(super) fn usage(&mut self, f: UsageField) -> u32 {
        let col = Col::Usage(f);
        match f.spec().measure {
            Measure::Minutes | Measure::Count | Measure::Mbps => self.number(col),
            Measure::Data => self.gigabytes(col),
            Measure::Percent => self.percent(col).0,
        }
    }

    pub(super) fn origin(&mut self) -> LineOrigin {
        let v = self.cell(Col::Origin).to_string();
        LineOrigin::from_text(&v).unwrap_or_else(|| {
            let m = Text::new(
                format!("无法识别 {v:?}（应为 本网、异网 或 新装；或 this_operator、other_operator、new）"),
                format!("unknown {v:?} (本网, 异网 or 新装; this_operator, other_operator or new)"),
            );
            self.bad(Col::Origin, m);
            LineOrigin::ThisOperator
        })
    }

    /// Item ids separated by `;` (blank: none).
    pub(super) fn ids(&self, col: Col) -> Vec<ItemId> {
        self.cell(col)
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(ItemId::new)
            .collect()
    }

    pub(super) fn handset_mode(&mut self) -> HandsetMode {
        let v = self.cell(Col::HandsetMode).to_string();
        HandsetMode::from_text(&v).unwrap_or_else(|| {
            let m = Text::new(
                format!("无法识别 {v:?}（应为 contract 或 outright）"),
                format!("unknown {v:?} (contract or outright)"),
            );
            self.bad(Col::HandsetMode, m);
            HandsetMode::Contract
        })
    }

    /// `with_us` (`yes` / `no`) when given, else the `origin` column.
    pub(super) fn origin_with_us(&mut self) -> LineOrigin {
        let origin = self.origin();
        match self.cell(Col::WithUs).to_lowercase().as_str() {
            "" => origin,
            "yes" | "是" | "本网" => LineOrigin::ThisOperator,
            "no" | "否" | "异网" => LineOrigin::OtherOperator,
            other => {
                let m = Text::new(
                    format!("无法识别 {other:?}（应为 yes 或 no）"),
                    format!("unknown {other:?} (yes or no)"),
                );
                self.bad(Col::WithUs, m);
                origin
            }
        }
    }

    /// How many identical lines the row stands for: 1 to the line limit.
    pub(super) fn count(&mut self) -> usize {
        let v = self.cell(Col::Count).to_string();
        match parse_line_count(&v) {
            Ok(n) => n as usize,
            Err(p) => {
                let m = p.message_for(&v);
                self.bad(Col::Count, m);
                1
            }
        }
    }

    /// A whole number; blank is 0.
    pub(super) fn number(&mut self, col: Col) -> u32 {
        let v = self.cell(col);
        match blank_is_zero(v, |v| parse_count(v, u32::MAX)) {
            Ok(n) => n,
            Err(_) => {
                let m = Text::new(
                    format!("不是整数：{v:?}"),
                    format!("not a whole number: {v:?}"),
                );
                self.bad(col, m);
                0
            }
        }
    }

    /// Yuan, `128.50`; blank is 0 unless `required`.
    pub(super) fn money(&mut self, col: Col, required: bool) -> Money {
        let v = self.cell(col).to_string();
        if v.is_empty() && !required {
            return Money::ZERO;
        }
        match Money::parse_yuan(&v) {
            Ok(m) => m,
            Err(_) if v.is_empty() => {
                let m = Text::new(
                    "请填写以元为单位的金额（如 128.50）",
                    "enter an amount in yuan (e.g. 128.50)",
                );
                self.bad(col, m);
                Money::ZERO
            }
            Err(_) => {
                let m = Text::new(
                    format!("不是金额：{v:?}（以元为单位，如 128.50）"),
                    format!("not an amount: {v:?} (yuan, e.g. 128.50)"),
                );
                self.bad(col, m);
                Money::ZERO
            }
        }
    }

    /// GB as the engine reads typed data (up to 3 decimals, or `512 MB`);
    /// blank is 0.
    fn gigabytes(&mut self, col: Col) -> u32 {
        let v = self.cell(col);
        match blank_is_zero(v, |v| parse_data(v, DataUnit::Gb)) {
            Ok(mb) => mb,
            Err(_) => {
                let m = Text::new(
                    format!("不是以 GB 计的流量：{v:?}"),
                    format!("not a number of GB: {v:?}"),
                );
                self.bad(col, m);
                0
            }
        }
    }

    /// A percentage (`35`, `35%`, `12.5`), 0 to 100, as basis points.
    fn percent(&mut self, col: Col) -> Bps {
        let v = self.cell(col);
        match blank_is_zero(v, |v| parse_percent(v, Bps(u32::MAX))) {
            Ok(bps) if bps <= MAX_OWN_CALLS => bps,
            Ok(_) => {
                let m = Text::new(
                    format!("百分比最多为 100：{v:?}"),
                    format!("a percentage is at most 100: {v:?}"),
                );
                self.bad(col, m);
                Bps(0)
            }
            Err(_) => {
                let m = Text::new(
                    format!("不是百分比：{v:?}"),
                    format!("not a percentage: {v:?}"),
                );
                self.bad(col, m);
                Bps(0)
            }
        }
    }
}
