//! A route served by the other entry point (the reps' app or the managers'
//! tables): moves there with the same `#/…` fragment, so links, the back
//! button and the tablet link for new tables keep working across the two.
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ElsewhereProps {
    /// The page that serves this route, e.g. `tables.html`.
    pub page: AttrValue,
}

#[component]
pub fn Elsewhere(props: &ElsewhereProps) -> Html {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let target = format!("{}{}", props.page, hash);
    {
        let target = target.clone();
        use_effect_with((), move |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().replace(&target);
            }
        });
    }
    html! {
        <main class="page"><p><a href={target}>{ "…" }</a></p></main>
    }
}
