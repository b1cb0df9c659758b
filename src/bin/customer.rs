//! Browser entry point of a shared link on the customer's phone
//! (`customer.html`): its own wasm, so the phone loads neither the counter,
//! nor the printable proposal, nor the editor.
fn main() {
    proposal_app::run_customer();
}
