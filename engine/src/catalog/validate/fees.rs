//! Checks of a one-off fee's rule of who pays it (`line_kinds`, `origins`):
//! each kind and origin named once, and origins only with kinds (a fee for
//! no kind is a bundle instance's, which has no origin to check).
use crate::catalog::Catalog;
use crate::problem::Problems;

fn repeats<T: PartialEq>(xs: &[T]) -> bool {
    xs.iter().enumerate().any(|(i, x)| xs[..i].contains(x))
}

pub(super) fn fees(catalog: &Catalog, p: &mut Problems) {
    for (i, fee) in catalog.fees.iter().enumerate() {
        let at = |f: &str| format!("fees[{i}].{f}");
        p.check(
            repeats(&fee.line_kinds),
            || at("line_kinds"),
            "同一线路类型重复",
            "names a line kind twice",
        );
        p.check(
            repeats(&fee.origins),
            || at("origins"),
            "同一来源重复",
            "names an origin twice",
        );
        p.check(
            !fee.origins.is_empty() && fee.line_kinds.is_empty(),
            || at("origins"),
            "按线路来源收取的费用须注明线路类型（未注明类型的费用在融合套餐中按套收取，没有线路来源）",
            "a fee by line origin must name its line kinds (a fee for no kind is charged once per bundle instance, which has no origin)",
        );
    }
}
