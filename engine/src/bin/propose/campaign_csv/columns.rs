//! The columns of a campaign list, found by their header name in any order.
use proposal_engine::customer::UsageField;

/// A column of the list.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Col {
    Id,
    Name,
    Segment,
    Cluster,
    Tenure,
    Kind,
    Fee,
    /// One per usage quantity of the engine's table, in its order.
    Usage(UsageField),
    MonthsLeft,
    ExitFee,
    /// Optional: blank or missing is this operator.
    Origin,
    /// Optional (issue 15): per-line add-on ids, `;` between them.
    Services,
    /// Optional: per-account add-on ids, `;` between them (customer-level).
    AccountServices,
    /// Optional: a handset id.
    Handset,
    /// Optional: `contract` (blank) or `outright`.
    HandsetMode,
    /// Optional: how many identical lines the row stands for (blank: 1).
    Count,
    /// Optional: `yes` (this operator) or `no` (another); overrides `origin`.
    WithUs,
    /// Optional: the name of the plan the line is on today.
    CurrentPlan,
    /// Optional: what the account pays today for extras (customer-level).
    CurrentAccountFee,
}

impl Col {
    pub(super) fn name(self) -> &'static str {
        match self {
            Col::Id => "customer_id",
            Col::Name => "customer_name",
            Col::Segment => "segment",
            Col::Cluster => "cluster",
            Col::Tenure => "tenure_months",
            Col::Kind => "kind",
            Col::Fee => "current_monthly_fee",
            Col::Usage(f) => f.spec().csv,
            Col::MonthsLeft => "months_left",
            Col::ExitFee => "exit_fee",
            Col::Origin => "origin",
            Col::Services => "services",
            Col::AccountServices => "account_services",
            Col::Handset => "handset",
            Col::HandsetMode => "handset_mode",
            Col::Count => "count",
            Col::WithUs => "with_us",
            Col::CurrentPlan => "current_plan",
            Col::CurrentAccountFee => "current_account_fee",
        }
    }

    pub(super) fn required(self) -> bool {
        !OPTIONAL.contains(&self)
    }
}

/// Every column, in the order the header is documented.
pub(super) fn columns() -> Vec<Col> {
    let head = [
        Col::Id,
        Col::Name,
        Col::Segment,
        Col::Cluster,
        Col::Tenure,
        Col::Kind,
        Col::Fee,
    ];
    head.into_iter()
        .chain(UsageField::ALL.map(Col::Usage))
        .chain([Col::MonthsLeft, Col::ExitFee])
        .chain(OPTIONAL)
        .collect()
}

/// The columns a file may leave out (older files have none of them).
const OPTIONAL: [Col; 9] = [
    Col::Origin,
    Col::Services,
    Col::AccountServices,
    Col::Handset,
    Col::HandsetMode,
    Col::Count,
    Col::WithUs,
    Col::CurrentPlan,
    Col::CurrentAccountFee,
];

/// The required columns' names, as the header line lists them.
pub(super) fn header_names() -> Vec<&'static str> {
    columns()
        .into_iter()
        .filter(|c| c.required())
        .map(Col::name)
        .collect()
}

/// The customer-level cells a customer's rows must agree on.
pub(super) const SHARED: [Col; 8] = [
    Col::Name,
    Col::Segment,
    Col::Cluster,
    Col::Tenure,
    Col::MonthsLeft,
    Col::ExitFee,
    Col::AccountServices,
    Col::CurrentAccountFee,
];
