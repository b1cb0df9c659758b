//! Browser entry point of the managers' tables (`tables.html`): its own wasm,
//! so reps and customers never download the editor.
fn main() {
    proposal_app::run_tables();
}
