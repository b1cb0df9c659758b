//! Build-time prerender of the counter (`index.html`'s first paint): Yew's
//! server renderer draws the reps' app as a new device opens it (no stored
//! customer, the Chinese UI), so the page paints the real counter before the
//! wasm arrives, and the app's first render draws the same boxes in its place
//! (`scripts/prerender.mjs` puts it into `dist/index.html`). Native only.
fn main() {
    let html = futures::executor::block_on(
        yew::ServerRenderer::<proposal_app::app::App>::new()
            .hydratable(false)
            .render(),
    );
    print!("{html}");
}
