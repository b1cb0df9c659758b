//! The contracts a proposal signs the customer up to, each with its term
//! and early-exit fee, so the cost of leaving is stated beside the saving.
use serde::{Deserialize, Serialize};

use crate::catalog::{Catalog, ItemId};
use crate::customer::Customer;
use crate::money::Money;
use crate::pricing::{Assignment, Proposal};
use crate::text::Text;

/// One contract: a plan, bundle or handset with a minimum term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractTerm {
    pub name: Text,
    pub months: u32,
    pub exit_fee: Money,
}

/// Every item with a contract term, each once, in proposal order.
pub fn contracts(catalog: &Catalog, customer: &Customer, proposal: &Proposal) -> Vec<ContractTerm> {
    let mut seen: Vec<ItemId> = Vec::new();
    let mut out = Vec::new();
    let mut push = |id: &ItemId, found: Option<(Text, u32, Money)>| {
        if let Some((name, months, exit_fee)) = found.filter(|f| f.1 > 0) {
            if !seen.contains(id) {
                out.push(ContractTerm {
                    name,
                    months,
                    exit_fee,
                });
            }
        }
        seen.push(id.clone());
    };
    for (c, l) in proposal.lines.iter().zip(&customer.lines) {
        if let Assignment::Plan { plan } = &c.assignment {
            push(
                plan,
                catalog
                    .plan(plan)
                    .map(|p| (p.name.clone(), p.contract_months, p.early_exit_fee)),
            );
        }
        if let (Some(h), true, false, crate::customer::HandsetMode::Contract) = (
            &l.wants_handset,
            proposal.include_handsets,
            c.assignment == Assignment::Keep,
            l.handset_mode,
        ) {
            push(
                h,
                catalog
                    .handset(h)
                    .map(|x| (x.name.clone(), x.contract_months, x.early_exit_fee)),
            );
        }
    }
    if let Some(b) = &proposal.bundle {
        push(
            b,
            catalog
                .bundle(b)
                .map(|x| (x.name.clone(), x.contract_months, x.early_exit_fee)),
        );
    }
    out
}
