//! The root components: state providers, hash router, header and the routed
//! page. Two entry points share them: the reps' and customers' app
//! (`index.html`: counter, proposal, shared links) and the managers' tables
//! (`tables.html`), so a phone opening a link never downloads the editor.
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::i18n::html_lang;
use crate::pages::{
    counter::CounterPage, elsewhere::Elsewhere, not_found::NotFoundPage, proposal::ProposalPage,
    shared::SharedPage, tables::TablesPage,
};
use crate::route::Route;
use crate::state::autosave::use_autosave;
use crate::state::catalog::ActiveCatalog;
use crate::state::editor::{Editor, EditorContext};
use crate::state::session::{Session, SessionContext};
use crate::state::{AppContext, AppState};

/// The reps' and customers' pages; the tables live in `tables.html`.
fn rep_pages(route: Route) -> Html {
    match route {
        Route::Counter => html! { <CounterPage /> },
        Route::Proposal => html! { <ProposalPage /> },
        Route::Tables => html! { <Elsewhere page="tables.html" /> },
        Route::Shared { code } => html! { <SharedPage code={code} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// The managers' page; every other route lives in `index.html`.
fn tables_pages(route: Route) -> Html {
    match route {
        Route::Tables => html! { <TablesPage /> },
        _ => html! { <Elsewhere page="index.html" /> },
    }
}

/// The reps' and customers' app (`index.html`).
#[component]
pub fn App() -> Html {
    html! { <Shell pages={rep_pages as fn(Route) -> Html} /> }
}

/// The managers' tables (`tables.html`).
#[component]
pub fn TablesApp() -> Html {
    html! { <Shell pages={tables_pages as fn(Route) -> Html} /> }
}

#[derive(Properties)]
pub struct ShellProps {
    /// The pages this entry point renders. A function, not a choice made at
    /// run time, so each wasm links only its own pages.
    pub pages: fn(Route) -> Html,
}

impl PartialEq for ShellProps {
    /// An entry point never changes its pages.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The providers, the header and the routed page.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let state = use_reducer(AppState::restore);
    let session = use_reducer(Session::restore);
    let editor = use_reducer(Editor::restore);
    // The counter prices with the editor's latest valid draft; same `Rc` until it changes.
    let catalog = ActiveCatalog(editor.active.clone());
    let lang = state.lang;
    use_autosave(lang, |&lang| {
        AppState { lang }.save();
    });
    use_autosave((*session).clone(), |s: &Session| {
        s.save();
    });
    use_effect_with(lang, |&lang| {
        crate::browser::set_document_lang(html_lang(lang))
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<EditorContext> context={editor}>
            <ContextProvider<ActiveCatalog> context={catalog}>
                <ContextProvider<SessionContext> context={session}>
                    <HashRouter>
                        <Header />
                        <Switch<Route> render={props.pages} />
                    </HashRouter>
                </ContextProvider<SessionContext>>
            </ContextProvider<ActiveCatalog>>
            </ContextProvider<EditorContext>>
        </ContextProvider<AppContext>>
    }
}
