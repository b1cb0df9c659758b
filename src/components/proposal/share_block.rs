//! The QR code and short link that reopen this proposal on the customer's
//! phone, with the package tables' version and fingerprint, and the "not the
//! published prices" mark when the rep priced with edited tables.
use proposal_engine::CatalogRef;
use yew::prelude::*;

use crate::components::qr_code::QrCodeImage;
use crate::i18n::{t, ProposalMsg};
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
                <p class="doc-link" data-testid="doc-link">{ props.url.clone() }</p>
                <p class="small" data-testid="doc-tables">{ format!("{}: {} v{} · {}", t(lang, ProposalMsg::Tables), r.id, r.version, r.fingerprint) }</p>
                if props.not_published {
                    <p class="doc-not-published" role="status" data-testid="doc-not-published">{ t(lang, ProposalMsg::NotPublished) }</p>
                }
            </div>
        </section>
    }
}
