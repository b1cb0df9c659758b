//! An alternative's title: the items it orders, counted ("A ×2 + B").
use crate::catalog::Catalog;
use crate::pricing::{Assignment, Proposal};
use crate::text::{Lang, Text};

use super::item_name;

pub(super) fn title(catalog: &Catalog, proposal: &Proposal) -> Text {
    let mut parts: Vec<(Text, u32)> = Vec::new();
    let mut add = |t: &Text| match parts.iter_mut().find(|(x, _)| x == t) {
        Some((_, n)) => *n += 1,
        None => parts.push((t.clone(), 1)),
    };
    if let Some(b) = &proposal.bundle {
        for _ in 0..proposal.instances() {
            add(item_name(catalog, b));
        }
    }
    for c in &proposal.lines {
        match &c.assignment {
            Assignment::Plan { plan } => add(item_name(catalog, plan)),
            Assignment::Keep => add(&Text::new("保留原套餐", "current plan")),
            Assignment::Member { .. } => {}
        }
    }
    let join = |lang: Lang| {
        parts
            .iter()
            .map(|(t, n)| {
                if *n > 1 {
                    format!("{} ×{n}", t.get(lang))
                } else {
                    t.get(lang).to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    Text::new(join(Lang::ZhCn), join(Lang::En))
}
