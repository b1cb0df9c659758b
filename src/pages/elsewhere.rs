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
    let target = format!("{}{}", props.page, crate::browser::fragment());
    {
        let target = target.clone();
        use_effect_with((), move |_| crate::browser::replace_page(&target));
    }
    html! {
        <main class="page"><p><a href={target}>{ "…" }</a></p></main>
    }
}
