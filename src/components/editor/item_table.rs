//! A sortable, filterable table of catalog items. Every cell is rendered as
//! text by Yew (never as HTML), so a name cannot inject markup.
use proposal_engine::{Lang, Money};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{t, EditorMsg};
use crate::state::use_lang;

/// One cell, sorted by its value (amounts by fen, numbers numerically).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Cell {
    Num(u32),
    Money(Money),
    /// Data stored in MB, shown in GB.
    Data(u32),
    Text(String),
}

impl Cell {
    fn show(&self, lang: Lang) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Money(m) => m.format(lang),
            Cell::Num(n) => n.to_string(),
            Cell::Data(mb) => super::form::parse::data_gb_shown(*mb),
        }
    }
}

/// One item: its index in its list and its cells.
#[derive(Clone, PartialEq, Debug)]
pub struct Row {
    pub index: usize,
    pub cells: Vec<Cell>,
}

#[derive(Properties, PartialEq)]
pub struct ItemTableProps {
    /// The list's name (`plans`), used for test ids.
    pub list: AttrValue,
    pub columns: Vec<EditorMsg>,
    pub rows: Vec<Row>,
    #[prop_or_default]
    pub onedit: Option<Callback<usize>>,
    #[prop_or_default]
    pub onremove: Option<Callback<usize>>,
}

#[component]
pub fn ItemTable(props: &ItemTableProps) -> Html {
    let lang = use_lang();
    let sort = use_state(|| (0usize, true));
    let filter = use_state(String::new);
    let needle = filter.trim().to_lowercase();
    let mut rows: Vec<&Row> = props
        .rows
        .iter()
        .filter(|r| {
            needle.is_empty()
                || r.cells
                    .iter()
                    .any(|c| matches!(c, Cell::Text(s) if s.to_lowercase().contains(&needle)))
        })
        .collect();
    let (col, asc) = *sort;
    rows.sort_by(|a, b| {
        let o = a.cells.get(col).cmp(&b.cells.get(col));
        if asc {
            o
        } else {
            o.reverse()
        }
    });
    let headers = props.columns.iter().enumerate().map(|(i, c)| {
        let s = sort.clone();
        let onclick = Callback::from(move |_| {
            let (col, asc) = *s;
            s.set((i, if col == i { !asc } else { true }));
        });
        let aria = if i == col {
            if asc {
                "ascending"
            } else {
                "descending"
            }
        } else {
            "none"
        };
        let arrow = if i == col {
            if asc {
                " ▲"
            } else {
                " ▼"
            }
        } else {
            ""
        };
        html! {
            <th aria-sort={aria}>
                <button type="button" class="sort" {onclick}>{ t(lang, *c) }{ arrow }</button>
            </th>
        }
    });
    let body = rows.iter().map(|r| {
        let index = r.index;
        let edit = props.onedit.clone().map(|cb| {
            html! { <button type="button" class="button secondary small" onclick={Callback::from(move |_| cb.emit(index))}>{ t(lang, EditorMsg::Edit) }</button> }
        });
        let remove = props.onremove.clone().map(|cb| {
            html! { <button type="button" class="button danger small" onclick={Callback::from(move |_| cb.emit(index))}>{ t(lang, EditorMsg::Remove) }</button> }
        });
        html! {
            <tr key={index} data-index={index.to_string()}>
                { for r.cells.iter().map(|c| html! { <td class={classes!(matches!(c, Cell::Text(_)).then_some("text"))}>{ c.show(lang) }</td> }) }
                if edit.is_some() || remove.is_some() { <td class="actions">{ edit }{ remove }</td> }
            </tr>
        }
    });
    let oninput = {
        let f = filter.clone();
        Callback::from(move |e: InputEvent| {
            f.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let filter_id = format!("filter-{}", props.list);
    html! {
        <div class="item-table" data-testid={format!("table-{}", props.list)}>
            <div class="field filter">
                <label for={filter_id.clone()}>{ t(lang, EditorMsg::Filter) }</label>
                <div class="field-input">
                    <input id={filter_id} type="search" placeholder={t(lang, EditorMsg::FilterHint)} value={(*filter).clone()} {oninput} />
                </div>
            </div>
            <div class="table-scroll">
                <table>
                    <thead><tr>{ for headers }if props.onedit.is_some() { <th class="actions">{ t(lang, EditorMsg::Actions) }</th> }</tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            if rows.is_empty() { <p class="muted">{ t(lang, EditorMsg::NoMatch) }</p> }
        </div>
    }
}
