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
        }
    }

    pub(super) fn required(self) -> bool {
        self != Col::Origin
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
        .chain([Col::MonthsLeft, Col::ExitFee, Col::Origin])
        .collect()
}

/// The required columns' names, as the header line lists them.
pub(super) fn header_names() -> Vec<&'static str> {
    columns()
        .into_iter()
        .filter(|c| c.required())
        .map(Col::name)
        .collect()
}

/// The customer-level cells a customer's rows must agree on.
pub(super) const SHARED: [Col; 6] = [
    Col::Name,
    Col::Segment,
    Col::Cluster,
    Col::Tenure,
    Col::MonthsLeft,
    Col::ExitFee,
];
