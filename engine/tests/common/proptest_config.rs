//! Proptest settings shared by the engine's property tests; apart from
//! `common/mod.rs` because the app's wasm benchmark includes that file and
//! has no proptest.
/// Proptest settings for `cases` cases whose failures are saved beside the
/// test file (`tests/NAME.proptest-regressions`, committed) and replayed
/// first on every later run. Proptest's default looks for a `lib.rs` next to
/// the test and, finding none in `tests/`, saves nothing.
pub fn cases(cases: u32) -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        ..proptest::test_runner::Config::default()
    }
}
