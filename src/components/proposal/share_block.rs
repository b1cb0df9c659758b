//! The QR code and short link that reopen this proposal on the customer's
//! phone, with the package tables' version and fingerprint, and the "not the
//! published prices" mark when the rep priced with edited tables.
use proposal_engine::CatalogRef;
use yew::prelude::*;

use crate::components::qr_code::QrCodeImage;
use crate::i18n::{t, tf, ProposalMsg};
use crate::state::use_lang;

#[derive(Properties, PartialEq)]
pub struct ShareBlockProps {
    pub url: AttrValue,
    pub tables: CatalogRef,
    pub not_published: bool,
}

#[component]
pub fn ShareBlock(props: &ShareBlockProps) -> Html {
    let lang = use_lang();
    let r = &props.tables;
    html! {
        <section class="doc-share">
            <QrCodeImage data={props.url.clone()} label={t(lang, ProposalMsg::ScanToCheck)} />
            <div class="doc-share-text">
                <p><strong>{ t(lang, ProposalMsg::ScanToCheck) }</strong></p>
                <p class="doc-link" data-testid="doc-link" translate="no">{ props.url.clone() }</p>
                // The tables' id and fingerprint are codes, in no language.
                <p class="small" data-testid="doc-tables">
                    { format!("{}{}{} · ", t(lang, ProposalMsg::Tables), lang.colon(), tf(lang, ProposalMsg::TablesVersion, r.version)) }
                    <span translate="no">{ format!("{} · {}", r.id, r.fingerprint) }</span>
                </p>
                if props.not_published {
                    <p class="doc-not-published" role="status" data-testid="doc-not-published">{ t(lang, ProposalMsg::NotPublished) }</p>
                }
            </div>
        </section>
    }
}
