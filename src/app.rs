//! The root component: state provider, hash router, header and the routed page.
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::i18n::html_lang;
use crate::pages::{
    counter::CounterPage, not_found::NotFoundPage, proposal::ProposalPage, shared::SharedPage,
    tables::TablesPage,
};
use crate::route::Route;
use crate::state::catalog::ActiveCatalog;
use crate::state::editor::{Editor, EditorContext};
use crate::state::session::{Session, SessionContext};
use crate::state::{AppContext, AppState};

fn switch(route: Route) -> Html {
    match route {
        Route::Counter => html! { <CounterPage /> },
        Route::Proposal => html! { <ProposalPage /> },
        Route::Tables => html! { <TablesPage /> },
        Route::Shared { code } => html! { <SharedPage code={code} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// The whole app.
#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::restore);
    let session = use_reducer(Session::restore);
    let editor = use_reducer(Editor::restore);
    // The counter prices with the editor's latest valid draft; same `Rc` until it changes.
    let catalog = ActiveCatalog(editor.active.clone());
    let lang = state.lang;
    use_effect_with(lang, |&lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", html_lang(lang));
        }
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<EditorContext> context={editor}>
            <ContextProvider<ActiveCatalog> context={catalog}>
                <ContextProvider<SessionContext> context={session}>
                    <HashRouter>
                        <Header />
                        <Switch<Route> render={switch} />
                    </HashRouter>
                </ContextProvider<SessionContext>>
            </ContextProvider<ActiveCatalog>>
            </ContextProvider<EditorContext>>
        </ContextProvider<AppContext>>
    }
}
