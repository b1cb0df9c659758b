//! The shape of a golden case file, and how an expected proposal is
//! compared with the engine's. Lines are written the way a rep reads them:
//! `"keep"`, a plan id (`"plan.m-29"`), or `"member#0"` (instance 0 of the
//! proposal's bundle), each followed by its packs (`"plan.m-19+addon.ld-500"`).
//! `"member#*"` is a member of any instance, for lines that cost the same in
//! every instance (which instance gets them is the engine's choice); the
//! number of instances is then stated in `instances`.
use proposal_engine::{Assignment, Customer, Options, Priced, Proposal};
use serde::Deserialize;

/// One golden customer.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Who this is and why the case is in the set.
    pub about: String,
    /// Set while the case depends on a rule not yet in main: the case is
    /// skipped and counted as pending.
    #[serde(default)]
    pub pending: Option<String>,
    #[serde(default)]
    pub options: Options,
    pub customer: Customer,
    pub expected: Expected,
    /// The hand arithmetic behind every expected figure, one step a string.
    pub arithmetic: Vec<String>,
}

/// What the hand pricing says.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// Keeping everything over the horizon (today's bill), fen.
    pub keep_total: i64,
    /// The recommendation; `null`: keep what you have.
    pub recommended: Option<Spec>,
    /// The cheapest changed proposal, when it is not the recommendation.
    #[serde(default)]
    pub cheapest: Option<Spec>,
    /// Proposals priced by hand as stated, e.g. a named alternative.
    #[serde(default)]
    pub named: Vec<Named>,
}

/// An expected proposal and its figures (fen).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    pub bundle: Option<String>,
    pub promotions: Vec<String>,
    pub lines: Vec<String>,
    #[serde(default = "one")]
    pub start_month: u32,
    /// Bundle instances, when lines are written `member#*`.
    #[serde(default)]
    pub instances: Option<u32>,
    pub total: i64,
    /// Month 1's bill (one-offs aside).
    pub first_month: i64,
    /// Keeping's total minus this total.
    pub saving: i64,
}

fn one() -> u32 {
    1
}

/// A whole proposal written out, priced by hand.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub name: String,
    pub proposal: Proposal,
    pub total: i64,
    pub first_month: i64,
    pub saving: i64,
}

/// A line choice as the case files write it.
fn line(a: &proposal_engine::LineChoice) -> String {
    let mut s = match &a.assignment {
        Assignment::Keep => "keep".to_string(),
        Assignment::Plan { plan } => plan.0.clone(),
        Assignment::Member { instance } => format!("member#{instance}"),
    };
    for p in &a.packs {
        s.push('+');
        s.push_str(&p.0);
    }
    s
}

/// A proposal in one line, for messages.
pub fn describe(p: &Proposal, keep: bool) -> String {
    if keep {
        return "keep".into();
    }
    let lines: Vec<String> = p.lines.iter().map(line).collect();
    format!("{:?} {:?} [{}]", p.bundle, p.promotions, lines.join(", "))
}

type Eq<'a> = dyn FnMut(&str, String, String) + 'a;

impl Spec {
    /// Compares the engine's proposal and its pricing with this one.
    pub fn compare(&self, what: &str, p: &Proposal, priced: &Priced, eq: &mut Eq) {
        let got_bundle = p.bundle.as_ref().map(|b| b.0.clone());
        eq(
            &format!("{what} bundle"),
            format!("{:?}", self.bundle),
            format!("{got_bundle:?}"),
        );
        let mut want: Vec<_> = self.promotions.clone();
        let mut got: Vec<_> = p.promotions.iter().map(|x| x.0.clone()).collect();
        want.sort();
        got.sort();
        eq(
            &format!("{what} promotions"),
            format!("{want:?}"),
            format!("{got:?}"),
        );
        let got: Vec<String> = p
            .lines
            .iter()
            .zip(self.lines.iter().chain(std::iter::repeat(&String::new())))
            .map(|(l, want)| {
                let got = line(l);
                let any = want.starts_with("member#*") && got.starts_with("member#");
                let packs = |s: &str| s.split_once('+').map(|(_, p)| p.to_string());
                if any && packs(want) == packs(&got) {
                    want.clone()
                } else {
                    got
                }
            })
            .collect();
        if let Some(n) = self.instances {
            eq(
                &format!("{what} instances"),
                n.to_string(),
                p.instances().to_string(),
            );
        }
        eq(
            &format!("{what} lines"),
            format!("{:?}", self.lines),
            format!("{got:?}"),
        );
        eq(
            &format!("{what} start month"),
            self.start_month.to_string(),
            p.start_month.to_string(),
        );
        figures(
            what,
            (self.total, self.first_month, self.saving),
            priced,
            eq,
        );
    }

    /// A named proposal's figures.
    pub fn compare_totals(what: &str, n: &Named, priced: &Priced, eq: &mut Eq) {
        figures(what, (n.total, n.first_month, n.saving), priced, eq);
    }
}

fn figures(what: &str, (total, first, saving): (i64, i64, i64), priced: &Priced, eq: &mut Eq) {
    eq(
        &format!("{what} total"),
        total.to_string(),
        priced.total.0.to_string(),
    );
    let month1 = priced.months.first().map_or(0, |m| m.bill.0);
    eq(
        &format!("{what} month 1"),
        first.to_string(),
        month1.to_string(),
    );
    eq(
        &format!("{what} saving"),
        saving.to_string(),
        priced.savings.horizon.0.to_string(),
    );
}

/// Every case file, sorted by name so failures read in a stable order.
pub fn cases() -> Vec<(String, Case)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            let case: Case = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{name}.json is not a golden case: {e}"));
            (name, case)
        })
        .collect()
}
