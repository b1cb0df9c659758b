//! The root components: state providers, hash router, header and the routed
//! page. Two entry points share them: the reps' and customers' app
//! (`index.html`: counter, proposal, shared links) and the managers' tables
//! (`tables.html`), so a phone opening a link never downloads the editor.
use crate::router::{use_route, HashRouter};
use yew::prelude::*;

use crate::components::header::Header;
use crate::components::update_notice::UpdateNotice;
use crate::i18n::{html_lang, t, Msg};
use crate::pages::{customer_pages, proposal_pages, rep_pages, tables_pages};
use crate::route::{EntryPoint, Route};
use crate::state::autosave::use_autosave;
use crate::state::catalog::ActiveCatalog;
use crate::state::editor::{
    use_host_tables, Editor, EditorAction, EditorContext, HostFile, DRAFT_STORE, PUBLISHED_STORE,
};
use crate::state::session::{Session, SessionContext};
use crate::state::{AppContext, AppState};

/// The reps' app (`index.html`).
#[component]
pub fn App() -> Html {
    html! { <Shell here={EntryPoint::Reps} pages={rep_pages as fn(Route) -> Html} /> }
}

/// A shared link on the customer's phone (`customer.html`).
#[component]
pub fn CustomerApp() -> Html {
    html! { <Shell here={EntryPoint::Customer} pages={customer_pages as fn(Route) -> Html} /> }
}

/// The printable proposal (`proposal.html`).
#[component]
pub fn ProposalApp() -> Html {
    html! { <Shell here={EntryPoint::Proposal} pages={proposal_pages as fn(Route) -> Html} /> }
}

/// The managers' tables (`tables.html`).
#[component]
pub fn TablesApp() -> Html {
    html! { <Shell here={EntryPoint::Tables} pages={tables_pages as fn(Route) -> Html} /> }
}

#[derive(Properties)]
pub struct ShellProps {
    /// Which page this is.
    pub here: EntryPoint,
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
    use_host_tables(editor.clone());
    let host_refused = editor.host_refused.clone();
    use_autosave(lang, |&lang| {
        AppState { lang }.save();
    });
    // A refused save (storage full or off) is said on every page, never silent.
    let session_saved = use_state(|| true);
    {
        let saved = session_saved.clone();
        use_autosave((*session).clone(), move |s: &Session| saved.set(s.save()));
    }
    use_effect_with(lang, |&lang| {
        crate::browser::set_document_lang(html_lang(lang))
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<EditorContext> context={editor}>
            <ContextProvider<ActiveCatalog> context={catalog}>
                <ContextProvider<SessionContext> context={session}>
                    <HashRouter here={props.here}>
                        <Header />
                        <UpdateNotice />
                        if props.here != EntryPoint::Tables {
                            <KeepTables />
                        }
                        if let Some(why) = host_refused {
                            <div class="notice error" role="alert" data-testid="host-tables-refused">{ why.get(lang) }</div>
                        }
                        if !*session_saved {
                            <div class="notice warn" role="alert" data-testid="session-unsaved">{ t(lang, Msg::SessionUnsaved) }</div>
                        }
                        <RoutedPage here={props.here} pages={props.pages} />
                    </HashRouter>
                </ContextProvider<SessionContext>>
            </ContextProvider<ActiveCatalog>>
            </ContextProvider<EditorContext>>
        </ContextProvider<AppContext>>
    }
}

/// Keeps the tables the host sent on the reps' and customers' pages (the
/// editor page saves its own), so the next start, offline too, prices with
/// them: the file's text as it came, and as the draft too when it followed.
#[component]
fn KeepTables() -> Html {
    let editor = use_context::<EditorContext>().expect("editor context");
    let report = editor.clone();
    let version = editor.published.version;
    use_autosave(editor.host_file.clone(), move |file: &Option<HostFile>| {
        let Some(file) = file else { return };
        crate::state::editor::versions::keep_version(version, &file.text);
        let mut saved = PUBLISHED_STORE.save(&file.text);
        if file.draft_followed && saved.is_ok() {
            saved = DRAFT_STORE.save(&file.text);
        }
        report.dispatch(EditorAction::Saved(saved));
    });
    html! {}
}

/// The page of the current route, as this entry point renders it.
#[component]
fn RoutedPage(props: &ShellProps) -> Html {
    (props.pages)(use_route())
}
