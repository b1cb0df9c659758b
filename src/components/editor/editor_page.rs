//! The editor's page body: toolbar, item tabs, table, the open item's form,
//! problems, import and the draft-vs-published diff.
use std::rc::Rc;

use proposal_engine::catalog::{
    AddOn, Brand, Bundle, ExclusionGroup, Handset, ItemList, OneOffFee, Plan, Policy, Promotion,
};
use proposal_engine::pricing::ending_warnings;
use proposal_engine::{catalog_warnings, validate_catalog, Catalog, Problem};
use yew::prelude::*;

use super::adopt::AdoptNotice;
use super::catalog_tables::table;
use super::form::item_form::ItemForm;
use super::history::HistoryPanel;
use super::import::{dropped_file, import_file, ImportPanel, Outcome};
use super::item_ops::{with_copy, without};
use super::item_table::ItemTable;
use super::items::plan::blank;
use super::pending::{Pending, PendingContext};
use super::problems::{ProblemList, WarningList};
use super::publish::DiffPanel;
use super::rule_table::RuleTable;
use super::suggestions::SuggestionsEditor;
use super::tab::Tab;
use super::toolbar::Toolbar;
use crate::i18n::{t, EditorMsg};
use crate::state::editor::{use_editor_autosave, EditorAction, EditorContext};
use crate::state::use_lang;

/// The form of item `i` of `tab`.
fn form(tab: Tab, i: usize, problems: Rc<Vec<Problem>>, onclose: Callback<()>) -> Html {
    let key = format!("{}{i}", tab.list());
    match tab {
        Tab::List(ItemList::Plans) => {
            html! { <ItemForm<Plan> {key} index={i} {problems} {onclose} /> }
        }
        Tab::List(ItemList::Bundles) => {
            html! { <ItemForm<Bundle> {key} index={i} {problems} {onclose} /> }
        }
        Tab::List(ItemList::AddOns) => {
            html! { <ItemForm<AddOn> {key} index={i} {problems} {onclose} /> }
        }
        Tab::List(ItemList::Promotions) => {
            html! { <ItemForm<Promotion> {key} index={i} {problems} {onclose} /> }
        }
        Tab::List(ItemList::Handsets) => {
            html! { <ItemForm<Handset> {key} index={i} {problems} {onclose} /> }
        }
        Tab::List(ItemList::Fees) => {
            html! { <ItemForm<OneOffFee> {key} index={i} {problems} {onclose} /> }
        }
        Tab::List(ItemList::ExclusionGroups) => {
            html! { <ItemForm<ExclusionGroup> {key} index={i} {problems} {onclose} /> }
        }
        Tab::Brand => html! {
            <>
                <ItemForm<Brand> key={key.clone()} index={i} problems={problems.clone()} onclose={onclose.clone()} />
                <ItemForm<Policy> key={format!("{key}-policy")} index={i} problems={problems.clone()} onclose={onclose.clone()} />
                <ItemForm<Catalog> key={format!("{key}-rules")} index={i} {problems} {onclose} />
            </>
        },
    }
}

