//! Browser entry point: Trunk builds this binary into the wasm bundle.
fn main() {
    proposal_app::run();
}
