//! Browser entry point of the printable proposal (`proposal.html`): its own
//! wasm, so the counter and a customer's phone load without it.
fn main() {
    proposal_app::run_proposal();
}
