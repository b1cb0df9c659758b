//! A proposal: where each of the customer's lines goes, which bundle (one
//! type per account, 一户一种融合套餐), which promotions. Priced by `price`.
use serde::{Deserialize, Serialize};

use crate::catalog::ItemId;

/// Where one line goes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "to", rename_all = "snake_case")]
pub enum Assignment {
    /// Stays on its current plan at its current fee.
    Keep,
    /// Onto a plan of its kind.
    Plan { plan: ItemId },
    /// Into instance `instance` (0-based) of the proposal's bundle.
    Member { instance: u32 },
}

/// One line's choice: where it goes and which packs it takes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LineChoice {
    pub assignment: Assignment,
    #[serde(default)]
    pub packs: Vec<ItemId>,
}

/// The whole proposal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Proposal {
    /// One choice per customer line, in the intake's order.
    pub lines: Vec<LineChoice>,
    /// The bundle that `Member` lines join.
    #[serde(default)]
    pub bundle: Option<ItemId>,
    #[serde(default)]
    pub promotions: Vec<ItemId>,
    /// Whether wanted handsets are part of the comparison.
    #[serde(default = "yes")]
    pub include_handsets: bool,
    /// The month the changed lines start on their new packages: 1 is now;
    /// later is at the current contract's end (no exit fee, today's bill
    /// until then). Promotions' months count from this month.
    #[serde(default = "month_one")]
    pub start_month: u32,
}

fn month_one() -> u32 {
    1
}

fn yes() -> bool {
    true
}

impl Proposal {
    /// "Keep what you have": every line stays.
    pub fn keep_all(lines: usize) -> Proposal {
        Proposal {
            lines: vec![
                LineChoice {
                    assignment: Assignment::Keep,
                    packs: Vec::new()
                };
                lines
            ],
            bundle: None,
            promotions: Vec::new(),
            include_handsets: true,
            start_month: 1,
        }
    }

    pub fn is_keep_all(&self) -> bool {
        self.lines.iter().all(|l| l.assignment == Assignment::Keep)
    }

    /// The lines moved onto the operator's packages (a plan or a bundle):
    /// what a volume tier with `lines_counted: moved` counts.
    pub fn moved_lines(&self) -> u32 {
        self.lines
            .iter()
            .filter(|l| l.assignment != Assignment::Keep)
            .count() as u32
    }

    /// How many bundle instances the proposal uses.
    pub fn instances(&self) -> u32 {
        self.lines
            .iter()
            .filter_map(|l| match l.assignment {
                Assignment::Member { instance } => Some(instance.saturating_add(1)),
                _ => None,
            })
            .max()
            .unwrap_or(0)
    }
}