#[component]
pub fn EditorPage() -> Html {
    let lang = use_lang();
    let editor = use_context::<EditorContext>().expect("editor context");
    use_editor_autosave(editor.clone());
    let pending = use_reducer(Pending::default);
    let outcome = use_state(|| Outcome::None);
    let dragging = use_state(|| false);
    let tab = use_state(|| Tab::List(ItemList::Plans));
    let editing = use_state(|| None::<usize>);
    let catalog = editor.current().clone();
    let problems = use_memo(catalog.clone(), |c| {
        Rc::new(validate_catalog(c).err().unwrap_or_default())
    });
    let problems: Rc<Vec<_>> = (*problems).clone();
    // Offers ending within 14 days of today are warned of with the rest.
    let warnings = use_memo(catalog.clone(), |c| {
        let mut w = catalog_warnings(c);
        w.extend(ending_warnings(c, crate::browser::today()));
        Rc::new(w)
    });
    let warnings: Rc<Vec<_>> = (*warnings).clone();
    let tabs = Tab::all().map(|x| {
        let (s, e) = (tab.clone(), editing.clone());
        let count = problems
            .iter()
            .filter(|p| p.path.starts_with(x.list()))
            .count();
        html! {
            <button type="button" role="tab" class="segment" aria-selected={(x == *tab).to_string()}
                onclick={Callback::from(move |_| { s.set(x); e.set(None); })}>
                { t(lang, x.label()) }
                if count > 0 { <span class="badge bad">{ count }</span> }
            </button>
        }
    });
    let (columns, rows) = table(*tab, &catalog, lang);
    let is_plans = *tab == Tab::List(ItemList::Plans);
    let is_brand = *tab == Tab::Brand;
    let list = tab.list();
    let onedit = (!is_brand).then(|| {
        let e = editing.clone();
        Callback::from(move |i: usize| e.set(Some(i)))
    });
    let onremove = (!is_brand).then(|| {
        let (ed, e, c) = (editor.clone(), editing.clone(), catalog.clone());
        Callback::from(move |i: usize| {
            if let Some(next) = without(&c, list, i) {
                e.set(None);
                ed.dispatch(EditorAction::Edit(next));
            }
        })
    });
    let count = rows.len();
    let add = {
        let (ed, e, c) = (editor.clone(), editing.clone(), catalog.clone());
        Callback::from(move |_: MouseEvent| {
            let next = if is_plans {
                let mut next = (*c).clone();
                next.plans.push(blank(&next.plans));
                Some(next)
            } else {
                count
                    .checked_sub(1)
                    .and_then(|last| with_copy(&c, list, last))
            };
            if let Some(next) = next {
                e.set(Some(count));
                ed.dispatch(EditorAction::Edit(next));
            }
        })
    };
    let close = {
        let e = editing.clone();
        Callback::from(move |_| e.set(None))
    };
    let form = editing
        .filter(|&i| is_brand || i < count)
        .map(|i| form(*tab, i, problems.clone(), close))
        .unwrap_or_default();
    let add_label = if is_plans {
        EditorMsg::AddPlan
    } else {
        EditorMsg::AddCopy
    };
    let brand_edit = {
        let e = editing.clone();
        Callback::from(move |_: MouseEvent| e.set(Some(0)))
    };
    // A file dragged onto any part of the page is imported like a paste.
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Out of the page, not into one of its parts.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let (dragging, editor, outcome) = (dragging.clone(), editor.clone(), outcome.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = dropped_file(&e) {
                import_file(file, editor.clone(), outcome.clone(), lang);
            }
        })
    };
    html! {
        <ContextProvider<PendingContext> context={pending}>
        <div class={classes!("editor", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            <AdoptNotice />
            <Toolbar />
            <div class="segmented editor-tabs" role="tablist">{ for tabs }</div>
            <div class="editor-main">
                <div class="editor-table">
                    if is_brand {
                        <button type="button" class="button secondary" onclick={brand_edit}>{ t(lang, EditorMsg::EditBrand) }</button>
                    } else if is_plans || count > 0 {
                        <button type="button" class="button secondary" onclick={add}>{ t(lang, add_label) }</button>
                    }
                    <ItemTable key={tab.list()} list={tab.list()} {columns} {rows} {onedit} {onremove} />
                </div>
                // Always present, so the table beside it keeps its sort and filter.
                <div class="editor-form">{ form }</div>
            </div>
            <ProblemList problems={problems.clone()} />
            <WarningList problems={warnings} />
            <RuleTable />
            <SuggestionsEditor problems={problems.clone()} />
            <div class="editor-side">
                <ImportPanel outcome={outcome} dragging={*dragging} />
                <DiffPanel problems={problems} />
                <HistoryPanel />
            </div>
        </div>
        </ContextProvider<PendingContext>>
    }
}
